import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../../db/client';
import { nominationReports, nominations, partners, programmes } from '../../db/schema';
import { activityVisibleSql, iterationVisibleSql, type MenuScope } from '../menu/menu.access';
import { type NominationScope, nominationScopeSql } from './nominations.access';

export type NominationRow = typeof nominations.$inferSelect;
export type NewNominationRow = typeof nominations.$inferInsert;

/** An iteration with what the seat rules need of its activity, as locked by the writes. */
export interface LockedIteration {
  id: string;
  activityId: string;
  seats: number;
  partnerSeatLimit: number | null;
  seatsReleasedAt: string | null;
  startsOn: string | null;
  endsOn: string | null;
  nominationDeadline: string | null;
  status: string;
  providerId: string;
  secondApproval: boolean;
  code: string;
  titleEn: string;
  titleFr: string;
}

/**
 * The iteration, locked (`for update`) when asked: every write that gives, takes or counts seats of an
 * iteration holds this lock first, so two of them never count the same free seat.
 */
export async function selectIteration(
  tx: Executor,
  iterationId: string,
  forUpdate: boolean,
): Promise<LockedIteration | undefined> {
  const [row] = await selectRows<LockedIteration>(
    tx,
    sql`select i.id, i.activity_id as "activityId", i.seats::int as seats,
      i.partner_seat_limit::int as "partnerSeatLimit", i.seats_released_at::text as "seatsReleasedAt",
      i.starts_on::text as "startsOn", i.ends_on::text as "endsOn",
      i.nomination_deadline::text as "nominationDeadline", i.status, a.provider_id as "providerId",
      a.second_approval as "secondApproval", a.code, a.title_en as "titleEn", a.title_fr as "titleFr"
    from iterations i join activities a on a.id = i.activity_id
    where i.id = ${iterationId}::uuid
    ${forUpdate ? sql`for update of i` : sql``}`,
  );
  return row;
}

/** Whether the iteration is seen in the menu by this partner's scope (which includes eligibility). */
export async function iterationVisibleTo(tx: Executor, iterationId: string, scope: MenuScope) {
  const rows = await selectRows<{ ok: number }>(
    tx,
    sql`select 1 as ok from iterations i join activities a on a.id = i.activity_id
      where i.id = ${iterationId}::uuid and ${activityVisibleSql(scope)} and ${iterationVisibleSql(scope)}`,
  );
  return rows.length > 0;
}

export async function selectPartnerStatus(tx: Executor, partnerId: string) {
  const [row] = await tx
    .select({ status: partners.status })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .limit(1);
  return row?.status;
}

export async function selectProgrammePartner(tx: Executor, programmeId: string) {
  const [row] = await tx
    .select({ partnerId: programmes.partnerId })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .limit(1);
  return row?.partnerId;
}

export interface SeatCounts {
  accepted: number;
  waitlisted: number;
  pending: number;
}

export async function selectSeatCounts(tx: Executor, iterationId: string): Promise<SeatCounts> {
  const [row] = await selectRows<SeatCounts>(
    tx,
    sql`select count(*) filter (where status = 'accepted')::int as accepted,
      count(*) filter (where status = 'waitlisted')::int as waitlisted,
      count(*) filter (where status = 'pending')::int as pending
    from nominations where iteration_id = ${iterationId}::uuid`,
  );
  return row ?? { accepted: 0, waitlisted: 0, pending: 0 };
}

/** Accepted nominations per partner in the iteration (the per-partner limit before the release). */
export async function selectAcceptedByPartner(tx: Executor, iterationId: string) {
  const rows = await selectRows<{ partnerId: string; count: number }>(
    tx,
    sql`select partner_id as "partnerId", count(*)::int as count from nominations
      where iteration_id = ${iterationId}::uuid and status = 'accepted' group by partner_id`,
  );
  return new Map(rows.map((row) => [row.partnerId, row.count]));
}

/** The same person (by e-mail) already nominated and still in the running for this iteration. */
export async function personAlreadyNominated(tx: Executor, iterationId: string, email: string) {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`select id from nominations where iteration_id = ${iterationId}::uuid and lower(email) = lower(${email})
      and status in ('pending', 'accepted', 'waitlisted') and erased_at is null limit 1`,
  );
  return rows.length > 0;
}

/**
 * Adds a nomination. Its arrival time is the clock's, made strictly later than any earlier one of
 * the iteration (by a microsecond if need be): under the iteration's lock, that is the arrival order
 * the waiting list is served in, even when many arrive within the same millisecond.
 */
export async function insertNomination(tx: Executor, values: NewNominationRow, now: Date) {
  const [row] = await tx
    .insert(nominations)
    .values({
      ...values,
      createdAt: sql`greatest(${now.toISOString()}::timestamptz, (select max(created_at) + interval '1 microsecond'
        from nominations where iteration_id = ${values.iterationId}::uuid))`,
      updatedAt: now,
    })
    .returning();
  return row!;
}

export async function selectNominationRow(tx: Executor, id: string, forUpdate = false) {
  const query = tx.select().from(nominations).where(eq(nominations.id, id)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateNominationRow(tx: Executor, id: string, values: Partial<NewNominationRow>) {
  const [row] = await tx.update(nominations).set(values).where(eq(nominations.id, id)).returning();
  return row!;
}

/** The waiting list of an iteration in the order it is served: priority, then arrival. */
export async function selectWaitlisted(tx: Executor, iterationId: string) {
  return tx
    .select()
    .from(nominations)
    .where(and(eq(nominations.iterationId, iterationId), eq(nominations.status, 'waitlisted')))
    .orderBy(asc(nominations.priority), asc(nominations.createdAt), asc(nominations.id));
}

/** A nomination as the API shows it, with its partner, activity and iteration, and its waiting-list place. */
export interface NominationView {
  id: string;
  iterationId: string;
  partnerId: string;
  partnerNameEn: string;
  partnerNameFr: string;
  activityId: string;
  activityCode: string;
  year: number;
  titleEn: string;
  titleFr: string;
  providerId: string;
  secondApproval: boolean;
  startsOn: string | null;
  endsOn: string | null;
  online: boolean;
  city: string;
  countryCode: string | null;
  nominationDeadline: string | null;
  iterationStatus: string;
  programmeId: string | null;
  fullName: string;
  rankTitle: string;
  organisation: string;
  email: string;
  workingLanguage: string;
  nationality: string;
  status: string;
  priority: number;
  waitlistPosition: number | null;
  decisionReason: string;
  decidedAt: string | null;
  attendance: string | null;
  completed: boolean;
  erasedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const viewColumns = sql`n.id, n.iteration_id as "iterationId", n.partner_id as "partnerId",
  p.name_en as "partnerNameEn", p.name_fr as "partnerNameFr", a.id as "activityId", a.code as "activityCode",
  a.year::int as year, a.title_en as "titleEn", a.title_fr as "titleFr", a.provider_id as "providerId",
  a.second_approval as "secondApproval", i.starts_on::text as "startsOn", i.ends_on::text as "endsOn",
  i.online, i.city, i.country_code as "countryCode", i.nomination_deadline::text as "nominationDeadline",
  i.status as "iterationStatus", n.programme_id as "programmeId", n.full_name as "fullName",
  n.rank_title as "rankTitle", n.organisation, n.email, n.working_language as "workingLanguage",
  n.nationality, n.status, n.priority::int as priority,
  case when n.status = 'waitlisted' then (select count(*)::int + 1 from nominations w
    where w.iteration_id = n.iteration_id and w.status = 'waitlisted'
      and (w.priority, w.created_at, w.id) < (n.priority, n.created_at, n.id)) end as "waitlistPosition",
  n.decision_reason as "decisionReason", n.decided_at::text as "decidedAt", n.attendance, n.completed,
  n.erased_at::text as "erasedAt", n.version, n.created_at::text as "createdAt",
  n.updated_at::text as "updatedAt"`;

const viewFrom = sql`from nominations n join iterations i on i.id = n.iteration_id
  join activities a on a.id = i.activity_id join partners p on p.id = n.partner_id`;

export interface NominationFilter {
  id?: string;
  iterationId?: string;
  activityId?: string;
  partnerId?: string;
  programmeId?: string;
  status?: string;
  year?: number;
}

function filterSql(scope: NominationScope, f: NominationFilter): SQL {
  const parts: SQL[] = [nominationScopeSql(scope)];
  if (f.id) parts.push(sql`n.id = ${f.id}::uuid`);
  if (f.iterationId) parts.push(sql`n.iteration_id = ${f.iterationId}::uuid`);
  if (f.activityId) parts.push(sql`i.activity_id = ${f.activityId}::uuid`);
  if (f.partnerId) parts.push(sql`n.partner_id = ${f.partnerId}::uuid`);
  if (f.programmeId) parts.push(sql`n.programme_id = ${f.programmeId}::uuid`);
  if (f.status) parts.push(sql`n.status = ${f.status}`);
  if (f.year !== undefined) parts.push(sql`a.year = ${f.year}`);
  return sql.join(parts, sql` and `);
}

/** Order of an iteration's list: seats first, then the waiting list in its order, then the rest. */
export const iterationOrder = sql`case n.status when 'accepted' then 0 when 'waitlisted' then 1
  when 'pending' then 2 when 'rejected' then 3 else 4 end, n.priority, n.created_at, n.id`;
const newestFirst = sql`n.created_at desc, n.id desc`;

export async function selectNominationViews(
  tx: Executor,
  scope: NominationScope,
  filter: NominationFilter,
  page: { limit: number; offset: number; byIteration?: boolean },
): Promise<NominationView[]> {
  return selectRows<NominationView>(
    tx,
    sql`select ${viewColumns} ${viewFrom} where ${filterSql(scope, filter)}
      order by ${page.byIteration ? iterationOrder : newestFirst} limit ${page.limit} offset ${page.offset}`,
  );
}

export async function countNominations(tx: Executor, scope: NominationScope, filter: NominationFilter) {
  const [row] = await selectRows<{ total: number }>(
    tx,
    sql`select count(*)::int as total ${viewFrom} where ${filterSql(scope, filter)}`,
  );
  return row?.total ?? 0;
}

export async function selectReports(tx: Executor, nominationId: string) {
  return tx
    .select({
      id: nominationReports.id,
      fileName: nominationReports.fileName,
      contentType: nominationReports.contentType,
      size: nominationReports.size,
      createdAt: nominationReports.createdAt,
    })
    .from(nominationReports)
    .where(eq(nominationReports.nominationId, nominationId))
    .orderBy(asc(nominationReports.createdAt), asc(nominationReports.id));
}

export async function selectReportFile(tx: Executor, nominationId: string, reportId: string) {
  const [row] = await tx
    .select()
    .from(nominationReports)
    .where(and(eq(nominationReports.id, reportId), eq(nominationReports.nominationId, nominationId)))
    .limit(1);
  return row;
}

export async function insertReport(tx: Executor, values: typeof nominationReports.$inferInsert) {
  const [row] = await tx.insert(nominationReports).values(values).returning({
    id: nominationReports.id,
    fileName: nominationReports.fileName,
    contentType: nominationReports.contentType,
    size: nominationReports.size,
    createdAt: nominationReports.createdAt,
  });
  return row!;
}

export async function deleteReports(tx: Executor, nominationId: string) {
  const deleted = await tx
    .delete(nominationReports)
    .where(eq(nominationReports.nominationId, nominationId))
    .returning({ id: nominationReports.id });
  return deleted.length;
}

const jsonKeys = (keys: readonly string[]) =>
  sql`array[${sql.join(
    keys.map((key) => sql`${key}`),
    sql`, `,
  )}]::text[]`;

/** Removes these keys from the before/after of every audit event about the nomination. */
export async function scrubAuditEvents(tx: Executor, nominationId: string, keys: readonly string[]) {
  await tx.execute(
    sql`update audit_events set before = before - ${jsonKeys(keys)}, after = after - ${jsonKeys(keys)}
      where entity_type = 'nomination' and entity_id = ${nominationId}`,
  );
}

/** Blanks the participant's name and the reason in the notifications (and unsent mail) about the nomination. */
export async function scrubNotifications(tx: Executor, link: string) {
  const blank = (column: string) =>
    sql.raw(`(${column} || jsonb_build_object('participantName', '')
      || case when ${column} ? 'reason' then jsonb_build_object('reason', '') else '{}'::jsonb end)`);
  await tx.execute(sql`update notifications set params = ${blank('params')} where link = ${link}`);
  await tx.execute(sql`update mail_outbox set params = ${blank('params')} where link = ${link}`);
}

/** Iterations starting in (today, until] whose seats are not yet released: what the release job serves. */
export async function selectIterationsToRelease(tx: Executor, today: string, until: string) {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`select id from iterations where seats_released_at is null and status in ('open', 'closed')
      and starts_on > ${today}::date and starts_on <= ${until}::date order by starts_on, id`,
  );
  return rows.map((row) => row.id);
}

export async function markSeatsReleased(tx: Executor, iterationId: string, at: Date) {
  await tx.execute(
    sql`update iterations set seats_released_at = ${at.toISOString()}::timestamptz where id = ${iterationId}::uuid`,
  );
}
