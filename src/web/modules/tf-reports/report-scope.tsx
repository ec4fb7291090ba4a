import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatCalendarDate } from '../../lib/format';
import { labelOf } from '../../ui/translated-text';
import { countryOptions } from '../providers/country-options';
import { useFunds, useOrganisations } from '../trust-funds/trust-funds.api';
import type { ReportFilters } from './tf-report-filters';

/**
 * What the open report covers, in one line: on screen under the filters, and on paper, where the
 * filters themselves are not printed.
 */
export function ReportScope({
  filters,
  currency,
  liaison,
  money,
}: {
  filters: ReportFilters;
  /** The reporting currency shown (the chosen one, else the base once known). */
  currency: string | null;
  liaison: boolean;
  /** The results report has no amounts: no currency to state. */
  money: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const funds = useFunds();
  const organisations = useOrganisations(!liaison);
  const date = (value: string) => formatCalendarDate(value, locale);
  const parts: string[] = [];
  if (money && currency) parts.push(t('tfReports.scope.currency', { currency }));
  if (filters.fund) {
    const fund = funds.data?.items.find((f) => f.id === filters.fund);
    parts.push(t('tfReports.scope.fund', { name: fund ? `${fund.code} · ${labelOf(fund.name)}` : '…' }));
  }
  if (filters.project) parts.push(t('tfReports.scope.project'));
  if (filters.donor) {
    const donor = organisations.data?.items.find((o) => o.id === filters.donor);
    parts.push(t('tfReports.scope.donor', { name: donor ? labelOf(donor.name) : '…' }));
  }
  if (filters.country) {
    const country = countryOptions(locale).find((c) => c.value === filters.country);
    parts.push(t('tfReports.scope.country', { name: country?.label ?? filters.country }));
  }
  if (filters.from && filters.to)
    parts.push(t('tfReports.scope.period', { from: date(filters.from), to: date(filters.to) }));
  else if (filters.from) parts.push(t('tfReports.scope.from', { from: date(filters.from) }));
  else if (filters.to) parts.push(t('tfReports.scope.to', { to: date(filters.to) }));
  else parts.push(t('tfReports.scope.allDates'));
  return (
    <Text size="sm" fw={500} data-testid="report-scope">
      {parts.join(' · ')}
    </Text>
  );
}
