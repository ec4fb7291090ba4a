import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { labelOf } from '../../ui/translated-text';
import { countKeys, type ReportBody, type ReportLine } from './report.api';
import { ReportChart } from './report-chart';
import { areaGroups, attendedShare } from './report-lines';
import { AreaYearTable, YearTable } from './report-tables';
import './report-print.css';

export function ReportSection({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  const id = `report-section-${testId}`;
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={testId} className="report-section">
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Totals({ report }: { report: ReportBody }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const share = attendedShare(report.totals);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="report-totals">
      {countKeys.map((key) => (
        <Card key={key} withBorder padding="sm" data-testid={`report-total-${key}`}>
          <Text size="sm" c="dimmed">
            {t(`programmeReport.counts.${key}`)}
          </Text>
          <Text fz="xl" fw={700}>
            {formatNumber(report.totals[key], locale)}
          </Text>
          {key === 'attended' && share !== null && (
            <Text size="xs" c="dimmed">
              {t('programmeReport.attendedShare', { share })}
            </Text>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** The report's figures: the totals, the chart, the table by area and year, the table by year. */
export function ReportView({ report }: { report: ReportBody }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const label = (line: ReportLine) =>
    line.outsideProgrammes
      ? t('programmeReport.outsideProgrammes')
      : line.area
        ? labelOf(line.area.name)
        : t('programmeReport.noArea');
  const groups = areaGroups(report, label, locale);
  return (
    <Stack gap="md">
      <Totals report={report} />
      <ReportSection title={t('programmeReport.chartTitle')} testId="report-chart-section">
        {groups.length === 0 ? (
          <Text c="dimmed">{t('programmeReport.empty')}</Text>
        ) : (
          <ReportChart groups={groups} report={report} />
        )}
      </ReportSection>
      <ReportSection title={t('programmeReport.byAreaTitle')} testId="report-area-section">
        <AreaYearTable groups={groups} report={report} />
      </ReportSection>
      <ReportSection title={t('programmeReport.byYearTitle')} testId="report-year-section">
        <YearTable report={report} />
      </ReportSection>
      <Text size="sm" c="dimmed">
        {t('programmeReport.howCounted')}
      </Text>
    </Stack>
  );
}
