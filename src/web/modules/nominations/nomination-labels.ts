import type { TFunction } from 'i18next';
import type { NominationStatus } from '../../../shared/enums';
import type { Iteration } from '../menu/menu.api';
import type { Nomination } from './nominations.api';

export const nominationStatusColor: Record<NominationStatus, string> = {
  pending: 'blue',
  accepted: 'green',
  waitlisted: 'orange',
  rejected: 'red',
  withdrawn: 'gray',
};

export const nominationStatusLabel = (t: TFunction, status: NominationStatus) =>
  t(`nominations.status.${status}`);

/** Today as the server counts days (UTC), for "has the iteration begun". */
export const todayIso = () => new Date().toISOString().slice(0, 10);

/** Whether the iteration has begun: decisions and withdrawals stop (a self-paced one never begins). */
export const hasStarted = (startsOn: string | null, today = todayIso()) =>
  startsOn !== null && startsOn <= today;

/** Attendance and reports come once the iteration has begun, at any time for a self-paced one. */
export const attendanceOpen = (startsOn: string | null, today = todayIso()) =>
  startsOn === null || startsOn <= today;

/** The statuses in which a nomination waits for, or holds, a seat. */
export const isLive = (status: NominationStatus) =>
  status === 'pending' || status === 'accepted' || status === 'waitlisted';

/** Who a nomination names, for labels: the name, or "personal data erased". */
export const personLabel = (t: TFunction, nomination: Pick<Nomination, 'fullName' | 'erasedAt'>) =>
  nomination.erasedAt || !nomination.fullName ? t('nominations.erasedPerson') : nomination.fullName;

/**
 * Whether a liaison may nominate to the iteration today: open, not begun, and on or before the
 * deadline — which no longer binds once the seats are released. The server decides; this only spares
 * the user a button that could not work.
 */
export function takesNominations(
  iteration: Pick<Iteration, 'status' | 'startsOn' | 'deadlineState' | 'seatsReleasedAt'>,
  today = todayIso(),
): boolean {
  if (iteration.status !== 'open' || hasStarted(iteration.startsOn, today)) return false;
  return iteration.deadlineState !== 'passed' || Boolean(iteration.seatsReleasedAt);
}
