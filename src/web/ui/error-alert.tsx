import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../lib/api-client';

/** The sentence to show for an error: the server's own (already translated) detail when there is one. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.status === 412) return t('errors.stale');
      if (error.status === 429) return error.problem.detail ?? t('errors.rateLimited');
      if (error.status >= 500) {
        const id = error.problem.requestId;
        return id ? t('errors.serverWithId', { requestId: id }) : t('errors.server');
      }
      return error.problem.detail ?? error.problem.title ?? t('errors.unknown');
    }
    if (error instanceof NetworkError) return t('errors.network');
    return t('errors.unknown');
  };
}

export function ErrorAlert({
  error,
  title,
  children,
}: {
  error: unknown;
  title?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={title ?? t('errors.title')}
      icon={<IconAlertCircle aria-hidden />}
    >
      {message(error)}
      {children}
    </Alert>
  );
}
