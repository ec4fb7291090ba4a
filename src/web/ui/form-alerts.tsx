import { Alert, Button, List, Stack } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

/**
 * The top of a record form: "changed meanwhile" with a reload button (412), the server's refusal with
 * the field errors that belong to no field, or how many fields need attention. Focusable, so a form can
 * bring it into view after a refusal.
 */
export function FormAlerts({
  alertsRef,
  stale,
  onReload,
  reloadLabel,
  error,
  otherErrors,
  fixErrorsTitle,
}: {
  alertsRef: RefObject<HTMLDivElement | null>;
  stale: boolean;
  onReload?: () => void;
  reloadLabel: string;
  error: unknown;
  otherErrors: { path: string; message: string }[];
  /** Shown while fields are invalid and the server has not answered: null when none is. */
  fixErrorsTitle: string | null;
}) {
  const { t } = useTranslation();
  return (
    <div ref={alertsRef} tabIndex={-1} style={{ outline: 'none' }} data-testid="form-alerts">
      {stale ? (
        <Alert color="orange" role="alert" title={t('errors.staleTitle')} data-testid="stale-alert">
          <Stack gap="xs" align="flex-start">
            {t('errors.stale')}
            {onReload && (
              <Button size="xs" variant="white" color="orange" onClick={onReload}>
                {reloadLabel}
              </Button>
            )}
          </Stack>
        </Alert>
      ) : (
        <ErrorAlert error={error}>
          {otherErrors.length > 0 && (
            <List size="sm" mt="xs">
              {otherErrors.map((e) => (
                <List.Item key={e.path}>
                  {e.path}: {e.message}
                </List.Item>
              ))}
            </List>
          )}
        </ErrorAlert>
      )}
      {fixErrorsTitle && !error && <Alert color="red" role="alert" title={fixErrorsTitle} />}
    </div>
  );
}
