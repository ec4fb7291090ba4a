import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { foldForSearch } from '../../core/bilingual';
import { type Executor, selectRows } from '../../db/client';
import { programmeActivities, programmeObjectives, programmes } from '../../db/schema';
import type { Locale } from '../../shared/enums';
import { type ProgrammeScope, programmeVisibleSql } from './programmes.access';
import type { ProgrammeListQuery } from './programmes.schemas';

/** Aliased as `p`, so that the scope condition of programmes.access.ts applies to typed queries too. */
const p = alias(programmes, 'p');

export type ProgrammeRow = typeof programmes.$inferSelect;
export type NewProgrammeRow = typeof programmes.$inferInsert;

/** One version the caller may see, locked for a write. */
export async function lockProgramme(
  tx: Executor,
  scope: ProgrammeScope,
  id: string,
): Promise<ProgrammeRow | undefined> {
  const [row] = await tx
    .select()
    .from(p)
    .where(and(eq(p.id, id), programmeVisibleSql(scope)))
    .limit(1)
    .for('update');
  return row;
}

/** One version the caller may see, without its parts. */
export async function selectProgrammeRow(tx: Executor, scope: ProgrammeScope, id: string) {
  const [row] = await tx
    .select()
    .from(p)
    .where(and(eq(p.id, id), programmeVisibleSql(scope)))
    .limit(1);
  return row;
}

/** Every version of a programme, first first; locked when the caller is about to change the lineage. */
export async function selectLineage(tx: Executor, lineageId: string, forUpdate = false) {
  const query = tx.select().from(programmes).where(eq(programmes.lineageId, lineageId));
  return forUpdate ? query.orderBy(programmes.versionNo).for('update') : query.orderBy(programmes.versionNo);
}

export async function insertProgrammeRow(tx: Executor, values: NewProgrammeRow) {
  const [row] = await tx.insert(programmes).values(values).returning();
  return row!;
}

export async function updateProgrammeRow(tx: Executor, id: string, patch: Partial<NewProgrammeRow>) {
  const [row] = await tx.update(programmes).set(patch).where(eq(programmes.id, id)).returning();
  return row!;
}

export interface ObjectiveValues {
  key: string;
  areaId: string;
  priority: string;
  textEn: string;
  textFr: string;
}

export async function replaceObjectives(tx: Executor, programmeId: string, objectives: ObjectiveValues[]) {
  await tx.delete(programmeObjectives).where(eq(programmeObjectives.programmeId, programmeId));
  if (objectives.length === 0) return;
  await tx
    .insert(programmeObjectives)
    .values(objectives.map((o, position) => ({ ...o, programmeId, position })));
}

export interface SelectionValues {
  activityId: string;
  objectiveKey: string | null;
  plannedParticipants: number;
  noteEn: string;
  noteFr: string;
}

export async function replaceSelection(tx: Executor, programmeId: string, selection: SelectionValues[]) {
  await tx.delete(programmeActivities).where(eq(programmeActivities.programmeId, programmeId));
  if (selection.length === 0) return;
  await tx.insert(programmeActivities).values(selection.map((s) => ({ ...s, programmeId })));
}

export interface TransitionValues {
  programmeId: string;
  fromStatus: string | null;
  toStatus: string;
  comment: string;
  actorUserId: string | null;
  actorLabel: string;
  occurredAt: Date;
}

/**
 * Adds a step to a version's history. Its time is kept after the version's last step (by a
 * millisecond at least), so that the history reads in order even when two steps share a clock tick.
 */
export async function insertTransition(tx: Executor, t: TransitionValues) {
  await tx.execute(sql`insert into programme_transitions
      (programme_id, from_status, to_status, comment, actor_user_id, actor_label, occurred_at)
    select ${t.programmeId}::uuid, ${t.fromStatus}, ${t.toStatus}, ${t.comment}, ${t.actorUserId}::uuid,
      ${t.actorLabel}, greatest(${t.occurredAt.toISOString()}::timestamptz,
        (select max(occurred_at) + interval '1 millisecond' from programme_transitions
          where programme_id = ${t.programmeId}::uuid))`);
}

/** The content of a version as stored: what a new version copies and what the audit trail keeps. */
export async function selectContent(tx: Executor, programmeId: string) {
  const [objectives, selection] = await Promise.all([
    tx
      .select({
        key: programmeObjectives.key,
        areaId: programmeObjectives.areaId,
        priority: programmeObjectives.priority,
        textEn: programmeObjectives.textEn,
        textFr: programmeObjectives.textFr,
      })
      .from(programmeObjectives)
      .where(eq(programmeObjectives.programmeId, programmeId))
      .orderBy(programmeObjectives.position),
    tx
      .select({
        activityId: programmeActivities.activityId,
        objectiveKey: programmeActivities.objectiveKey,
        plannedParticipants: programmeActivities.plannedParticipants,
        noteEn: programmeActivities.noteEn,
        noteFr: programmeActivities.noteFr,
      })
      .from(programmeActivities)
      .where(eq(programmeActivities.programmeId, programmeId))
      .orderBy(programmeActivities.activityId),
  ]);
  return { objectives, selection };
}

// ---------------------------------------------------------------- the list

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Lower case without the accents of the Latin letters partners' titles use: the SQL twin of
 * `foldForSearch` (PGlite has no `unaccent`), so that "cooperation" finds "coopération".
 */
const accented = 'áàâäãåāçćčéèêëēėęíìîïīñńóòôöõøōśšúùûüūýÿžźż';
const plain = 'aaaaaaaccceeeeeeeiiiiinnoooooooossuuuuuyyzzz';
const foldSql = (expr: SQL) => sql`translate(lower(${expr}), ${accented}, ${plain})`;

function listConditions(scope: ProgrammeScope, query: ProgrammeListQuery): SQL {
  const conditions: SQL[] = [programmeVisibleSql(scope)];
  if (query.q) {
    const pattern = `%${escapeLike(foldForSearch(query.q))}%`;
    conditions.push(sql`${foldSql(sql`p.title_en || ' ' || p.title_fr`)} like ${pattern}`);
  }
  if (query.partner) conditions.push(sql`p.partner_id = ${query.partner}::uuid`);
  if (query.status?.length) {
    conditions.push(
      sql`p.status in (${sql.join(
        query.status.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  if (query.year) {
    conditions.push(
      sql`p.starts_on <= ${`${query.year}-12-31`}::date and p.ends_on >= ${`${query.year}-01-01`}::date`,
    );
  }
  // The latest version of each programme: none newer in its lineage.
  if (!query.allVersions) {
    conditions.push(
      sql`not exists (select 1 from programmes n where n.lineage_id = p.lineage_id and n.version_no > p.version_no)`,
    );
  }
  return sql.join(conditions, sql` and `);
}

function orderSql(sort: ProgrammeListQuery['sort'], locale: Locale): SQL {
  const descending = sort.startsWith('-');
  const title =
    locale === 'fr'
      ? `coalesce(nullif(p.title_fr, ''), p.title_en)`
      : `coalesce(nullif(p.title_en, ''), p.title_fr)`;
  const column = {
    title: foldSql(sql.raw(title)),
    startsOn: sql`p.starts_on`,
    updatedAt: sql`p.updated_at`,
    partner: sql.raw(locale === 'fr' ? 'pa.sort_key_fr' : 'pa.sort_key_en'),
  }[sort.replace(/^-/, '') as 'title'];
  return sql`${column} ${sql.raw(descending ? 'desc' : 'asc')}, p.version_no desc, p.id`;
}

export interface SummaryRow {
  id: string;
  lineageId: string;
  versionNo: number;
  partnerId: string;
  partnerIso: string | null;
  partnerNameEn: string;
  partnerNameFr: string;
  titleEn: string;
  titleFr: string;
  startsOn: string;
  endsOn: string;
  status: string;
  agreedOn: string | null;
  objectiveCount: number;
  activityCount: number;
  version: number;
  updatedAt: string;
}

const summaryColumns = sql.raw(`p.id, p.lineage_id as "lineageId", p.version_no::int as "versionNo",
  p.partner_id as "partnerId", pa.iso_code as "partnerIso", pa.name_en as "partnerNameEn",
  pa.name_fr as "partnerNameFr", p.title_en as "titleEn", p.title_fr as "titleFr",
  p.starts_on::text as "startsOn", p.ends_on::text as "endsOn", p.status, p.agreed_on::text as "agreedOn",
  (select count(*)::int from programme_objectives o where o.programme_id = p.id) as "objectiveCount",
  (select count(*)::int from programme_activities x where x.programme_id = p.id) as "activityCount",
  p.version, p.updated_at::text as "updatedAt"`);

/** One page of programmes and their total, in one statement (the total rides on a window). */
export async function selectProgrammePage(
  tx: Executor,
  scope: ProgrammeScope,
  query: ProgrammeListQuery,
  locale: Locale,
): Promise<{ items: SummaryRow[]; total: number }> {
  const where = listConditions(scope, query);
  const rows = await selectRows<SummaryRow & { total: number }>(
    tx,
    sql`select ${summaryColumns}, count(*) over ()::int as total
    from programmes p join partners pa on pa.id = p.partner_id
    where ${where}
    order by ${orderSql(query.sort, locale)}
    limit ${query.limit} offset ${(query.page - 1) * query.limit}`,
  );
  if (rows.length > 0 || query.page === 1) return { items: rows, total: rows[0]?.total ?? 0 };
  // Past the last page the window has no row to ride on: count on its own.
  const [count] = await selectRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from programmes p where ${where}`,
  );
  return { items: rows, total: count?.n ?? 0 };
}

// ---------------------------------------------------------------- one version, whole

export interface DetailRow extends SummaryRow {
  summaryEn: string;
  summaryFr: string;
  returnComment: string;
  submittedAt: string | null;
  agreedByPartner: string;
  agreedByAlliance: string;
  createdAt: string;
  objectives: {
    key: string;
    areaId: string;
    areaCode: string;
    areaNameEn: string;
    areaNameFr: string;
    priority: string;
    textEn: string;
    textFr: string;
    position: number;
  }[];
  activities: {
    activityId: string;
    code: string;
    titleEn: string;
    titleFr: string;
    year: number;
    status: string;
    iterations: number;
    objectiveKey: string | null;
    plannedParticipants: number;
    noteEn: string;
    noteFr: string;
  }[];
  history: {
    fromStatus: string | null;
    toStatus: string;
    comment: string;
    actorName: string;
    occurredAt: string;
  }[];
  versions: { id: string; versionNo: number; status: string; agreedOn: string | null }[];
}

/**
 * A version with its partner, objectives, selected activities, status history and the versions of
 * its programme, in one statement: the programme page is the module's most frequent read.
 */
export async function selectProgrammeDetail(
  tx: Executor,
  scope: ProgrammeScope,
  id: string,
): Promise<DetailRow | undefined> {
  const [row] = await selectRows<DetailRow>(
    tx,
    sql`select ${summaryColumns}, p.summary_en as "summaryEn", p.summary_fr as "summaryFr",
      p.return_comment as "returnComment", p.submitted_at::text as "submittedAt",
      p.agreed_by_partner as "agreedByPartner", p.agreed_by_alliance as "agreedByAlliance",
      p.created_at::text as "createdAt",
      (select coalesce(json_agg(json_build_object('key', o.key, 'areaId', ar.id, 'areaCode', ar.code,
          'areaNameEn', ar.name_en, 'areaNameFr', ar.name_fr, 'priority', o.priority, 'textEn', o.text_en,
          'textFr', o.text_fr, 'position', o.position) order by o.position, o.key), '[]'::json)
        from programme_objectives o join areas ar on ar.id = o.area_id where o.programme_id = p.id) as objectives,
      (select coalesce(json_agg(json_build_object('activityId', a.id, 'code', a.code, 'titleEn', a.title_en,
          'titleFr', a.title_fr, 'year', a.year, 'status', a.status,
          'iterations', (select count(*) from iterations i where i.activity_id = a.id
            and i.published_at is not null and i.status <> 'cancelled'),
          'objectiveKey', x.objective_key, 'plannedParticipants', x.planned_participants,
          'noteEn', x.note_en, 'noteFr', x.note_fr) order by a.year, lower(a.code)), '[]'::json)
        from programme_activities x join activities a on a.id = x.activity_id where x.programme_id = p.id) as activities,
      (select coalesce(json_agg(json_build_object('fromStatus', t.from_status, 'toStatus', t.to_status,
          'comment', t.comment, 'actorName', coalesce(u.display_name, t.actor_label),
          'occurredAt', t.occurred_at) order by t.occurred_at, t.id), '[]'::json)
        from programme_transitions t left join users u on u.id = t.actor_user_id
        where t.programme_id = p.id) as history,
      (select json_agg(json_build_object('id', v.id, 'versionNo', v.version_no, 'status', v.status,
          'agreedOn', v.agreed_on) order by v.version_no)
        from programmes v where v.lineage_id = p.lineage_id) as versions
    from programmes p join partners pa on pa.id = p.partner_id
    where p.id = ${id}::uuid and ${programmeVisibleSql(scope)}`,
  );
  return row;
}
