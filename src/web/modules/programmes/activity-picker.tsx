import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toQuery } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/error-alert';
import { labelOf } from '../../ui/translated-text';
import type { ActivitySummary, MenuPage } from '../menu/menu.api';

/** Statuses an activity can be selected in: published and on, not a draft nor cancelled. */
const selectableStatuses = 'published,open,closed,completed';
const shownMax = 10;

/**
 * The menu's activities a partner may apply to, through the menu's own search (`eligibleFor`; for a
 * liaison the API applies its partner anyway).
 */
function useEligibleActivities(params: { q: string; year: string; partnerId: string }) {
  const query = toQuery({
    q: params.q,
    year: params.year,
    eligibleFor: params.partnerId,
    status: selectableStatuses,
    facets: false,
    limit: 20,
    sort: params.q ? 'relevance' : 'code',
  });
  return useQuery({
    queryKey: ['menu', 'list', 'picker', query],
    enabled: Boolean(params.partnerId && params.year),
    queryFn: ({ signal }) => api.get<MenuPage>(`/menu/activities${query}`, signal),
    placeholderData: keepPreviousData,
  });
}

interface Props {
  partnerId: string;
  /** The menu years the programme's period covers. */
  years: number[];
  selectedIds: string[];
  onPick: (activity: ActivitySummary) => void;
}

/** Search the menu of one of the period's years and add activities to the programme. */
export function ActivityPicker({ partnerId, years, selectedIds, onPick }: Props) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(years.includes(thisYear) ? thisYear : (years[0] ?? thisYear)));
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const shownYear = years.includes(Number(year)) ? year : String(years[0] ?? '');
  const results = useEligibleActivities({ q: debouncedQ, year: shownYear, partnerId });

  if (!partnerId) return <Text c="dimmed">{t('programmeForm.choosePartnerFirst')}</Text>;
  if (years.length === 0) return <Text c="dimmed">{t('programmeForm.choosePeriodFirst')}</Text>;

  // The menu's `eligibleFor` leaves releasability to the caller: an internal activity is never the
  // partner's to apply to. (One released to named partners may still be refused, with the reason.)
  const items = (results.data?.items ?? []).filter((a) => a.releasability !== 'internal').slice(0, shownMax);
  return (
    <Stack gap="xs" role="search" aria-label={t('programmeForm.searchMenu')} data-testid="activity-picker">
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('programmeForm.searchMenu')}
          placeholder={t('programmeForm.searchMenuPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter searches; it must not submit the programme form.
            if (event.key === 'Enter') event.preventDefault();
          }}
          style={{ flexGrow: 1 }}
        />
        <Select
          label={t('programmeForm.menuYear')}
          data={years.map(String)}
          value={shownYear}
          onChange={(value) => value && setYear(value)}
          allowDeselect={false}
          w={120}
        />
      </Group>
      <ErrorAlert error={results.error} />
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {results.data ? t('programmeForm.results', { count: items.length }) : ''}
      </Text>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((activity) => {
          const chosen = selectedIds.includes(activity.id);
          return (
            <Paper key={activity.id} component="li" withBorder px="sm" py={6} data-testid="picker-result">
              <Group gap="sm" wrap="nowrap">
                <Text ff="monospace" size="sm" data-testid="picker-code">
                  {activity.code}
                </Text>
                <Text size="sm" style={{ flex: 1 }}>
                  {labelOf(activity.title)}
                </Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  disabled={chosen}
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => onPick(activity)}
                  aria-label={t('programmeForm.addActivityNamed', { code: activity.code })}
                >
                  {chosen ? t('programmeForm.added') : t('programmeForm.addActivity')}
                </Button>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
