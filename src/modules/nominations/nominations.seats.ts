import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import type { Database, Executor } from '../../db/client';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notify';
import * as q from './nominations.queries';
import type { Seats } from './nominations.schemas';

/**
 * The seat rules. Seats are counted and given only under the iteration's row lock
 * (`q.selectIteration(tx, id, true)`), so the seats offered are never exceeded whatever arrives at once.
 */

/** How long before the start the unfilled seats are released, unless ENTENTE_SEAT_RELEASE_WEEKS says otherwise. */
export const DEFAULT_SEAT_RELEASE_WEEKS = 2;

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

export const nominationLink = (id: string) => `/nominations/${id}`;

/** The audit trail and the notifications of the release job: written by "system". */
export const seatReleaseContext: RequestContext = {
  actor: {
    userId: null,
    label: 'system',
    role: 'admin',
    partnerId: null,
    providerId: null,
    locale: 'en',
    via: 'anonymous',
  },
  requestId: 'seat-release',
  ip: null,
};

/** Whether the per-partner limit still holds: until the release, and only when the iteration has one. */
const limitApplies = (it: q.LockedIteration) => it.seatsReleasedAt === null && it.partnerSeatLimit !== null;

/** Whether one more seat may go to this partner now. */
export function seatFreeFor(
  it: q.LockedIteration,
  counts: q.SeatCounts,
  acceptedByPartner: Map<string, number>,
  partnerId: string,
): boolean {
  if (counts.accepted >= it.seats) return false;
  return !limitApplies(it) || (acceptedByPartner.get(partnerId) ?? 0) < it.partnerSeatLimit!;
}

export function seatsOf(it: q.LockedIteration, counts: q.SeatCounts): Seats {
  return {
    offered: it.seats,
    accepted: counts.accepted,
    waitlisted: counts.waitlisted,
    pending: counts.pending,
    free: Math.max(0, it.seats - counts.accepted),
    partnerSeatLimit: it.partnerSeatLimit,
    releasedAt: it.seatsReleasedAt === null ? null : new Date(it.seatsReleasedAt).toISOString(),
  };
}

/** What a nomination's notification tells: who, which activity, from when (null: self-paced). */
export function nominationParams(it: q.LockedIteration, fullName: string) {
  return {
    participantName: fullName,
    activityCode: it.code,
    activityTitle: { en: it.titleEn, fr: it.titleFr },
    startsOn: it.startsOn,
  };
}

/**
 * Gives the iteration's free seats to the waiting list, in its order (priority, then arrival), skipping
 * a partner at its limit before the release and an erased nomination (the person asked to be forgotten).
 * Each promotion is audited and told to the partner's liaisons. The caller holds the iteration's lock.
 */
export async function promoteWaitlisted(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  it: q.LockedIteration,
  exceptId?: string,
): Promise<q.NominationRow[]> {
  const counts = await q.selectSeatCounts(tx, it.id);
  let free = it.seats - counts.accepted;
  if (free <= 0 || counts.waitlisted === 0) return [];
  const byPartner = await q.selectAcceptedByPartner(tx, it.id);
  const promoted: q.NominationRow[] = [];
  const now = clock.now();
  for (const waiting of await q.selectWaitlisted(tx, it.id)) {
    if (free <= 0) break;
    if (waiting.id === exceptId || waiting.erasedAt !== null) continue;
    const held = byPartner.get(waiting.partnerId) ?? 0;
    if (limitApplies(it) && held >= it.partnerSeatLimit!) continue;
    const row = await q.updateNominationRow(tx, waiting.id, {
      status: 'accepted',
      version: waiting.version + 1,
      updatedAt: now,
    });
    byPartner.set(waiting.partnerId, held + 1);
    free -= 1;
    await recordAudit(tx, ctx, clock, {
      action: 'nomination.promote',
      entityType: 'nomination',
      entityId: row.id,
      partnerId: row.partnerId,
      before: { status: 'waitlisted' },
      after: { status: 'accepted' },
    });
    await notify(
      tx,
      clock,
      { kind: 'partner_liaisons', partnerId: row.partnerId },
      {
        kind: 'nomination.promoted',
        params: nominationParams(it, row.fullName),
        link: nominationLink(row.id),
      },
    );
    promoted.push(row);
  }
  return promoted;
}

/**
 * Releases one iteration's seats, in the caller's transaction: the waiting list fills the free seats by
 * priority, the per-partner limit is lifted, and until the start any eligible partner may nominate
 * after the deadline. Nothing happens to an iteration already released (the job may run twice).
 * Answers the promoted nominations, or null when it was released already.
 */
export async function releaseIterationSeats(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  iterationId: string,
): Promise<q.NominationRow[] | null> {
  const it = await q.selectIteration(tx, iterationId, true);
  if (!it || it.seatsReleasedAt !== null) return null;
  const now = clock.now();
  await q.markSeatsReleased(tx, it.id, now);
  const promoted = await promoteWaitlisted(tx, ctx, clock, { ...it, seatsReleasedAt: now.toISOString() });
  await recordAudit(tx, ctx, clock, {
    action: 'iteration.release_seats',
    entityType: 'activity',
    entityId: it.activityId,
    after: { iterationId: it.id, promoted: promoted.map((row) => row.id) },
  });
  return promoted;
}

/**
 * The release job: every open (or closed) iteration starting within `weeks` weeks from today, not yet
 * released, is released in a transaction of its own. Safe to run as often as wanted. The notifications
 * engineer's scheduler calls it; staff may release one iteration by hand through the API.
 */
export async function releaseSeats(
  db: Database,
  clock: Clock,
  weeks: number = DEFAULT_SEAT_RELEASE_WEEKS,
): Promise<{ iterations: number; promoted: number }> {
  const today = isoDay(clock.now());
  const due = await q.selectIterationsToRelease(db, today, addDays(today, weeks * 7));
  let iterations = 0;
  let promoted = 0;
  for (const id of due) {
    const result = await db.transaction((tx) => releaseIterationSeats(tx, seatReleaseContext, clock, id));
    if (result === null) continue;
    iterations += 1;
    promoted += result.length;
  }
  return { iterations, promoted };
}
