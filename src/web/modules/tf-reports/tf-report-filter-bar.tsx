import { Button, Group, Select } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { labelOf } from '../../ui/translated-text';
import { parseTypedDate } from '../menu/typed-date';
import { countryOptions } from '../providers/country-options';
import { currencyOptions } from '../trust-funds/fund-form-values';
import { useFunds, useOrganisations } from '../trust-funds/trust-funds.api';
import { hasFilters, periodReversed, type ReportFilters } from './tf-report-filters';

type Patch = Partial<Record<keyof ReportFilters, string>>;

/**
 * The reporting currency and the filters, each change written to the address at once. A liaison has
 * no donor filter: its report holds its own partner's money only.
 */
export function TfReportFilterBar({
  filters,
  base,
  liaison,
  onChange,
}: {
  filters: ReportFilters;
  /** The base currency, once a money report has said it: the currency shown when none is chosen. */
  base: string | null;
  liaison: boolean;
  onChange: (patch: Patch) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const funds = useFunds();
  const organisations = useOrganisations(!liaison);
  const clear = { 'aria-label': t('tfReports.filters.clear') };
  const date = (key: 'from' | 'to', label: string, error?: string) => (
    <DateInput
      label={label}
      value={filters[key] || null}
      onChange={(value) => onChange({ [key]: value ?? '' })}
      valueFormat="D MMM YYYY"
      dateParser={(input) => parseTypedDate(input, currentLocale())}
      clearable
      clearButtonProps={clear}
      error={error}
      w={170}
      data-testid={`report-${key}`}
    />
  );

  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <Group
        align="flex-start"
        gap="sm"
        role="search"
        aria-label={t('tfReports.filters.region')}
        className="report-no-print"
        data-testid="report-filters"
      >
        <Select
          label={t('tfReports.filters.currency')}
          placeholder={t('tfReports.filters.baseCurrency')}
          data={currencyOptions(locale)}
          value={filters.currency || base || null}
          onChange={(value) => onChange({ currency: value ?? '' })}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          w={240}
          data-testid="report-currency"
        />
        <Select
          label={t('tfReports.filters.fund')}
          placeholder={t('common.all')}
          data={(funds.data?.items ?? []).map((f) => ({
            value: f.id,
            label: `${f.code} · ${labelOf(f.name)}`,
          }))}
          value={filters.fund || null}
          onChange={(value) => onChange({ fund: value ?? '' })}
          clearable
          clearButtonProps={clear}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={260}
          data-testid="report-fund"
        />
        {!liaison && (
          <Select
            label={t('tfReports.filters.donor')}
            placeholder={t('common.all')}
            data={(organisations.data?.items ?? [])
              .map((o) => ({ value: o.id, label: labelOf(o.name) }))
              .sort((a, b) => a.label.localeCompare(b.label, locale))}
            value={filters.donor || null}
            onChange={(value) => onChange({ donor: value ?? '' })}
            clearable
            clearButtonProps={clear}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            w={240}
            data-testid="report-donor"
          />
        )}
        <Select
          label={t('tfReports.filters.country')}
          placeholder={t('common.all')}
          data={countryOptions(locale)}
          value={filters.country || null}
          onChange={(value) => onChange({ country: value ?? '' })}
          clearable
          clearButtonProps={clear}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={220}
          data-testid="report-country"
        />
        {date('from', t('tfReports.filters.from'))}
        {date(
          'to',
          t('tfReports.filters.to'),
          periodReversed(filters) ? t('tfReports.filters.periodReversed') : undefined,
        )}
        {hasFilters(filters) && (
          <Button
            variant="subtle"
            mt={25}
            onClick={() =>
              onChange({ currency: '', fund: '', project: '', donor: '', country: '', from: '', to: '' })
            }
            data-testid="report-reset"
          >
            {t('tfReports.filters.reset')}
          </Button>
        )}
      </Group>
    </DatesProvider>
  );
}
