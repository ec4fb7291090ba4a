import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { foldForSearch } from '../../core/bilingual';
import type { Executor } from '../../db/client';
import { providers } from '../../db/schema';
import type { ProviderListQuery } from './providers.schemas';

export type ProviderRow = typeof providers.$inferSelect;

export async function providerExists(tx: Executor, id: string): Promise<boolean> {
  const rows = await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, id)).limit(1);
  return rows.length > 0;
}

// The registry holds tens of providers, not thousands: the text search folds in memory with the same
// `foldForSearch` as everywhere else, so accents and case never matter, without a stored search column.
export async function selectProviders(tx: Executor, query: Partial<ProviderListQuery> = {}) {
  const conditions: SQL[] = [];
  if (query.kind) conditions.push(eq(providers.kind, query.kind));
  if (query.country) conditions.push(eq(providers.countryCode, query.country));
  if (query.active !== undefined) conditions.push(eq(providers.active, query.active));
  const rows = await tx
    .select()
    .from(providers)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(providers.code));
  if (!query.q) return rows;
  const needle = foldForSearch(query.q);
  return rows.filter((row) => foldForSearch(`${row.code} ${row.nameEn} ${row.nameFr}`).includes(needle));
}

export async function selectProvider(tx: Executor, id: string, forUpdate = false) {
  const q = tx.select().from(providers).where(eq(providers.id, id)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** Another provider with this code, case-insensitively. */
export async function findProviderByCode(tx: Executor, code: string, exceptId?: string) {
  const same = sql`lower(${providers.code}) = lower(${code})`;
  const [row] = await tx
    .select({ id: providers.id, code: providers.code })
    .from(providers)
    .where(exceptId ? and(same, sql`${providers.id} <> ${exceptId}`) : same)
    .limit(1);
  return row;
}

/** Providers by code (case-insensitive), in one query: the import resolves a whole file with it. */
export async function selectProvidersByCodes(tx: Executor, codes: string[]) {
  const lowered = [...new Set(codes.map((c) => c.toLowerCase()))];
  if (lowered.length === 0) return [];
  return tx
    .select({ id: providers.id, code: providers.code })
    .from(providers)
    .where(inArray(sql`lower(${providers.code})`, lowered));
}

export async function selectProvidersByIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: providers.id, code: providers.code })
    .from(providers)
    .where(inArray(providers.id, ids));
}

export async function insertProviderRow(tx: Executor, values: typeof providers.$inferInsert) {
  const [row] = await tx.insert(providers).values(values).returning();
  return row!;
}

export async function updateProviderRow(
  tx: Executor,
  id: string,
  values: Partial<typeof providers.$inferInsert>,
) {
  const [row] = await tx.update(providers).set(values).where(eq(providers.id, id)).returning();
  return row!;
}
