import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Executor, selectRows } from '../../db/client';
import { activities, activityAreas, areas, frameworks, iterations, providers } from '../../db/schema';
import { activityVisibleSql, intArray, iterationVisibleSql, type MenuScope, textArray } from './menu.access';

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

export async function selectIterationsOf(tx: Executor, scope: MenuScope, activityId: string) {
  return tx
    .select({ iteration: i })
    .from(i)
    .innerJoin(a, eq(a.id, i.activityId))
    .where(and(eq(i.activityId, activityId), iterationVisibleSql(scope)))
    .orderBy(sql`${i.startsOn} asc nulls last`, asc(i.id))
    .then((rows) => rows.map((row) => row.iteration));
}

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

export async function selectProviderRef(tx: Executor, id: string) {
  const [row] = await tx
    .select({ id: providers.id, code: providers.code, nameEn: providers.nameEn, nameFr: providers.nameFr })
    .from(providers)
    .where(eq(providers.id, id));
  return row!;
}

export async function selectProvidersByIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select({ id: providers.id }).from(providers).where(inArray(providers.id, ids));
}

export async function selectAreasOfActivity(tx: Executor, activityId: string) {
  return tx
    .select({ id: areas.id, code: areas.code, nameEn: areas.nameEn, nameFr: areas.nameFr })
    .from(activityAreas)
    .innerJoin(areas, eq(areas.id, activityAreas.areaId))
    .where(eq(activityAreas.activityId, activityId))
    .orderBy(asc(areas.code));
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

/** The recurring activities of a year, with their areas and iterations: what "copy forward" copies. */
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
  const ids = rows.map((row) => row.id);
  const areaRows = await tx.select().from(activityAreas).where(inArray(activityAreas.activityId, ids));
  const iterationRows = await tx
    .select()
    .from(iterations)
    .where(and(inArray(iterations.activityId, ids), sql`${iterations.status} <> 'cancelled'`))
    .orderBy(sql`${iterations.startsOn} asc nulls last`, asc(iterations.id));
  return rows.map((row) => ({
    row,
    areaIds: areaRows.filter((x) => x.activityId === row.id).map((x) => x.areaId),
    iterations: iterationRows.filter((x) => x.activityId === row.id),
  }));
}
