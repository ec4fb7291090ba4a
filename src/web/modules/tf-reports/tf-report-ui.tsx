import { Alert, Anchor, Card, Table, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../shared/money-format';
import { currentLocale } from '../../i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { isRateMissing } from './tf-reports.api';

/** A titled part of a report, named by its heading; kept on one sheet when printed if it fits. */
export function ReportSection({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  const id = `tf-report-section-${testId}`;
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={testId} className="report-section">
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** An exact amount in the reporting currency, in the UI language (`USD 1,250.50`, `1 250,50 $ US`). */
export function MoneyCell({
  value,
  currency,
  testId,
  strong = false,
  color,
}: {
  value: string;
  currency: string;
  testId?: string;
  strong?: boolean;
  color?: string;
}) {
  const locale = currentLocale();
  return (
    <Table.Td
      ta="right"
      fw={strong ? 700 : undefined}
      c={color}
      data-testid={testId}
      style={{ whiteSpace: 'nowrap' }}
    >
      {formatMoney(value, currency, locale)}
    </Table.Td>
  );
}

/**
 * A missing exchange rate: the server's sentence (which currency, which date) and the way to the
 * rates, where a trust-fund manager imports them.
 */
export function RateMissingAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isRateMissing(error)) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={error.problem.title ?? t('tfReports.rateMissing.title')}
      icon={<IconAlertCircle aria-hidden />}
      data-testid="rate-missing"
    >
      {error.problem.detail ?? error.message}{' '}
      <Anchor component={Link} to="/exchange-rates" data-testid="rate-missing-link">
        {t('tfReports.rateMissing.link')}
      </Anchor>
    </Alert>
  );
}

/** A report's answer: waiting, refused (a missing rate shown with its way out), or drawn. */
export function ReportResult<T>({
  query,
  enabled,
  children,
}: {
  query: { data: T | undefined; error: unknown; isFetching: boolean; isPlaceholderData: boolean };
  enabled: boolean;
  children: (data: T) => ReactNode;
}) {
  if (!enabled) return null;
  if (query.error) {
    return isRateMissing(query.error) ? (
      <RateMissingAlert error={query.error} />
    ) : (
      <ErrorAlert error={query.error} />
    );
  }
  if (query.data === undefined) return <LoadingState />;
  return (
    <div aria-busy={query.isFetching} style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
      {children(query.data)}
    </div>
  );
}
