import { Group, MultiSelect, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { programmeStatuses } from '../../../shared/enums';
import { labelOf } from '../../ui/translated-text';
import { UrlSearchInput } from '../../ui/url-search-input';
import { usePartnerOptions } from '../partners/partners.api';
import { programmeStatusLabel } from './programme-labels';

export interface ProgrammeFilterValues {
  q: string;
  partner: string;
  /** Comma-separated, as in the URL. */
  status: string;
  year: string;
  allVersions: string;
}

interface Props {
  values: ProgrammeFilterValues;
  onChange: (patch: Partial<ProgrammeFilterValues>) => void;
  /** A liaison sees its own partner's programmes only: no partner filter. */
  showPartner: boolean;
}

/** From a few years back to a few ahead: programmes run two to four years. */
function yearOptions(): string[] {
  const now = new Date().getFullYear();
  return Array.from({ length: now + 4 - 2000 + 1 }, (_, index) => String(now + 4 - index));
}

export function ProgrammeFilters({ values, onChange, showPartner }: Props) {
  const { t } = useTranslation();
  const partners = usePartnerOptions(showPartner);

  const statuses = values.status ? values.status.split(',').filter(Boolean) : [];
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('programmes.searchRegion')}>
      <UrlSearchInput
        label={t('programmes.search')}
        placeholder={t('programmes.searchPlaceholder')}
        miw={220}
        style={{ flexGrow: 1 }}
        value={values.q}
        onSearch={(q) => onChange({ q })}
      />
      {showPartner && (
        <Select
          label={t('programme.partner')}
          placeholder={t('common.all')}
          data={(partners.data ?? []).map((p) => ({ value: p.id, label: labelOf(p.name) }))}
          value={values.partner || null}
          onChange={(value) => onChange({ partner: value ?? '' })}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={220}
        />
      )}
      <MultiSelect
        label={t('programme.status')}
        placeholder={statuses.length === 0 ? t('common.all') : undefined}
        data={programmeStatuses.map((s) => ({ value: s, label: programmeStatusLabel(t, s) }))}
        value={statuses}
        onChange={(value) => onChange({ status: value.join(',') })}
        clearable
        w={260}
      />
      <Select
        label={t('programmes.year')}
        placeholder={t('common.all')}
        data={yearOptions()}
        value={values.year || null}
        onChange={(value) => onChange({ year: value ?? '' })}
        clearable
        searchable
        w={120}
      />
      <Switch
        label={t('programmes.allVersions')}
        checked={values.allVersions === 'true'}
        onChange={(event) => onChange({ allVersions: event.currentTarget.checked ? 'true' : '' })}
        mb={8}
      />
    </Group>
  );
}
