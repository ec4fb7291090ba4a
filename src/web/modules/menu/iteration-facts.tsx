import { Group, Text } from '@mantine/core';
import { IconCalendar, IconMapPin, IconUsers, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatCalendarDate, formatNumber } from '../../lib/format';
import { StateBadge } from '../../ui/state-badge';
import type { Iteration } from './menu.api';
import {
  activityStatusColor,
  countryName,
  deadlineLabel,
  deadlineStateColor,
  formatDateRange,
  statusLabel,
} from './menu-labels';

const icon = { size: 14, 'aria-hidden': true, style: { flexShrink: 0 } } as const;

/** When an iteration runs: its dates, or "self-paced". */
export function IterationDates({ iteration }: { iteration: Pick<Iteration, 'startsOn' | 'endsOn'> }) {
  const { t } = useTranslation();
  if (!iteration.startsOn) return <>{t('menu.selfPaced')}</>;
  return (
    <time dateTime={iteration.startsOn}>
      {formatDateRange(iteration.startsOn, iteration.endsOn, currentLocale())}
    </time>
  );
}

/** Where: online, a city and country, or nothing known yet. */
export function iterationPlace(
  iteration: Pick<Iteration, 'online' | 'city' | 'countryCode'>,
  t: (key: string) => string,
): string {
  const locale = currentLocale();
  const place = [iteration.city, iteration.countryCode ? countryName(iteration.countryCode, locale) : '']
    .filter(Boolean)
    .join(', ');
  if (iteration.online) return place ? `${t('menu.online')} · ${place}` : t('menu.online');
  return place || t('menu.placeUnknown');
}

/**
 * The badges of an iteration: where nominations stand while they are taken, otherwise its status
 * (published, closed, completed…), which says more than "not open".
 */
export function IterationBadges({ iteration, showStatus }: { iteration: Iteration; showStatus?: boolean }) {
  const { t } = useTranslation();
  const taking = iteration.deadlineState !== 'not_open';
  return (
    <Group gap={4} component="span">
      {taking && (
        <StateBadge
          size="sm"
          color={deadlineStateColor[iteration.deadlineState]}
          data-testid="deadline-state"
        >
          {deadlineLabel(t, iteration.deadlineState)}
        </StateBadge>
      )}
      {(!taking || showStatus || iteration.status === 'cancelled') && (
        <StateBadge size="sm" variant="outline" color={activityStatusColor[iteration.status]}>
          {statusLabel(t, iteration.status)}
        </StateBadge>
      )}
    </Group>
  );
}

/**
 * One line per fact: dates, place, seats and deadline, for lists and the activity page; there, with
 * `showSeatLimit`, the per-partner limit too while it holds (the seat release lifts it).
 */
export function IterationFacts({
  iteration,
  showStatus,
  showSeatLimit,
}: {
  iteration: Iteration;
  showStatus?: boolean;
  showSeatLimit?: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const limit = iteration.partnerSeatLimit ?? null;
  return (
    <Group gap="md" wrap="wrap" data-testid="iteration">
      <Group gap={4} wrap="nowrap">
        <IconCalendar {...icon} />
        <Text size="sm" fw={600}>
          <IterationDates iteration={iteration} />
        </Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        {iteration.online ? <IconWorld {...icon} /> : <IconMapPin {...icon} />}
        <Text size="sm">{iterationPlace(iteration, t)}</Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        <IconUsers {...icon} />
        <Text size="sm">
          {t('menu.seats', { count: iteration.seats, formatted: formatNumber(iteration.seats, locale) })}
        </Text>
      </Group>
      {showSeatLimit && limit !== null && !iteration.seatsReleasedAt && (
        <Text size="sm" data-testid="partner-seat-limit">
          {t('menu.partnerSeatLimit', { count: limit, formatted: formatNumber(limit, locale) })}
        </Text>
      )}
      {iteration.nominationDeadline && (
        <Text size="sm">
          {t('menu.deadline', { date: formatCalendarDate(iteration.nominationDeadline, locale) })}
        </Text>
      )}
      <IterationBadges iteration={iteration} showStatus={showStatus} />
    </Group>
  );
}
