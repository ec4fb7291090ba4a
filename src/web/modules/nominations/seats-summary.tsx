import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatCalendarDate, formatDateTime, formatNumber } from '../../lib/format';
import type { Iteration } from '../menu/menu.api';
import { hasStarted } from './nomination-labels';
import type { Seats } from './nominations.api';

type SeatKey = 'offered' | 'accepted' | 'waitlisted' | 'pending' | 'free';
const seatKeys: SeatKey[] = ['offered', 'accepted', 'waitlisted', 'pending', 'free'];

/**
 * Where nominations to the iteration stand: taken until the deadline, released to every eligible
 * partner, closed, or begun.
 */
export function deadlineText(
  t: TFunction,
  iteration: Pick<Iteration, 'status' | 'startsOn' | 'nominationDeadline' | 'deadlineState'>,
  releasedAt: string | null | undefined,
): string {
  const locale = currentLocale();
  if (hasStarted(iteration.startsOn)) return t('nominations.deadline.begun');
  if (iteration.status === 'open' && releasedAt) {
    return t('nominations.deadline.released', { date: formatDateTime(releasedAt, locale) });
  }
  const date = iteration.nominationDeadline ? formatCalendarDate(iteration.nominationDeadline, locale) : '';
  switch (iteration.deadlineState) {
    case 'open':
      return date ? t('nominations.deadline.openUntil', { date }) : t('nominations.deadline.open');
    case 'closing_soon':
      return t('nominations.deadline.closingSoon', { date });
    case 'passed':
      return t('nominations.deadline.passed', { date });
    default:
      return t('nominations.deadline.notOpen');
  }
}

/**
 * One line under an iteration: offered · accepted · waitlisted · pending · free, and the deadline. The
 * per-partner limit is in the iteration's facts just above, for every reader.
 */
export function SeatsLine({ seats, deadline }: { seats: Seats; deadline: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Group gap="md" wrap="wrap" data-testid="seats-line">
      {seatKeys.map((key) => (
        <Text key={key} size="sm" data-testid={`seats-${key}`}>
          <Text span c="dimmed">
            {t(`nominations.seats.${key}`)}
          </Text>{' '}
          <Text span fw={600}>
            {formatNumber(seats[key], locale)}
          </Text>
        </Text>
      ))}
      <Text size="sm" fw={500} data-testid="deadline-text">
        {deadline}
      </Text>
    </Group>
  );
}

/** The seats as figures, at the top of an iteration's nominations page. */
export function SeatsSummary({ seats }: { seats: Seats }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm" component="dl" m={0} data-testid="seats-summary">
      {seatKeys.map((key) => (
        <Paper key={key} withBorder p="sm" data-testid={`seats-${key}`}>
          <Text component="dt" size="sm" c="dimmed" fw={600}>
            {t(`nominations.seats.${key}`)}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {formatNumber(seats[key], locale)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
