import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/money-format';
import { currentLocale } from '../../i18n';
import { labelOf } from '../../ui/translated-text';
import { donorChartRows, yearChart } from './tf-report-values';
import type { ContributionsReport } from './tf-reports.api';

/** Distinct enough side by side, and dark enough against white for the stacked bars (WCAG 1.4.11). */
const palette = [
  'blue.7',
  'teal.7',
  'orange.7',
  'grape.7',
  'cyan.8',
  'red.7',
  'lime.8',
  'indigo.5',
  'gray.6',
];

/**
 * Pledged vs received per donor (promises beside money in), or received per year stacked by donor.
 * Loaded on first use: the chart library is large. The tables hold the same figures, exactly, so for
 * assistive technologies the chart is one labelled image.
 */
export default function ContributionsChart({ report }: { report: ContributionsReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [by, setBy] = useState<'donors' | 'years'>('donors');
  const { currency } = report;
  const other = t('tfReports.chart.otherDonors');
  const name = (donor: { name: { en: string; fr: string } }) => labelOf(donor.name);
  const format = (value: number) =>
    formatMoney(String(Math.round(value)), currency, locale, { decimals: 'none' });
  const donors = donorChartRows(report.byDonor, name, other);
  const years = yearChart(report, name, other);
  if (donors.length === 0) return <Text c="dimmed">{t('tfReports.contributions.empty')}</Text>;
  return (
    <Stack gap="xs">
      <Group justify="flex-end" className="report-no-print">
        <SegmentedControl
          size="xs"
          value={by}
          onChange={(value) => setBy(value as 'donors' | 'years')}
          aria-label={t('tfReports.chart.by')}
          data={[
            { value: 'donors', label: t('tfReports.chart.donors') },
            { value: 'years', label: t('tfReports.chart.years') },
          ]}
          data-testid="report-chart-by"
        />
      </Group>
      <div
        role="img"
        aria-label={t(by === 'donors' ? 'tfReports.chart.labelDonors' : 'tfReports.chart.labelYears', {
          currency,
        })}
        data-testid="report-chart"
        data-chart={by}
      >
        {by === 'donors' ? (
          <BarChart
            h={Math.max(240, donors.length * 44 + 100)}
            data={donors}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 200 }}
            series={[
              { name: 'pledged', color: 'grape.6', label: t('tfReports.amounts.pledged') },
              { name: 'received', color: 'green.8', label: t('tfReports.amounts.received') },
            ]}
            valueFormatter={format}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            tickLine="none"
            gridAxis="x"
          />
        ) : years.rows.length === 0 ? (
          <Text c="dimmed" py="md">
            {t('tfReports.chart.nothingReceived')}
          </Text>
        ) : (
          <BarChart
            h={320}
            data={years.rows}
            dataKey="year"
            type="stacked"
            series={years.series.map((s, i) => ({
              name: s.key,
              label: s.label,
              color: palette[Math.min(i, palette.length - 1)]!,
            }))}
            valueFormatter={format}
            yAxisProps={{ width: 110 }}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            tickLine="none"
            gridAxis="y"
          />
        )}
      </div>
      <Text size="xs" c="dimmed">
        {t('tfReports.chart.note')}
      </Text>
    </Stack>
  );
}
