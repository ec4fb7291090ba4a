import { Alert, Button, Collapse, Group, Select, Stack, Switch, Title } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustments, IconInfoCircle } from '@tabler/icons-react';
import 'dayjs/locale/fr';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityKind, ActivityStatus, WorkingLanguage } from '../../../shared/enums';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../i18n';
import { formatNumber, formatYear } from '../../lib/format';
import { labelOf } from '../../ui/translated-text';
import { UrlSearchInput } from '../../ui/url-search-input';
import { usePartnerOptions } from '../partners/partners.api';
import { FacetGroup } from './facet-group';
import { facetOptions } from './facet-options';
import type { Facets, MenuYears } from './menu.api';
import { countryName, kindLabel, languageLabel, statusLabel } from './menu-labels';
import { activeFilterCount, type MenuSearchState } from './menu-search-state';

type Patch = (patch: Partial<MenuSearchState>) => void;

/** The search text (sent after a pause in typing, or on Enter) and the menu year. */
export function MenuSearchBar({
  state,
  years,
  shownYear,
  onChange,
}: {
  state: MenuSearchState;
  years: MenuYears | undefined;
  /** The year the server answered for (its current one when the URL names none). */
  shownYear: number | null;
  onChange: Patch;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();

  const yearOptions = (years?.items ?? []).map((y) => ({
    value: String(y.year),
    label: t('menu.yearOption', {
      year: formatYear(y.year, locale),
      count: y.activities,
      formatted: formatNumber(y.activities, locale),
    }),
  }));
  const year = state.year ?? shownYear ?? years?.current ?? null;
  if (year !== null && !yearOptions.some((o) => o.value === String(year))) {
    yearOptions.unshift({ value: String(year), label: formatYear(year, locale) });
  }

  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('menu.searchRegion')}>
      <UrlSearchInput
        label={t('menu.search')}
        placeholder={t('menu.searchPlaceholder')}
        miw={260}
        style={{ flexGrow: 1 }}
        data-testid="menu-search"
        value={state.q}
        onSearch={(q) => onChange({ q })}
        trim
      />
      <Select
        label={t('menu.year')}
        data={yearOptions}
        value={year === null ? null : String(year)}
        onChange={(value) => value && onChange({ year: Number(value) })}
        allowDeselect={false}
        w={200}
        data-testid="menu-year"
      />
    </Group>
  );
}

/** The filter panel: facets with counts, dates, online, open now, eligibility. */
export function MenuFilterPanel({
  state,
  facets,
  onChange,
  onClear,
}: {
  state: MenuSearchState;
  facets: Facets | null | undefined;
  onChange: Patch;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const locale = currentLocale();
  const liaison = me?.role === 'partner_liaison';
  const staff = can('menu.manage');
  const partners = usePartnerOptions(staff);
  const active = activeFilterCount(state);
  // A range picker reports [start, null] while the second date is being chosen: keep it here till then.
  const [range, setRange] = useState<[string | null, string | null]>([state.from || null, state.to || null]);
  useEffect(() => setRange([state.from || null, state.to || null]), [state.from, state.to]);

  return (
    <Stack gap="md" component="section" aria-labelledby="menu-filters-title" data-testid="menu-filters">
      <Group justify="space-between" align="center">
        <Title order={2} size="h4" id="menu-filters-title">
          {t('menu.filters')}
        </Title>
        {active > 0 && (
          <Button variant="subtle" size="compact-sm" onClick={onClear}>
            {t('menu.clearFilters', { count: active })}
          </Button>
        )}
      </Group>

      {liaison && (
        <Alert
          variant="light"
          color="blue"
          icon={<IconInfoCircle aria-hidden />}
          p="xs"
          data-testid="eligible-note"
        >
          {t('menu.eligibleAlways')}
        </Alert>
      )}
      {staff && (
        <Select
          label={t('menu.eligibleFor')}
          placeholder={t('menu.anyPartner')}
          data={(partners.data ?? []).map((p) => ({ value: p.id, label: labelOf(p.name) }))}
          value={state.eligibleFor || null}
          onChange={(value) => onChange({ eligibleFor: value ?? '' })}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          clearButtonProps={{ 'aria-label': t('menu.clearField') }}
        />
      )}

      <Switch
        label={t('menu.openNow')}
        description={t('menu.openNowHint')}
        checked={state.openNow}
        onChange={(event) => onChange({ openNow: event.currentTarget.checked })}
        data-testid="filter-open-now"
      />

      <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
        <DatePickerInput
          type="range"
          label={t('menu.dates')}
          description={t('menu.datesHint')}
          placeholder={t('menu.datesPlaceholder')}
          // Rendered as text, not as an input's ::placeholder: it must meet text contrast (WCAG 1.4.3).
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          value={range}
          onChange={(value) => {
            const [from, to] = value as [string | null, string | null];
            setRange([from, to]);
            if ((from && to) || (!from && !to)) onChange({ from: from ?? '', to: to ?? '' });
          }}
          valueFormat="D MMM YYYY"
          clearable
          clearButtonProps={{ 'aria-label': t('menu.clearField') }}
          allowSingleDateInRange
          // Another year's menu opens the picker on that year, not on today.
          defaultDate={
            state.year && state.year !== new Date().getFullYear() ? `${state.year}-01-01` : undefined
          }
          ariaLabels={{
            nextMonth: t('menu.nextMonth'),
            previousMonth: t('menu.previousMonth'),
            nextYear: t('menu.nextYear'),
            previousYear: t('menu.previousYear'),
            nextDecade: t('menu.nextDecade'),
            previousDecade: t('menu.previousDecade'),
            monthLevelControl: t('menu.chooseMonth'),
            yearLevelControl: t('menu.chooseYear'),
          }}
          data-testid="filter-dates"
        />
      </DatesProvider>

      <Select
        label={t('menu.format')}
        data={[
          { value: '', label: t('menu.formatAny') },
          { value: 'true', label: t('menu.formatOnline') },
          { value: 'false', label: t('menu.formatInPerson') },
        ]}
        value={state.online}
        onChange={(value) => onChange({ online: (value ?? '') as MenuSearchState['online'] })}
        allowDeselect={false}
        data-testid="filter-online"
      />

      <FacetGroup
        legend={t('menu.areas')}
        testId="facet-area"
        options={facetOptions(facets?.area, state.area, (v) => (v.label ? labelOf(v.label) : v.value))}
        selected={state.area}
        onChange={(area) => onChange({ area })}
      />
      <FacetGroup
        legend={t('menu.kind')}
        testId="facet-kind"
        options={facetOptions(facets?.kind, state.kind, (v) => kindLabel(t, v.value as ActivityKind))}
        selected={state.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <FacetGroup
        legend={t('menu.provider')}
        testId="facet-provider"
        options={facetOptions(facets?.provider, state.provider, (v) =>
          v.label ? labelOf(v.label) : v.value,
        )}
        selected={state.provider}
        onChange={(provider) => onChange({ provider })}
        visible={6}
      />
      <FacetGroup
        legend={t('menu.languages')}
        testId="facet-language"
        options={facetOptions(facets?.language, state.language, (v) =>
          languageLabel(t, v.value as WorkingLanguage),
        )}
        selected={state.language}
        onChange={(language) => onChange({ language })}
      />
      <FacetGroup
        legend={t('menu.country')}
        testId="facet-country"
        options={facetOptions(facets?.country, state.country, (v) => countryName(v.value, locale))}
        selected={state.country}
        onChange={(country) => onChange({ country })}
        visible={6}
      />
      {staff && (
        <FacetGroup
          legend={t('menu.status')}
          testId="facet-status"
          options={facetOptions(facets?.status, state.status, (v) =>
            statusLabel(t, v.value as ActivityStatus),
          )}
          selected={state.status}
          onChange={(status) => onChange({ status })}
        />
      )}
    </Stack>
  );
}

/**
 * On narrow screens the filter panel would push the results a long scroll down: there it folds
 * behind a "Filters" button (with how many are set); from Mantine's `md` breakpoint it is always open.
 */
export function FoldingFilters({ state, children }: { state: MenuSearchState; children: ReactNode }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', true);
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  if (wide) return children;
  const active = activeFilterCount(state);
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        leftSection={<IconAdjustments size={16} aria-hidden />}
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={id}
        style={{ alignSelf: 'flex-start' }}
        data-testid="filters-toggle"
      >
        {active > 0 ? `${t('menu.filters')} (${active})` : t('menu.filters')}
      </Button>
      <Collapse expanded={opened} id={id}>
        {children}
      </Collapse>
    </Stack>
  );
}
