import { Badge, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../core/bilingual';
import { formatDecimal } from '../../../shared/money-format';
import { currentLocale } from '../../i18n';
import { formatNumber, formatYear } from '../../lib/format';
import { progressOf } from './project-view-values';
import { resultTypeLabel, unitLabel } from './tf-labels';
import { periodLabel } from './tf-ui';
import type { Indicator } from './trust-funds.api';

/** The chart library is loaded with the first chart, as the programme report does. */
const ResultsChart = lazy(() => import('./results-chart'));

function IndicatorCard({ indicator, index }: { indicator: Indicator; index: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = pickText(indicator.title, locale);
  const headingId = `indicator-${index}`;
  const measure = (value: string | null) =>
    value === null ? (
      <Text span size="sm" c="dimmed">
        {t('trustFunds.none')}
      </Text>
    ) : (
      formatDecimal(value, locale)
    );
  const charted = indicator.periods.some((p) => p.target !== null || p.actual !== null);
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId} data-testid="indicator">
      <Stack gap="xs">
        <Group gap="xs" align="baseline">
          <Title
            order={3}
            size="h5"
            id={headingId}
            lang={title.missing ? (locale === 'en' ? 'fr' : 'en') : undefined}
          >
            {title.text}
          </Title>
          {title.missing && (
            <Badge size="xs" variant="outline" color="gray">
              {t('common.translationMissing')}
            </Badge>
          )}
          <Badge size="sm" variant="light">
            {resultTypeLabel(t, indicator.resultType)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {[
            t('trustFunds.indicator.unitIs', { unit: unitLabel(t, indicator.unit) }),
            indicator.baselineValue !== null &&
              t('trustFunds.indicator.baselineIs', {
                value: formatDecimal(indicator.baselineValue, locale),
                year: indicator.baselineYear === null ? '' : formatYear(indicator.baselineYear, locale),
                context: indicator.baselineYear === null ? undefined : 'year',
              }),
            !indicator.ascending && t('trustFunds.indicator.descending'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {indicator.periods.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('trustFunds.indicator.noPeriods')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={4} data-testid="indicator-periods">
              <Table.Caption>{t('trustFunds.indicator.caption', { title: title.text })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('trustFunds.budget.period')}</Table.Th>
                  <Table.Th ta="right">{t('trustFunds.indicator.target')}</Table.Th>
                  <Table.Th ta="right">{t('trustFunds.indicator.actual')}</Table.Th>
                  <Table.Th w="35%">{t('trustFunds.indicator.progress')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {indicator.periods.map((period) => {
                  const label = periodLabel(period.periodStart, period.periodEnd, locale);
                  const progress = progressOf(indicator, period);
                  return (
                    <Table.Tr key={`${period.periodStart}|${period.periodEnd}`}>
                      <Table.Th scope="row" fw={500}>
                        {label}
                      </Table.Th>
                      <Table.Td ta="right">{measure(period.target)}</Table.Td>
                      <Table.Td ta="right" data-testid="indicator-actual">
                        {measure(period.actual)}
                      </Table.Td>
                      <Table.Td>
                        {progress ? (
                          <Group gap="xs" wrap="nowrap">
                            <Progress
                              value={progress.bar}
                              color={progress.value >= 100 ? 'teal' : 'blue'}
                              style={{ flexGrow: 1 }}
                              aria-label={t('trustFunds.indicator.progressOf', { period: label })}
                            />
                            <Text size="xs" w={48} ta="right">
                              {t('trustFunds.indicator.percent', {
                                value: formatNumber(progress.value, locale),
                              })}
                            </Text>
                          </Group>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('trustFunds.none')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {charted && (
          <Suspense fallback={null}>
            <ResultsChart
              indicator={indicator}
              label={t('trustFunds.indicator.chartLabel', { title: title.text })}
            />
          </Suspense>
        )}
      </Stack>
    </Paper>
  );
}

/** Each indicator: unit, baseline, target and actual per period, progress, and a chart of them. */
export function ProjectResults({ indicators }: { indicators: Indicator[] }) {
  const { t } = useTranslation();
  if (indicators.length === 0) return <Text c="dimmed">{t('trustFunds.noIndicators')}</Text>;
  return (
    <Stack gap="sm">
      {indicators.map((indicator, index) => (
        <IndicatorCard key={indicator.id} indicator={indicator} index={index} />
      ))}
    </Stack>
  );
}
