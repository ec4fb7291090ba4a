import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit/audit.service';
import * as q from './menu.queries';
import type { CreateActivityBody } from './menu.schemas';
import { contentOfRow, insertActivities } from './menu-write';

const day = 86_400_000;

/** Shifts a date by whole weeks into the next year, so a course keeps its weekday. */
export function shiftIntoNextYear(date: string | null, fromYear: number): string | null {
  if (!date) return null;
  let shifted = new Date(Date.parse(`${date}T00:00:00Z`) + 364 * day);
  if (shifted.getUTCFullYear() <= fromYear && date.startsWith(String(fromYear))) {
    shifted = new Date(shifted.getTime() + 7 * day);
  }
  return shifted.toISOString().slice(0, 10);
}

/**
 * Starts next year's menu from this year's recurring activities (not cancelled) as drafts, with their
 * iterations (not cancelled) shifted by whole weeks, seats and per-partner limits kept (the release is
 * the new iteration's own, so not carried); codes already in next year's menu are skipped.
 */
export async function copyYearForward(tx: Executor, ctx: RequestContext, clock: Clock, fromYear: number) {
  const toYear = fromYear + 1;
  const sources = await q.selectRecurring(tx, fromYear);
  const taken = await q.selectTakenCodes(
    tx,
    sources.map((s) => ({ year: toYear, code: s.row.code })),
  );
  const skipped: string[] = [];
  const bodies: (CreateActivityBody & { providerId: string })[] = [];
  for (const { row, iterations } of sources) {
    if (taken.has(`${toYear}:${row.code.toLowerCase()}`)) {
      skipped.push(row.code);
      continue;
    }
    bodies.push({
      ...contentOfRow(row),
      year: toYear,
      iterations: iterations.map((it) => ({
        startsOn: shiftIntoNextYear(it.startsOn, fromYear),
        endsOn: shiftIntoNextYear(it.endsOn, fromYear),
        online: it.online,
        city: it.city,
        countryCode: it.countryCode,
        seats: it.seats,
        nominationDeadline: shiftIntoNextYear(it.nominationDeadline, fromYear),
        partnerSeatLimit: it.partnerSeatLimit,
      })),
    });
  }
  const created = await insertActivities(tx, ctx, clock, bodies);
  await recordAudit(tx, ctx, clock, {
    action: 'menu.copy_forward',
    entityType: 'menu',
    entityId: String(toYear),
    after: { fromYear, toYear, created: created.length, skipped },
  });
  return { fromYear, toYear, created: created.length, skipped };
}
