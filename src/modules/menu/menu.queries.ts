import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Executor, selectRows } from '../../db/client';
import { activities, activityAreas, areas, frameworks, iterations, providers } from '../../db/schema';
import { activityVisibleSql, intArray, iterationVisibleSql, type MenuScope, textArray } from './menu.access';
import { areasJsonSql, type IterationJson, iterationJsonSql } from './menu-search.queries';

/** Aliased as `a` and `i`, so that the scope conditions of menu.access.ts apply to typed queries too. */
const a = alias(activities, 'a');
const i = alias(iterations, 'i');

export type ActivityRow = typeof activities.$inferSelect;
export type IterationRow = typeof iterations.$inferSelect;
export type NewActivityRow = typeof activities.$inferInsert;
export type NewIterationRow = typeof iterations.$inferInsert;

/** One activity the caller may see (or, with `writable`, change), or nothing. */
export async function selectActivity(
  tx: Executor,
  scope: MenuScope,
  id: string,
  options: { forUpdate?: boolean; providerId?: string } = {},
): Promise<ActivityRow | undefined> {
  const conditions: SQL[] = [eq(a.id, id), activityVisibleSql(scope)];
  if (options.providerId) conditions.push(eq(a.providerId, options.providerId));
  const query = tx
    .select()
    .from(a)
    .where(and(...conditions))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

const providerJson = sql.raw(`(select json_build_object('id', p.id, 'code', p.code, 'nameEn', p.name_en,
  'nameFr', p.name_fr) from providers p where p.id = a.provider_id)`);
const frameworksJson = sql.raw(`(select coalesce(json_agg(json_build_object('id', f.id, 'code', f.code,
  'nameEn', f.name_en, 'nameFr', f.name_fr) order by f.code), '[]'::json)
  from frameworks f where f.id = any(a.eligible_framework_ids))`);
const namedJson = sql.raw(`(select coalesce(json_agg(json_build_object('id', p.id, 'nameEn', p.name_en,
  'nameFr', p.name_fr) order by p.sort_key_en), '[]'::json)
  from partners p where a.eligibility = 'partners' and p.id = any(a.eligible_partner_ids))`);
/** Partners who may apply today: named ones, or active ones (in one of the frameworks, if so restricted). */
const eligibleNowJson = sql.raw(`(select coalesce(json_agg(json_build_object('id', p.id, 'nameEn', p.name_en,
  'nameFr', p.name_fr) order by p.sort_key_en), '[]'::json)
  from partners p where case a.eligibility
    when 'partners' then p.id = any(a.eligible_partner_ids)
    when 'frameworks' then p.status = 'active' and exists (select 1 from partner_frameworks pf
      where pf.partner_id = p.id and pf.left_on is null and pf.framework_id = any(a.eligible_framework_ids))
    else p.status = 'active' end)`);

/**
 * One activity with its provider, areas, visible iterations, named frameworks and partners (and,
 * when asked, the partners eligible today), in one statement; nothing when the caller may not see it.
 */
export async function selectActivityDetail(
  tx: Executor,
  scope: MenuScope,
  id: string,
  withPartners: boolean,
) {
  const [found] = await tx
    .select({
      row: a,
      provider: sql<{ id: string; code: string; nameEn: string; nameFr: string }>`${providerJson}`,
      areas: sql<{ id: string; code: string; nameEn: string; nameFr: string }[]>`${areasJsonSql}`,
      iterations: sql<
        IterationJson[]
      >`(select coalesce(json_agg(${iterationJsonSql} order by i.starts_on nulls last, i.id), '[]'::json)
        from iterations i where i.activity_id = a.id and ${iterationVisibleSql(scope)})`,
      frameworks: sql<{ id: string; code: string; nameEn: string; nameFr: string }[]>`${frameworksJson}`,
      named: withPartners ? sql<PartnerName[]>`${namedJson}` : sql<PartnerName[]>`'[]'::json`,
      eligibleNow: withPartners ? sql<PartnerName[]>`${eligibleNowJson}` : sql<PartnerName[]>`'[]'::json`,
    })
    .from(a)
    .where(and(eq(a.id, id), activityVisibleSql(scope)))
    .limit(1);
  return found;
}

type PartnerName = { id: string; nameEn: string; nameFr: string };

export async function selectIteration(
  tx: Executor,
  activityId: string,
  iterationId: string,
  forUpdate = false,
) {
  const query = tx
    .select()
    .from(iterations)
    .where(and(eq(iterations.id, iterationId), eq(iterations.activityId, activityId)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function selectProviderRefs(tx: Executor, ids: string[]) {
  return tx
    .select({ id: providers.id, code: providers.code, nameEn: providers.nameEn, nameFr: providers.nameFr })
    .from(providers)
    .where(inArray(providers.id, ids));
}

export async function selectActivitiesByIds(tx: Executor, scope: MenuScope, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(a)
    .where(and(inArray(a.id, ids), activityVisibleSql(scope)));
}

export async function selectAreasOfActivities(tx: Executor, activityIds: string[]) {
  return tx
    .select({
      activityId: activityAreas.activityId,
      id: areas.id,
      code: areas.code,
      nameEn: areas.nameEn,
      nameFr: areas.nameFr,
    })
    .from(activityAreas)
    .innerJoin(areas, eq(areas.id, activityAreas.areaId))
    .where(inArray(activityAreas.activityId, activityIds))
    .orderBy(asc(areas.code));
}

export async function selectIterationsOfActivities(tx: Executor, scope: MenuScope, activityIds: string[]) {
  return tx
    .select({ iteration: i })
    .from(i)
    .innerJoin(a, eq(a.id, i.activityId))
    .where(and(inArray(i.activityId, activityIds), iterationVisibleSql(scope)))
    .orderBy(sql`${i.startsOn} asc nulls last`, asc(i.id))
    .then((rows) => rows.map((row) => row.iteration));
}

export async function selectProvidersByIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select({ id: providers.id }).from(providers).where(inArray(providers.id, ids));
}

export async function selectFrameworkRefs(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({
      id: frameworks.id,
      code: frameworks.code,
      nameEn: frameworks.nameEn,
      nameFr: frameworks.nameFr,
    })
    .from(frameworks)
    .where(inArray(frameworks.id, ids))
    .orderBy(asc(frameworks.code));
}

/**
 * Codes of these (year, code) pairs already taken, lower-cased, as `year:code`. Asked as "year among
 * these and code among those", then paired here: a long list of row constructors (`(year, code) in
 * (…)`) makes PGlite abort at commit.
 */
export async function selectTakenCodes(
  tx: Executor,
  pairs: { year: number; code: string }[],
  exceptId?: string,
) {
  const taken = new Set<string>();
  if (pairs.length === 0) return taken;
  const wanted = new Set(pairs.map((p) => `${p.year}:${p.code.toLowerCase()}`));
  const years = [...new Set(pairs.map((p) => p.year))];
  const codes = [...new Set(pairs.map((p) => p.code.toLowerCase()))];
  for (let start = 0; start < codes.length; start += 1000) {
    const rows = await selectRows<{ year: number; code: string }>(
      tx,
      sql`select year::int as year, lower(code) as code from activities
          where year = any(${intArray(years)}) and lower(code) = any(${textArray(codes.slice(start, start + 1000))})
          ${exceptId ? sql`and id <> ${exceptId}::uuid` : sql``}`,
    );
    for (const row of rows) {
      const key = `${row.year}:${row.code}`;
      if (wanted.has(key)) taken.add(key);
    }
  }
  return taken;
}

export async function insertActivityRows(tx: Executor, rows: NewActivityRow[]) {
  const ids: { id: string }[] = [];
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = await tx
      .insert(activities)
      .values(rows.slice(start, start + 500))
      .returning({ id: activities.id });
    ids.push(...chunk);
  }
  return ids;
}

export async function insertActivityAreas(tx: Executor, rows: { activityId: string; areaId: string }[]) {
  for (let start = 0; start < rows.length; start += 5000) {
    await tx.insert(activityAreas).values(rows.slice(start, start + 5000));
  }
}

export async function replaceActivityAreas(tx: Executor, activityId: string, areaIds: string[]) {
  await tx.delete(activityAreas).where(eq(activityAreas.activityId, activityId));
  if (areaIds.length > 0)
    await insertActivityAreas(
      tx,
      areaIds.map((areaId) => ({ activityId, areaId })),
    );
}

export async function insertIterationRows(tx: Executor, rows: NewIterationRow[]) {
  const inserted: IterationRow[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    inserted.push(
      ...(await tx
        .insert(iterations)
        .values(rows.slice(start, start + 1000))
        .returning()),
    );
  }
  return inserted;
}

export async function updateActivityRow(tx: Executor, id: string, values: Partial<NewActivityRow>) {
  const [row] = await tx.update(activities).set(values).where(eq(activities.id, id)).returning();
  return row!;
}

export async function updateIterationRow(tx: Executor, id: string, values: Partial<NewIterationRow>) {
  const [row] = await tx.update(iterations).set(values).where(eq(iterations.id, id)).returning();
  return row!;
}

/** What a calendar shows of every iteration of this activity changed: subscribers must refresh. */
export async function bumpIterationSequences(tx: Executor, activityId: string, now: Date) {
  await tx
    .update(iterations)
    .set({ sequence: sql`${iterations.sequence} + 1`, updatedAt: now })
    .where(eq(iterations.activityId, activityId));
}

export async function selectAllIterationsOf(tx: Executor, activityId: string) {
  return tx
    .select()
    .from(iterations)
    .where(eq(iterations.activityId, activityId))
    .orderBy(sql`${iterations.startsOn} asc nulls last`, asc(iterations.id));
}

export async function selectYears(tx: Executor, scope: MenuScope) {
  return selectRows<{ year: number; activities: number }>(
    tx,
    sql`select a.year::int as year, count(*)::int as activities from activities a
        where ${activityVisibleSql(scope)} group by a.year order by a.year desc`,
  );
}

/** The recurring activities of a year with their iterations: what "copy forward" copies. */
export async function selectRecurring(tx: Executor, year: number) {
  const rows = await tx
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.year, year),
        eq(activities.recurring, true),
        sql`${activities.status} <> 'cancelled'`,
      ),
    )
    .orderBy(asc(activities.code));
  if (rows.length === 0) return [];
  const byActivity = new Map<string, IterationRow[]>();
  for (let start = 0; start < rows.length; start += 1000) {
    const ids = rows.slice(start, start + 1000).map((row) => row.id);
    const iterationRows = await tx
      .select()
      .from(iterations)
      .where(and(inArray(iterations.activityId, ids), sql`${iterations.status} <> 'cancelled'`))
      .orderBy(sql`${iterations.startsOn} asc nulls last`, asc(iterations.id));
    for (const it of iterationRows)
      byActivity.set(it.activityId, [...(byActivity.get(it.activityId) ?? []), it]);
  }
  return rows.map((row) => ({ row, iterations: byActivity.get(row.id) ?? [] }));
}
