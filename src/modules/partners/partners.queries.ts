import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { foldForSearch } from '../../core/bilingual';
import type { RecordScope } from '../../core/policy';
import type { Executor } from '../../db/client';
import { areas, frameworks, milestones, partnerAreas, partnerFrameworks, partners } from '../../db/schema';
import { visibleIn } from '../../db/scope';
import type { Locale } from '../../shared/enums';
import type { PartnerListQuery } from './partners.schemas';

export type PartnerRow = typeof partners.$inferSelect;

const visible = (scope: RecordScope) => visibleIn(scope, partners);

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function listConditions(scope: RecordScope, query: PartnerListQuery): SQL | undefined {
  const conditions: SQL[] = [visible(scope)];
  if (query.q) {
    conditions.push(sql`${partners.searchText} like ${`%${escapeLike(foldForSearch(query.q))}%`}`);
  }
  if (query.status) conditions.push(eq(partners.status, query.status));
  if (query.kind) conditions.push(eq(partners.kind, query.kind));
  if (query.framework) {
    conditions.push(
      sql`exists (select 1 from ${partnerFrameworks} join ${frameworks} on ${frameworks.id} = ${partnerFrameworks.frameworkId}
          where ${partnerFrameworks.partnerId} = ${partners.id} and lower(${frameworks.code}) = lower(${query.framework}))`,
    );
  }
  if (query.area) {
    conditions.push(
      sql`exists (select 1 from ${partnerAreas} join ${areas} on ${areas.id} = ${partnerAreas.areaId}
          where ${partnerAreas.partnerId} = ${partners.id} and lower(${areas.code}) = lower(${query.area}))`,
    );
  }
  return and(...conditions);
}

function orderFor(sort: PartnerListQuery['sort'], locale: Locale): SQL[] {
  const descending = sort.startsWith('-');
  const key = sort.replace(/^-/, '');
  const column = {
    name: locale === 'fr' ? partners.sortKeyFr : partners.sortKeyEn,
    isoCode: partners.isoCode,
    relationsSince: partners.relationsSinceYear,
    updatedAt: partners.updatedAt,
  }[key as 'name'];
  const primary = descending ? sql`${column} desc nulls last` : sql`${column} asc nulls last`;
  return [primary, asc(partners.id)];
}

export interface FrameworkRef {
  id: string;
  code: string;
  nameEn: string;
  nameFr: string;
}

const frameworksOfRowSql =
  "select coalesce(json_agg(json_build_object('id', f.id, 'code', f.code, 'nameEn', f.name_en, 'nameFr', f.name_fr) " +
  "order by pf.joined_on, f.code), '[]'::json) from partner_frameworks pf join frameworks f on f.id = pf.framework_id " +
  'where pf.partner_id = "partners"."id"';

/**
 * One page of partners in one statement: the total comes from a window over the matching rows and
 * each partner's frameworks from a correlated JSON aggregate, so a page is one round trip.
 */
export async function selectPartnerPage(
  tx: Executor,
  scope: RecordScope,
  query: PartnerListQuery,
  locale: Locale,
) {
  const where = listConditions(scope, query);
  const rows = await tx
    .select({
      id: partners.id,
      isoCode: partners.isoCode,
      kind: partners.kind,
      nameEn: partners.nameEn,
      nameFr: partners.nameFr,
      status: partners.status,
      relationsSinceYear: partners.relationsSinceYear,
      releasability: partners.releasability,
      // Written out with its own aliases: in a select list Drizzle drops table names from column
      // references, which would leave the correlation to the outer row ambiguous.
      frameworks: sql<FrameworkRef[]>`(${sql.raw(frameworksOfRowSql)})`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(partners)
    .where(where)
    .orderBy(...orderFor(query.sort, locale))
    .limit(query.limit)
    .offset((query.page - 1) * query.limit);
  if (rows.length > 0 || query.page === 1) return { items: rows, total: rows[0]?.total ?? 0 };
  // Past the last page the window has no row to ride on: count on its own.
  const [total] = await tx.select({ n: count() }).from(partners).where(where);
  return { items: rows, total: total?.n ?? 0 };
}

export async function selectFrameworksOf(tx: Executor, partnerIds: string[]) {
  if (partnerIds.length === 0) return [];
  return tx
    .select({
      partnerId: partnerFrameworks.partnerId,
      id: frameworks.id,
      code: frameworks.code,
      nameEn: frameworks.nameEn,
      nameFr: frameworks.nameFr,
      joinedOn: partnerFrameworks.joinedOn,
      leftOn: partnerFrameworks.leftOn,
    })
    .from(partnerFrameworks)
    .innerJoin(frameworks, eq(frameworks.id, partnerFrameworks.frameworkId))
    .where(inArray(partnerFrameworks.partnerId, partnerIds))
    .orderBy(asc(partnerFrameworks.joinedOn), asc(frameworks.code));
}

export async function selectAreasOf(tx: Executor, partnerId: string) {
  return tx
    .select({ id: areas.id, code: areas.code, nameEn: areas.nameEn, nameFr: areas.nameFr })
    .from(partnerAreas)
    .innerJoin(areas, eq(areas.id, partnerAreas.areaId))
    .where(eq(partnerAreas.partnerId, partnerId))
    .orderBy(asc(areas.code));
}

export async function selectMilestonesOf(tx: Executor, partnerId: string) {
  return tx
    .select()
    .from(milestones)
    .where(eq(milestones.partnerId, partnerId))
    .orderBy(desc(milestones.occurredOn), asc(milestones.id));
}

/** One partner, or nothing when it does not exist or the caller may not see it. */
export async function selectPartner(tx: Executor, scope: RecordScope, id: string, forUpdate = false) {
  const query = tx
    .select()
    .from(partners)
    .where(and(eq(partners.id, id), visible(scope)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function partnerExists(tx: Executor, id: string): Promise<boolean> {
  const rows = await tx.select({ id: partners.id }).from(partners).where(eq(partners.id, id)).limit(1);
  return rows.length > 0;
}

export async function selectExistingPartnerIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx.select({ id: partners.id }).from(partners).where(inArray(partners.id, ids));
  return new Set(rows.map((row) => row.id));
}

export async function selectCurrentFrameworkIds(tx: Executor, partnerId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: partnerFrameworks.frameworkId })
    .from(partnerFrameworks)
    .where(and(eq(partnerFrameworks.partnerId, partnerId), sql`${partnerFrameworks.leftOn} is null`));
  return rows.map((row) => row.id);
}

/** Partners' names by id, in name order (an activity's named partners). */
export async function selectPartnerNames(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: partners.id, nameEn: partners.nameEn, nameFr: partners.nameFr })
    .from(partners)
    .where(inArray(partners.id, ids))
    .orderBy(asc(partners.sortKeyEn));
}

export async function selectPartnerIdsByIso(tx: Executor, isoCodes: string[]) {
  if (isoCodes.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: partners.id, isoCode: partners.isoCode })
    .from(partners)
    .where(inArray(partners.isoCode, isoCodes));
  return new Map(rows.map((row) => [row.isoCode!, row.id]));
}

/** Every partner's id, ISO code and names: the registry is small, and the import matches on them. */
export async function selectPartnerKeys(tx: Executor) {
  return tx
    .select({ id: partners.id, isoCode: partners.isoCode, nameEn: partners.nameEn, nameFr: partners.nameFr })
    .from(partners);
}

export async function findPartnerClash(
  tx: Executor,
  isoCode: string | null,
  nameEn: string,
  exceptId?: string,
) {
  const clash = sql`(${partners.isoCode} = ${isoCode} or lower(${partners.nameEn}) = lower(${nameEn}))`;
  const [row] = await tx
    .select({ id: partners.id, isoCode: partners.isoCode, nameEn: partners.nameEn })
    .from(partners)
    .where(exceptId ? and(clash, sql`${partners.id} <> ${exceptId}`) : clash)
    .limit(1);
  return row;
}

export async function insertPartnerRow(tx: Executor, values: typeof partners.$inferInsert) {
  const [row] = await tx.insert(partners).values(values).returning();
  return row!;
}

export async function updatePartnerRow(
  tx: Executor,
  id: string,
  values: Partial<typeof partners.$inferInsert>,
) {
  const [row] = await tx.update(partners).set(values).where(eq(partners.id, id)).returning();
  return row!;
}

export async function replaceFrameworks(
  tx: Executor,
  partnerId: string,
  items: { frameworkId: string; joinedOn: string | null; leftOn: string | null }[],
) {
  await tx.delete(partnerFrameworks).where(eq(partnerFrameworks.partnerId, partnerId));
  if (items.length > 0)
    await tx.insert(partnerFrameworks).values(items.map((item) => ({ partnerId, ...item })));
}

export async function replaceAreas(tx: Executor, partnerId: string, areaIds: string[]) {
  await tx.delete(partnerAreas).where(eq(partnerAreas.partnerId, partnerId));
  if (areaIds.length > 0)
    await tx.insert(partnerAreas).values(areaIds.map((areaId) => ({ partnerId, areaId })));
}

export async function replaceMilestones(
  tx: Executor,
  partnerId: string,
  items: Omit<typeof milestones.$inferInsert, 'partnerId'>[],
) {
  await tx.delete(milestones).where(eq(milestones.partnerId, partnerId));
  if (items.length > 0) await tx.insert(milestones).values(items.map((item) => ({ ...item, partnerId })));
}
