import { sql } from 'drizzle-orm';
import { bigint, bit, date, integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/**
 * The contributions report's kept sums (decision 0008, performance §10.7). Without them the report reads
 * every incoming transaction of twenty years (395,000 rows in the benchmark) to convert each at its value
 * date's rate; with them it reads one row per (donor, fund, type, year) in the reporting currency.
 *
 * - `tf_money_years`: one row per calendar year that has incoming money. A write to `tf_transactions`
 *   or `exchange_rates` bumps the rows of the years it touches (row lock until its commit) and drops
 *   those years' cover (below); a report locks the rows of its years `FOR SHARE` before it reads or
 *   fills, so that no write can slip between the snapshot a fill reads and the cover it records.
 * - `tf_contribution_cover`: a (reporting currency, rate policy's days, year) whose cells are complete.
 *   The cells are filled for a year the first time a report needs it after a write (lazily, in the
 *   reader's transaction), so writes stay cheap whatever the number of currencies.
 * - `tf_contribution_cells`: per (currency, policy, year, donor, fund, type) the exact sum of
 *   `amount_base × rate` (numeric: a sum of exact products), the value dates used as a bit map of the
 *   year's days (so a report can say which rates it used, exactly as when it reads the transactions),
 *   and the rate sources recorded on the transactions. Type `outstanding` holds, for the pledges of
 *   the year, Σ max(0, pledge − the receipts linked to it up to the end of year `through`), with
 *   the earliest value date whose rate was missing.
 */
export const tfMoneyYears = pgTable('tf_money_years', {
  year: integer('year').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});

export const tfContributionCover = pgTable(
  'tf_contribution_cover',
  {
    currency: text('currency').notNull(),
    maxAgeDays: integer('max_age_days').notNull(),
    year: integer('year').notNull(),
    /** The last year of money when the year was filled: its `outstanding` cells go up to it. */
    throughMax: integer('through_max').notNull(),
  },
  (t) => [primaryKey({ name: 'tf_contribution_cover_pkey', columns: [t.currency, t.maxAgeDays, t.year] })],
);

export const tfContributionCells = pgTable(
  'tf_contribution_cells',
  {
    currency: text('currency').notNull(),
    maxAgeDays: integer('max_age_days').notNull(),
    year: integer('year').notNull(),
    partyId: uuid('party_id').notNull(),
    fundId: uuid('fund_id').notNull(),
    type: text('type').notNull(),
    /** 0 for money cells; for `outstanding`, the year up to which the linked receipts count. */
    through: integer('through').notNull().default(0),
    amount: numeric('amount').notNull(),
    days: bit('days', { dimensions: 366 }),
    recorded: text('recorded').array().notNull().default(sql`'{}'::text[]`),
    firstMissing: date('first_missing'),
  },
  (t) => [
    primaryKey({
      name: 'tf_contribution_cells_pkey',
      columns: [t.currency, t.maxAgeDays, t.year, t.type, t.through, t.partyId, t.fundId],
    }),
  ],
);
