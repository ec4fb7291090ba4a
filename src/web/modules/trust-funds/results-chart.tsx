import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../../../shared/money-format';
import { currentLocale } from '../../i18n';
import { indicatorChartRows } from './project-view-values';
import { periodLabel } from './tf-ui';
import type { Indicator } from './trust-funds.api';

/**
 * Target and actual per period, as grouped bars. Loaded on first use (recharts is large); the table
 * beside it holds the same figures, so for assistive technologies the chart is one labelled image.
 */
export function ResultsChart({ indicator, label }: { indicator: Indicator; label: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const data = indicatorChartRows(indicator, (p) => periodLabel(p.periodStart, p.periodEnd, locale));
  return (
    <div role="img" aria-label={label} data-testid="indicator-chart">
      <BarChart
        h={200}
        data={data}
        dataKey="period"
        series={[
          { name: 'target', color: 'gray.5', label: t('trustFunds.indicator.target') },
          { name: 'actual', color: 'teal.7', label: t('trustFunds.indicator.actual') },
        ]}
        valueFormatter={(value) => formatDecimal(String(value), locale)}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        tickLine="none"
        gridAxis="y"
      />
    </div>
  );
}

export default ResultsChart;
