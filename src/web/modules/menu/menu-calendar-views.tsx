import {
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  Popover,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Locale } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { formatNumber, toIntlLocale } from '../../lib/format';
import { labelOf } from '../../ui/translated-text';
import { buildMonthGrid, entriesByDay, later, monthRange } from './calendar-grid';
import { IterationBadges, IterationDates, iterationPlace } from './iteration-facts';
import type { CalendarEntry } from './menu.api';
import { kindLabel, statusLabel } from './menu-labels';
import { ActivityTitleLink } from './menu-results';

/** Events listed in a day cell before "+N more". */
const perDay = 3;

const dayFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(toIntlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Monday … Sunday in the UI language, short and long (the long one is for screen readers). */
function weekdays(locale: Locale) {
  const short = new Intl.DateTimeFormat(toIntlLocale(locale), { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(toIntlLocale(locale), { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = utcDate(`2024-01-0${i + 1}`);
    return { short: short.format(date), long: long.format(date) };
  });
}

/** French writes months and weekdays in lower case; as a heading the first letter is capitalised. */
function headingCase(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(toIntlLocale(locale)) + text.slice(1);
}

export function monthTitle(month: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(toIntlLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return headingCase(format.format(utcDate(`${month}-01`)), locale);
}

function EventLink({ entry }: { entry: CalendarEntry }) {
  const { t } = useTranslation();
  const cancelled = entry.status === 'cancelled' || entry.activityStatus === 'cancelled';
  return (
    <Anchor
      component={Link}
      to={`/menu/activities/${entry.activityId}`}
      size="xs"
      underline="hover"
      display="block"
      title={`${entry.code} · ${labelOf(entry.title)}`}
      td={cancelled ? 'line-through' : undefined}
      style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
      data-testid="calendar-event"
    >
      <Text span ff="monospace" size="xs" fw={700}>
        {entry.code}
      </Text>{' '}
      {labelOf(entry.title)}
      {/* The strike-through is not read out: say it. */}
      {cancelled && <VisuallyHidden> ({statusLabel(t, 'cancelled')})</VisuallyHidden>}
    </Anchor>
  );
}

function MoreEvents({ entries, date }: { entries: CalendarEntry[]; date: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Popover position="bottom" withArrow shadow="md" trapFocus returnFocus width={300}>
      <Popover.Target>
        <Button variant="subtle" size="compact-xs" px={2}>
          {t('menu.calendar.more', { count: entries.length - perDay })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={700} mb={4}>
          {dayFormat(locale).format(utcDate(date))}
        </Text>
        <Stack gap={2}>
          {entries.map((entry) => (
            <EventLink key={entry.id} entry={entry} />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** A month as a table: a row per week, Monday first; each event a link to its activity. */
export function MonthGrid({
  month,
  entries,
  today,
}: {
  month: string;
  entries: CalendarEntry[];
  today: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const weeks = buildMonthGrid(month);
  const byDay = entriesByDay(
    entries,
    weeks.flat().map((d) => d.date),
  );
  const format = dayFormat(locale);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder withColumnBorders layout="fixed" data-testid="month-grid">
        <caption>
          <VisuallyHidden>{monthTitle(month, locale)}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            {weekdays(locale).map((day) => (
              <Table.Th key={day.long} ta="center">
                <abbr title={day.long} style={{ textDecoration: 'none' }}>
                  {day.short}
                </abbr>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => (
            <Table.Tr key={week[0]?.date}>
              {week.map((day) => {
                const dayEntries = byDay.get(day.date) ?? [];
                const isToday = day.date === today;
                return (
                  <Table.Td
                    key={day.date}
                    valign="top"
                    h={110}
                    p={4}
                    bg={day.inMonth ? undefined : 'var(--mantine-color-gray-0)'}
                    aria-current={isToday ? 'date' : undefined}
                    data-testid={day.inMonth ? 'calendar-day' : undefined}
                  >
                    <Box
                      component="span"
                      fz="sm"
                      fw={isToday ? 800 : 500}
                      c={day.inMonth ? undefined : 'dimmed'}
                      aria-hidden
                      style={
                        isToday
                          ? {
                              background: 'var(--mantine-primary-color-filled)',
                              color: 'white',
                              borderRadius: 4,
                              padding: '0 4px',
                            }
                          : undefined
                      }
                    >
                      {day.day}
                    </Box>
                    <VisuallyHidden>
                      {format.format(utcDate(day.date))}
                      {dayEntries.length > 0 &&
                        ` · ${t('menu.calendar.events', { count: dayEntries.length })}`}
                    </VisuallyHidden>
                    <Stack gap={2} mt={2}>
                      {dayEntries.slice(0, perDay).map((entry) => (
                        <EventLink key={entry.id} entry={entry} />
                      ))}
                      {dayEntries.length > perDay && <MoreEvents entries={dayEntries} date={day.date} />}
                    </Stack>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The month's events as a list, by start date: the view for small screens and screen readers. */
export function Agenda({ month, entries }: { month: string; entries: CalendarEntry[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { first } = monthRange(month);
  const groups = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    if (!entry.startsOn) continue;
    // Events that began last month are listed on the month's first day.
    const key = later(entry.startsOn, first);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const days = [...groups.keys()].sort();
  if (days.length === 0) return <Text c="dimmed">{t('menu.calendar.empty')}</Text>;
  const format = dayFormat(locale);
  return (
    <Stack gap="md" data-testid="agenda">
      {days.map((day) => (
        <section key={day} aria-labelledby={`agenda-${day}`}>
          <Title order={3} size="h5" id={`agenda-${day}`} mb={6}>
            <time dateTime={day}>{headingCase(format.format(utcDate(day)), locale)}</time>
          </Title>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {(groups.get(day) ?? []).map((entry) => (
              <Paper key={entry.id} component="li" withBorder p="sm" data-testid="agenda-entry">
                <Group gap="xs" align="baseline">
                  <Text span ff="monospace" size="sm" c="dimmed">
                    {entry.code}
                  </Text>
                  <ActivityTitleLink activity={{ id: entry.activityId, title: entry.title }} />
                </Group>
                <Group gap="md" mt={4}>
                  <Text size="sm" fw={600}>
                    <IterationDates iteration={entry} />
                  </Text>
                  <Text size="sm">{kindLabel(t, entry.kind)}</Text>
                  <Text size="sm">{labelOf(entry.provider.name)}</Text>
                  <Text size="sm">{iterationPlace(entry, t)}</Text>
                  <Text size="sm">
                    {t('menu.seats', { count: entry.seats, formatted: formatNumber(entry.seats, locale) })}
                  </Text>
                  <IterationBadges iteration={entry} />
                </Group>
              </Paper>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
