import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { partnerKinds, partnerStatuses } from '../../../shared/enums';
import { labelOf } from '../../ui/translated-text';
import { UrlSearchInput } from '../../ui/url-search-input';
import { useTaxonomy } from '../taxonomies/taxonomies.api';
import { kindLabel, statusLabel } from './partner-labels';

export interface PartnerFilterValues {
  q: string;
  framework: string;
  status: string;
  kind: string;
}

interface Props {
  values: PartnerFilterValues;
  onChange: (patch: Partial<PartnerFilterValues>) => void;
}

export function PartnerFilters({ values, onChange }: Props) {
  const { t } = useTranslation();
  const frameworks = useTaxonomy('frameworks');

  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('partners.searchRegion')}>
      <UrlSearchInput
        label={t('partners.search')}
        placeholder={t('partners.searchPlaceholder')}
        miw={240}
        style={{ flexGrow: 1 }}
        value={values.q}
        onSearch={(q) => onChange({ q })}
      />
      <Select
        label={t('partners.framework')}
        placeholder={t('common.all')}
        data={(frameworks.data ?? []).map((f) => ({ value: f.code, label: labelOf(f.name) }))}
        value={values.framework || null}
        onChange={(value) => onChange({ framework: value ?? '' })}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        w={240}
      />
      <Select
        label={t('partner.status')}
        placeholder={t('common.all')}
        data={partnerStatuses.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        value={values.status || null}
        onChange={(value) => onChange({ status: value ?? '' })}
        clearable
        w={160}
      />
      <Select
        label={t('partner.kind')}
        placeholder={t('common.all')}
        data={partnerKinds.map((k) => ({ value: k, label: kindLabel(t, k) }))}
        value={values.kind || null}
        onChange={(value) => onChange({ kind: value ?? '' })}
        clearable
        w={220}
      />
    </Group>
  );
}
