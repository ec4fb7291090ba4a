import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { projectStatuses } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { labelOf } from '../../ui/translated-text';
import { UrlSearchInput } from '../../ui/url-search-input';
import { countryOptions } from '../providers/country-options';
import { projectStatusLabel } from './tf-labels';
import type { Fund } from './trust-funds.api';

export interface ProjectFilterValues {
  fund: string;
  country: string;
  status: string;
  q: string;
}

/** Fund, beneficiary country, status and words of the title or code; the text is sent once typing pauses. */
export function ProjectFilters({
  values,
  funds,
  onChange,
}: {
  values: ProjectFilterValues;
  funds: Fund[];
  onChange: (patch: Partial<ProjectFilterValues>) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();

  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('trustFunds.filters.region')}>
      <UrlSearchInput
        label={t('trustFunds.filters.search')}
        placeholder={t('trustFunds.filters.searchPlaceholder')}
        miw={220}
        style={{ flexGrow: 1 }}
        value={values.q}
        onSearch={(q) => onChange({ q })}
      />
      <Select
        label={t('trustFunds.project.fund')}
        placeholder={t('common.all')}
        data={funds.map((f) => ({ value: f.id, label: `${f.code} · ${labelOf(f.name)}` }))}
        value={values.fund || null}
        onChange={(value) => onChange({ fund: value ?? '' })}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        w={260}
      />
      <Select
        label={t('trustFunds.project.country')}
        placeholder={t('common.all')}
        data={countryOptions(locale)}
        value={values.country || null}
        onChange={(value) => onChange({ country: value ?? '' })}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        w={220}
      />
      <Select
        label={t('trustFunds.project.status')}
        placeholder={t('common.all')}
        data={projectStatuses.map((s) => ({ value: s, label: projectStatusLabel(t, s) }))}
        value={values.status || null}
        onChange={(value) => onChange({ status: value ?? '' })}
        clearable
        w={200}
      />
    </Group>
  );
}
