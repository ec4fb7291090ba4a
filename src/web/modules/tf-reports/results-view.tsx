import { Anchor, Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDecimal } from '../../../shared/money-format';
import { currentLocale } from '../../i18n';
import { formatNumber, formatYear } from '../../lib/format';
import { labelOf } from '../../ui/translated-text';
import { resultTypeLabel, unitLabel } from '../trust-funds/tf-labels';
import { periodLabel } from '../trust-funds/tf-ui';
import type { ReportFilters } from './tf-report-filters';
import { ReportResult, ReportSection } from './tf-report-ui';
import { latestPeriod, progressPercent } from './tf-report-values';
import { type ResultsReport, useTfReport } from './tf-reports.api';

function ResultsTable({ report }: { report: ResultsReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const measure = (value: string | null) => (value === null ? '—' : formatDecimal(value, locale));
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing={4} data-testid="results-table">
        <Table.Caption>{t('tfReports.results.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tfReports.results.project')}</Table.Th>
            <Table.Th scope="col">{t('tfReports.results.indicator')}</Table.Th>
            <Table.Th scope="col">{t('tfReports.results.unit')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('tfReports.results.baseline')}
            </Table.Th>
            <Table.Th scope="col">{t('tfReports.results.period')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('tfReports.results.target')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('tfReports.results.actual')}
            </Table.Th>
            <Table.Th scope="col" w={200}>
              {t('tfReports.results.progress')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.items.map((line) => {
            const period = latestPeriod(line);
            const progress = progressPercent(period?.progress ?? null);
            const title = labelOf(line.indicator.title);
            return (
              <Table.Tr
                key={line.indicator.id}
                data-testid="indicator-row"
                data-indicator={line.indicator.id}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/trust-fund-projects/${line.project.id}`} size="sm">
                    {line.project.code} · {labelOf(line.project.title)}
                  </Anchor>
                </Table.Td>
                <Table.Th scope="row" fw={400}>
                  <Group gap={6} wrap="nowrap">
                    <span>{title}</span>
                    <Badge size="xs" variant="light">
                      {resultTypeLabel(t, line.indicator.resultType)}
                    </Badge>
                  </Group>
                </Table.Th>
                <Table.Td>{unitLabel(t, line.indicator.unit)}</Table.Td>
                <Table.Td ta="right" data-testid="baseline">
                  {measure(line.baseline.value)}
                  {line.baseline.year !== null && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({formatYear(line.baseline.year, locale)})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {period
                    ? periodLabel(period.periodStart, period.periodEnd, locale)
                    : t('tfReports.results.noPeriod')}
                </Table.Td>
                <Table.Td ta="right" data-testid="target">
                  {measure(period?.target ?? null)}
                </Table.Td>
                <Table.Td ta="right" data-testid="actual">
                  {measure(period?.actual ?? null)}
                </Table.Td>
                <Table.Td data-testid="progress">
                  {progress ? (
                    <Group gap="xs" wrap="nowrap">
                      <Progress
                        value={progress.bar}
                        color={progress.value >= 100 ? 'teal' : 'blue'}
                        style={{ flexGrow: 1 }}
                        aria-label={t('tfReports.results.progressOf', { indicator: title })}
                      />
                      <Text size="xs" w={56} ta="right">
                        {t('tfReports.results.percent', { value: formatNumber(progress.value, locale) })}
                      </Text>
                    </Group>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {t('tfReports.results.noProgress')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {report.items.length === 0 && (
        <Text c="dimmed" py="sm">
          {t('tfReports.results.empty')}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}

/** Each indicator's progress: baseline, and the latest period's target and actual. No money here. */
export function ResultsView({ filters, enabled }: { filters: ReportFilters; enabled: boolean }) {
  const { t } = useTranslation();
  const query = useTfReport('results', filters, enabled);
  return (
    <ReportResult query={query} enabled={enabled}>
      {(report) => (
        <ReportSection title={t('tfReports.results.title')} testId="results-section">
          <Stack gap="xs">
            <ResultsTable report={report} />
            <Text size="sm" c="dimmed">
              {t('tfReports.results.note')}
            </Text>
          </Stack>
        </ReportSection>
      )}
    </ReportResult>
  );
}
