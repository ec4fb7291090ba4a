import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RatesNote } from './rates-note';
import type { ReportFilters } from './tf-report-filters';
import { ReportResult, ReportSection } from './tf-report-ui';
import { type ReportOf, useTfReport } from './tf-reports.api';
import { useReportBase } from './use-report-base';

export interface MoneyViewProps {
  filters: ReportFilters;
  enabled: boolean;
  onBase: (base: string) => void;
}

/** A money report that is one table: its section, the table, its note, then the rates it used. */
export function MoneyTableView<K extends 'balances' | 'spending'>({
  kind,
  filters,
  enabled,
  onBase,
  table,
}: MoneyViewProps & { kind: K; table: (report: ReportOf[K]) => ReactNode }) {
  const { t } = useTranslation();
  const query = useTfReport(kind, filters, enabled);
  useReportBase(query.data, onBase);
  return (
    <ReportResult query={query} enabled={enabled}>
      {(report) => (
        <Stack gap="md">
          <ReportSection title={t(`tfReports.${kind}.title`)} testId={`${kind}-section`}>
            <Stack gap="xs">
              {table(report)}
              <Text size="sm" c="dimmed">
                {t(`tfReports.${kind}.note`)}
              </Text>
            </Stack>
          </ReportSection>
          <RatesNote rates={report.rates} />
        </Stack>
      )}
    </ReportResult>
  );
}
