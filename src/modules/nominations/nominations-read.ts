import { notFound } from '../../core/errors';
import type { Executor } from '../../db/client';
import type { ActivityStatus, AttendanceState, NominationStatus } from '../../shared/enums';
import type { NominationScope } from './nominations.access';
import * as q from './nominations.queries';
import type { Nomination, NominationDetail, Report } from './nominations.schemas';
import { seatsOf } from './nominations.seats';

const iso = (value: string | Date) => new Date(value).toISOString();
const isoOrNull = (value: string | Date | null) => (value === null ? null : iso(value));

/** The API's shape of a nomination, from its view row (the query has already applied the caller's scope). */
export function toNomination(v: q.NominationView): Nomination {
  return {
    id: v.id,
    iterationId: v.iterationId,
    partner: { id: v.partnerId, name: { en: v.partnerNameEn, fr: v.partnerNameFr } },
    activity: {
      id: v.activityId,
      code: v.activityCode,
      year: v.year,
      title: { en: v.titleEn, fr: v.titleFr },
      providerId: v.providerId,
      secondApproval: v.secondApproval,
    },
    iteration: {
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      online: v.online,
      city: v.city,
      countryCode: v.countryCode,
      nominationDeadline: v.nominationDeadline,
      status: v.iterationStatus as ActivityStatus,
    },
    programmeId: v.programmeId,
    fullName: v.fullName,
    rankTitle: v.rankTitle,
    organisation: v.organisation,
    email: v.email,
    workingLanguage: v.workingLanguage,
    nationality: v.nationality,
    status: v.status as NominationStatus,
    priority: v.priority,
    waitlistPosition: v.waitlistPosition,
    decisionReason: v.decisionReason,
    decidedAt: isoOrNull(v.decidedAt),
    attendance: v.attendance as AttendanceState | null,
    completed: v.completed,
    erasedAt: isoOrNull(v.erasedAt),
    version: v.version,
    createdAt: iso(v.createdAt),
    updatedAt: iso(v.updatedAt),
  };
}

export function toReport(row: Awaited<ReturnType<typeof q.selectReports>>[number]): Report {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    createdAt: row.createdAt.toISOString(),
  };
}

/** One nomination in the caller's scope, or 404 like a missing one. */
export async function findNomination(tx: Executor, scope: NominationScope, id: string): Promise<Nomination> {
  const [view] = await q.selectNominationViews(tx, scope, { id }, { limit: 1, offset: 0 });
  if (!view) throw notFound('nomination');
  return toNomination(view);
}

/** A nomination with its reports and its iteration's seats. */
export async function loadNominationDetail(
  tx: Executor,
  scope: NominationScope,
  id: string,
): Promise<NominationDetail> {
  const nomination = await findNomination(tx, scope, id);
  const it = await q.selectIteration(tx, nomination.iterationId, false);
  const reports = await q.selectReports(tx, id);
  return {
    ...nomination,
    reports: reports.map(toReport),
    seats: seatsOf(it!, await q.selectSeatCounts(tx, nomination.iterationId)),
  };
}
