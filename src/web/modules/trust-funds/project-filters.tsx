import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectStatuses } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { labelOf } from '../../ui/translated-text';
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
  const [q, setQ] = useState(values.q);
  const [debouncedQ] = useDebouncedValue(q, 300);

  // The last text sent to the URL, to tell our own updates from outside ones (the back button).
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
    <Group align="flex-end" gap="sm" role="search" aria-label={t('trustFunds.filters.region')}>
      <TextInput
        label={t('trustFunds.filters.search')}
        placeholder={t('trustFunds.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') search(q);
        }}
        type="search"
        miw={220}
        style={{ flexGrow: 1 }}
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
