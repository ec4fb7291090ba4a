import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currencyName } from '../../../shared/currencies';
import { currentLocale } from '../../i18n';
import { formatCalendarDate, formatNumber } from '../../lib/format';
import type { RatesUsed } from './tf-reports.api';

/**
 * Which rates the report used, under its tables: the base and reporting currencies, per currency the
 * sources, the span of rate dates and how many value dates took an earlier day's rate, the sources
 * recorded with the transactions, and the lookup policy in the server's own words (it comes in the
 * caller's language). The same facts as the notes of the CSV and XLSX files.
 */
export function RatesNote({ rates }: { rates: RatesUsed }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const named = (code: string) => `${code} — ${currencyName(code, locale)}`;
  const date = (value: string | null) => (value ? formatCalendarDate(value, locale) : '');
  return (
    <Stack
      gap={4}
      component="section"
      aria-labelledby="tf-rates-note-title"
      data-testid="rates-note"
      className="report-section"
    >
      <Title order={3} size="h5" id="tf-rates-note-title">
        {t('tfReports.rates.title')}
      </Title>
      <Text size="sm" data-testid="rates-base">
        {t('tfReports.rates.base', { currency: named(rates.baseCurrency) })}
      </Text>
      <Text size="sm" data-testid="rates-reporting">
        {t('tfReports.rates.reporting', { currency: named(rates.reportingCurrency) })}
      </Text>
      {rates.currencies.length > 0 && (
        <List size="sm" spacing={2} data-testid="rates-currencies">
          {rates.currencies.map((c) => (
            <List.Item key={c.currency} data-currency={c.currency}>
              {c.firstRateDate
                ? t('tfReports.rates.currency', {
                    currency: c.currency,
                    sources: c.sources.join(', ') || '—',
                    first: date(c.firstRateDate),
                    last: date(c.lastRateDate),
                    valueDates: formatNumber(c.valueDates, locale),
                    fallbacks: formatNumber(c.fallbacks, locale),
                  })
                : t('tfReports.rates.currencyUnused', { currency: c.currency })}
            </List.Item>
          ))}
        </List>
      )}
      {rates.recordedSources.length > 0 && (
        <Text size="sm" data-testid="rates-recorded">
          {t('tfReports.rates.recorded', {
            base: rates.baseCurrency,
            sources: rates.recordedSources.join(', '),
          })}
        </Text>
      )}
      <Text size="sm" data-testid="rates-policy">
        {rates.policy}
      </Text>
    </Stack>
  );
}
