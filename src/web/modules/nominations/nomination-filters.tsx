import { Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nominationStatuses } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { api, toQuery } from '../../lib/api-client';
import { formatYear } from '../../lib/format';
import { labelOf } from '../../ui/translated-text';
import { type MenuPage, useMenuYears } from '../menu/menu.api';
import { usePartnerOptions } from '../partners/partners.api';
import { nominationStatusLabel } from './nomination-labels';
import { useActivityOnceKnown } from './nominations.api';

export interface NominationFilterValues {
  status: string;
  year: string;
  activity: string;
  partner: string;
}

/** The activity filter: a search of the menu (of the year chosen), keeping the chosen one in the list. */
function ActivityFilter({
  value,
  year,
  onChange,
}: {
  value: string;
  year: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const selected = useActivityOnceKnown(value || undefined).data?.activity;
  const selectedLabel = selected ? `${selected.code} · ${labelOf(selected.title)}` : '';
  // Typing shows the chosen activity's label in the box: that is no search.
  const q = debounced === selectedLabel ? '' : debounced.trim();
  const results = useQuery({
    queryKey: ['nominations', 'activity-options', year, q],
    queryFn: ({ signal }) =>
      api.get<MenuPage>(
        `/menu/activities${toQuery({ q, year, limit: 20, facets: false, sort: 'code' })}`,
        signal,
      ),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const options = (results.data?.items ?? []).map((a) => ({
    value: a.id,
    label: `${a.code} · ${labelOf(a.title)}`,
  }));
  if (selected && !options.some((o) => o.value === selected.id)) {
    options.unshift({ value: selected.id, label: selectedLabel });
  }
  return (
    <Select
      label={t('nominations.filters.activity')}
      placeholder={t('common.all')}
      data={options}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has searched already.
      filter={({ options: all }) => all}
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      w={320}
    />
  );
}

export function NominationFilters({
  values,
  showPartner,
  onChange,
}: {
  values: NominationFilterValues;
  showPartner: boolean;
  onChange: (patch: Partial<NominationFilterValues>) => void;
}) {
  const { t } = useTranslation();
  const years = useMenuYears();
  const partners = usePartnerOptions(showPartner);
  const locale = currentLocale();
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('nominations.filters.region')}>
      <Select
        label={t('nominations.filters.status')}
        placeholder={t('common.all')}
        data={nominationStatuses.map((s) => ({ value: s, label: nominationStatusLabel(t, s) }))}
        value={values.status || null}
        onChange={(value) => onChange({ status: value ?? '' })}
        clearable
        w={180}
      />
      <Select
        label={t('nominations.filters.year')}
        placeholder={t('common.all')}
        data={(years.data?.items ?? []).map((y) => ({
          value: String(y.year),
          label: formatYear(y.year, locale),
        }))}
        value={values.year || null}
        onChange={(value) => onChange({ year: value ?? '' })}
        clearable
        w={140}
      />
      <ActivityFilter
        value={values.activity}
        year={values.year}
        onChange={(activity) => onChange({ activity })}
      />
      {showPartner && (
        <Select
          label={t('nominations.filters.partner')}
          placeholder={t('common.all')}
          data={(partners.data ?? []).map((p) => ({ value: p.id, label: labelOf(p.name) }))}
          value={values.partner || null}
          onChange={(value) => onChange({ partner: value ?? '' })}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          w={240}
        />
      )}
    </Group>
  );
}
