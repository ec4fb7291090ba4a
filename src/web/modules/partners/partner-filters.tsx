import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerKinds, partnerStatuses } from '../../../shared/enums';
import { labelOf } from '../../ui/translated-text';
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
  const [q, setQ] = useState(values.q);
  const [debouncedQ] = useDebouncedValue(q, 300);

  // The last search text sent to the URL, to tell our own updates from outside ones (back button).
  const sent = useRef(values.q);
  const search = (text: string) => {
    if (text === sent.current) return;
    sent.current = text;
    onChange({ q: text });
  };

  useEffect(() => {
    if (values.q === sent.current) return;
    sent.current = values.q;
    setQ(values.q);
  }, [values.q]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new debounced value triggers a search
  useEffect(() => search(debouncedQ), [debouncedQ]);

  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('partners.searchRegion')}>
      <TextInput
        label={t('partners.search')}
        placeholder={t('partners.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') search(q);
        }}
        type="search"
        miw={240}
        style={{ flexGrow: 1 }}
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
