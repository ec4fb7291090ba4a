import type { TFunction } from 'i18next';
import type { Locale, ObjectivePriority, ProgrammeStatus } from '../../../shared/enums';
import { formatCalendarDate } from '../../lib/format';

export const programmeStatusColor: Record<ProgrammeStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  under_review: 'grape',
  returned: 'orange',
  agreed: 'green',
  active: 'teal',
  completed: 'dark',
  superseded: 'gray',
};

export const priorityColor: Record<ObjectivePriority, string> = {
  high: 'red',
  medium: 'yellow',
  low: 'gray',
};

export const programmeStatusLabel = (t: TFunction, status: ProgrammeStatus) => t(`programmeStatus.${status}`);
export const priorityLabel = (t: TFunction, priority: ObjectivePriority) =>
  t(`programme.priorities.${priority}`);

/** `6 May 2014 – 31 December 2016`: the period as the locale writes dates. */
export function formatPeriod(period: { startsOn: string; endsOn: string }, locale: Locale): string {
  return `${formatCalendarDate(period.startsOn, locale)} – ${formatCalendarDate(period.endsOn, locale)}`;
}

/** The years a period touches, first to last (the menu years its activities may come from). */
export function periodYears(period: { startsOn: string; endsOn: string }): number[] {
  const first = Number(period.startsOn.slice(0, 4));
  const last = Number(period.endsOn.slice(0, 4));
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first || last - first > 10) return [];
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
