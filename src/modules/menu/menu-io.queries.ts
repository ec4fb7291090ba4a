import { and, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { activities } from '../../db/schema';

/** Which of these codes are already taken in these years, in one query: `year|lower(code)` keys. */
export async function selectTakenCodes(tx: Executor, years: number[], codes: string[]): Promise<Set<string>> {
  const lowered = [...new Set(codes.map((c) => c.toLowerCase()))];
  if (years.length === 0 || lowered.length === 0) return new Set();
  const rows = await tx
    .select({ year: activities.year, code: activities.code })
    .from(activities)
    .where(
      and(inArray(activities.year, [...new Set(years)]), inArray(sql`lower(${activities.code})`, lowered)),
    );
  return new Set(rows.map((row) => `${row.year}|${row.code.toLowerCase()}`));
}
