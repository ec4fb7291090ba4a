import { ActionIcon, Alert, Button, Grid, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatYear } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { usePageTitle } from '../../ui/use-page-title';
import { initialMonth, intersectRange, monthRange, shiftMonth } from './calendar-grid';
import { FeedSubscribeButton } from './feed-subscribe-modal';
import { useMenuCalendar, useMenuList, useMenuYears } from './menu.api';
import { Agenda, MonthGrid, monthTitle } from './menu-calendar-views';
import { FoldingFilters, MenuFilterPanel, MenuSearchBar } from './menu-filters';
import { useMenuSearch } from './use-menu-search';

/** Today in the browser's zone, as a calendar date. */
function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function MenuCalendarPage() {
  const { t } = useTranslation();
  const { state, update, clear, search, params, setExtra } = useMenuSearch();
  const locale = currentLocale();
  const today = todayIso();
  const month = initialMonth(params.get('month'), state.year, today);
  const view = params.get('view') === 'agenda' ? 'agenda' : 'month';
  const { first, last } = monthRange(month);
  // The month shown, narrowed by the filter's own dates (nothing to ask for when they do not meet).
  const range = intersectRange({ from: first, to: last }, { from: state.from, to: state.to });
  const calendar = useMenuCalendar(state, range);
  // Only the facet counts are wanted from the list: one row is enough.
  const counts = useMenuList({ ...state, page: 1 }, 'start', 1);
  const years = useMenuYears();
  const shownYear = counts.data?.year ?? state.year;
  usePageTitle(t('menu.calendar.title'));

  const entries = range ? (calendar.data?.items ?? []) : [];
  const title = monthTitle(month, locale);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('menu.calendar.title')}</Title>
          {shownYear !== null && (
            <Text c="dimmed">{t('menu.yearSubtitle', { year: formatYear(shownYear, locale) })}</Text>
          )}
        </div>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/menu${search}`}
            variant="default"
            leftSection={<IconList size={16} aria-hidden />}
          >
            {t('menu.listView')}
          </Button>
          <FeedSubscribeButton state={state} />
        </Group>
      </Group>

      <MenuSearchBar state={state} years={years.data} shownYear={shownYear} onChange={update} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <FoldingFilters state={state}>
            <MenuFilterPanel state={state} facets={counts.data?.facets} onChange={update} onClear={clear} />
          </FoldingFilters>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="sm" component="section" aria-labelledby="calendar-month-title">
            <Group justify="space-between" align="center">
              <Group gap="xs" align="center">
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t('menu.previousMonth')}
                  onClick={() => setExtra('month', shiftMonth(month, -1))}
                  data-testid="calendar-previous"
                >
                  <IconChevronLeft size={18} aria-hidden />
                </ActionIcon>
                <Title order={2} size="h3" id="calendar-month-title" miw={200} ta="center" aria-live="polite">
                  {title}
                </Title>
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t('menu.nextMonth')}
                  onClick={() => setExtra('month', shiftMonth(month, 1))}
                  data-testid="calendar-next"
                >
                  <IconChevronRight size={18} aria-hidden />
                </ActionIcon>
                <Button variant="subtle" size="sm" onClick={() => setExtra('month', today.slice(0, 7))}>
                  {t('menu.calendar.today')}
                </Button>
              </Group>
              <SegmentedControl
                aria-label={t('menu.calendar.viewLabel')}
                value={view}
                onChange={(value) => setExtra('view', value === 'agenda' ? 'agenda' : '')}
                data={[
                  { value: 'month', label: t('menu.calendar.month') },
                  { value: 'agenda', label: t('menu.calendar.agenda') },
                ]}
                data-testid="calendar-view"
              />
            </Group>
            <ErrorAlert error={calendar.error} />
            {calendar.data?.truncated && (
              <Alert color="orange" variant="light">
                {t('menu.calendar.truncated')}
              </Alert>
            )}
            {range && calendar.isPending ? (
              <LoadingState />
            ) : view === 'agenda' ? (
              <Agenda month={month} entries={entries} />
            ) : (
              <MonthGrid month={month} entries={entries} today={today} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
