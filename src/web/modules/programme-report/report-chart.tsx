import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import type { ReportBody } from './report.api';
import { type AreaGroup, chartRows } from './report-lines';

/** Planned, then the steps towards a seat filled: the colours darken as the people get closer. */
const series = [
  { name: 'planned', color: 'gray.5' },
  { name: 'nominated', color: 'blue.4' },
  { name: 'accepted', color: 'blue.7' },
  { name: 'attended', color: 'teal.7' },
] as const;

/**
 * Planned vs nominated vs accepted vs attended, as grouped bars by area or by menu year. The tables
 * hold the same figures: for assistive technologies the chart is one labelled image.
 */
export function ReportChart({ groups, report }: { groups: AreaGroup[]; report: ReportBody }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [by, setBy] = useState<'area' | 'year'>('area');
  const data = chartRows(groups, report, by);
  if (data.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group justify="flex-end" className="report-no-print">
        <SegmentedControl
          size="xs"
          value={by}
          onChange={(value) => setBy(value as 'area' | 'year')}
          aria-label={t('programmeReport.chartBy')}
          data={[
            { value: 'area', label: t('programmeReport.byArea') },
            { value: 'year', label: t('programmeReport.byYear') },
          ]}
        />
      </Group>
      <div role="img" aria-label={t(`programmeReport.chartLabel.${by}`)} data-testid="report-chart">
        <BarChart
          h={Math.max(260, by === 'area' ? data.length * 28 + 120 : 300)}
          data={data}
          dataKey="label"
          orientation={by === 'area' ? 'vertical' : 'horizontal'}
          yAxisProps={by === 'area' ? { width: 180 } : undefined}
          series={series.map((s) => ({ ...s, label: t(`programmeReport.counts.${s.name}`) }))}
          valueFormatter={(value) => formatNumber(value, locale)}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          tickLine="none"
          gridAxis={by === 'area' ? 'x' : 'y'}
        />
      </div>
      <Text size="xs" c="dimmed">
        {t('programmeReport.chartNote')}
      </Text>
    </Stack>
  );
}
