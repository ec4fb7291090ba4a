import { Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../ui/loading-state';
import { ContributionsByYearTable, ContributionsTable } from './contributions-tables';
import { RatesNote } from './rates-note';
import type { ReportFilters } from './tf-report-filters';
import { ReportResult, ReportSection } from './tf-report-ui';
import { useTfReport } from './tf-reports.api';
import { useReportBase } from './use-report-base';

/** The chart library comes with the first chart, as on the programme report. */
const ContributionsChart = lazy(() => import('./contributions-chart'));

/** Contributions by donor and year: pledged, committed, received, outstanding; a liaison's own only. */
export function ContributionsView({
  filters,
  enabled,
  liaison,
  onBase,
}: {
  filters: ReportFilters;
  enabled: boolean;
  liaison: boolean;
  onBase: (base: string) => void;
}) {
  const { t } = useTranslation();
  const query = useTfReport('contributions', filters, enabled);
  useReportBase(query.data, onBase);
  return (
    <ReportResult query={query} enabled={enabled}>
      {(report) => (
        <Stack gap="md">
          {liaison && (
            <Text size="sm" data-testid="liaison-note">
              {t('tfReports.contributions.liaisonNote')}
            </Text>
          )}
          <ReportSection title={t('tfReports.contributions.title')} testId="contributions-section">
            <Stack gap="xs">
              <ContributionsTable report={report} />
              <Text size="sm" c="dimmed">
                {t('tfReports.contributions.note')}
              </Text>
            </Stack>
          </ReportSection>
          <ReportSection title={t('tfReports.chart.title')} testId="contributions-chart-section">
            <Suspense fallback={<LoadingState />}>
              <ContributionsChart report={report} />
            </Suspense>
          </ReportSection>
          <ReportSection title={t('tfReports.contributions.byYearTitle')} testId="contributions-year-section">
            <ContributionsByYearTable report={report} />
          </ReportSection>
          <RatesNote rates={report.rates} />
        </Stack>
      )}
    </ReportResult>
  );
}
