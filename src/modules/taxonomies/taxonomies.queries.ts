import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type areas, frameworks } from '../../db/schema';

/** Frameworks and areas share one shape; `sinceYear` exists on frameworks only. */
export type TaxonomyTable = typeof frameworks | typeof areas;
export type TermRow = typeof frameworks.$inferSelect | (typeof areas.$inferSelect & { sinceYear?: null });
type TermValues = {
  code?: string;
  nameEn?: string;
  nameFr?: string;
  descriptionEn?: string;
  descriptionFr?: string;
  sinceYear?: number | null;
  active?: boolean;
  version?: number;
  updatedAt?: Date;
};

function valuesFor(table: TaxonomyTable, values: TermValues) {
  if (table === frameworks) return values;
  const { sinceYear: _ignored, ...rest } = values;
  return rest;
}

export async function selectTerms(tx: Executor, table: TaxonomyTable, includeInactive: boolean) {
  const rows: TermRow[] = await tx
    .select()
    .from(table)
    .where(includeInactive ? undefined : eq(table.active, true))
    .orderBy(asc(table.code));
  return rows;
}

export async function selectTerm(tx: Executor, table: TaxonomyTable, id: string) {
  const [row]: TermRow[] = await tx.select().from(table).where(eq(table.id, id)).limit(1);
  return row;
}

export async function selectTermByCode(tx: Executor, table: TaxonomyTable, code: string) {
  const [row]: TermRow[] = await tx
    .select()
    .from(table)
    .where(sql`lower(${table.code}) = lower(${code})`)
    .limit(1);
  return row;
}

export async function selectTermIds(tx: Executor, table: TaxonomyTable, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx.select({ id: table.id }).from(table).where(inArray(table.id, ids));
  return new Set(rows.map((row) => row.id));
}

/** Terms by code, case-insensitively, in one query. */
export async function selectTermsByCodes(tx: Executor, table: TaxonomyTable, codes: string[]) {
  const lowered = [...new Set(codes.map((c) => c.toLowerCase()))];
  if (lowered.length === 0) return [];
  return tx
    .select({ id: table.id, code: table.code })
    .from(table)
    .where(inArray(sql`lower(${table.code})`, lowered));
}

export async function insertTerm(tx: Executor, table: TaxonomyTable, values: TermValues & { code: string }) {
  const [row]: TermRow[] = await tx
    .insert(table)
    .values(valuesFor(table, values) as typeof frameworks.$inferInsert)
    .returning();
  return row!;
}

export async function updateTerm(tx: Executor, table: TaxonomyTable, id: string, values: TermValues) {
  const [row]: TermRow[] = await tx
    .update(table)
    .set(valuesFor(table, values))
    .where(eq(table.id, id))
    .returning();
  return row!;
}
