import { sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../../db/client';
import { type Conversion, dayRatesCte, INCOMING, rateAt } from './tf-reports.queries';

/**
 * The contributions report's kept sums (`src/db/schema/trust-fund-sums.ts`): the years a report reads
 * are locked, and those not covered for its currency and rate policy are filled, in its transaction.
 *
 * Why the lock is enough: a write to the money or the rates updates the rows of the years it touches
 * in `tf_money_years` and drops their cover before it commits. `FOR SHARE` here waits for such a write
 * to commit, and then keeps the next one out until this transaction ends; every later statement of
 * this transaction (read committed) sees what the writes committed. Two reports filling the same
 * currency take turns on an advisory lock, the second finding the cover the first left.
 */
/** Years are integers of our own: written as a literal array. */
const intArray = (years: number[]) =>
  sql.raw(`array[${years.map((y) => String(Math.trunc(y))).join(',')}]::int[]`);

export type SumsSpan = { fromYear: number | null; toYear: number | null };

/**
 * Locks the span's years and fills those not covered; answers the years there are (none: no money),
 * each with the last year its `outstanding` cells go up to.
 */
export async function readySums(tx: Executor, c: Conversion, span: SumsSpan): Promise<Map<number, number>> {
  const rows = await selectRows<{ year: number }>(
    tx,
    sql`select year from tf_money_years
        where year >= coalesce(${span.fromYear}::int, year) and year <= coalesce(${span.toYear}::int, year)
        order by year for share`,
  );
  const years = rows.map((r) => r.year);
  if (years.length === 0) return new Map();
  let covered = await coverOf(tx, c, years);
  if (covered.size === years.length) return covered;
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`tf_contribution_cells:${c.currency}:${c.maxAgeDays}`}))`,
  );
  covered = await coverOf(tx, c, years);
  const missing = years.filter((year) => !covered.has(year));
  if (missing.length === 0) return covered;
  await fill(tx, c, missing);
  return coverOf(tx, c, years);
}

async function coverOf(tx: Executor, c: Conversion, years: number[]) {
  const covered = await selectRows<{ year: number; throughMax: number }>(
    tx,
    sql`select year, through_max as "throughMax" from tf_contribution_cover
        where currency = ${c.currency} and max_age_days = ${c.maxAgeDays} and year = any(${intArray(years)})`,
  );
  return new Map(covered.map((r) => [r.year, r.throughMax]));
}

/**
 * Computes the cells of `years` for the reporting currency: per (year, donor, fund, type) the exact sum
 * of the converted amounts, the value dates (a bit per day of the year) and the recorded rate sources;
 * and, per (pledge year, donor, fund), what the pledges still lack after the receipts linked to them up
 * to the end of each year from the pledge's to the last year of money (`through`).
 */
async function fill(tx: Executor, c: Conversion, years: number[]) {
  const [last] = await selectRows<{ year: number }>(tx, sql`select max(year) as year from tf_money_years`);
  const throughMax = last?.year ?? years[years.length - 1]!;
  const key = sql`currency = ${c.currency} and max_age_days = ${c.maxAgeDays}`;
  await tx.execute(sql`delete from tf_contribution_cells where ${key} and year = any(${intArray(years)})`);
  const currencies = c.currency === c.base ? null : sql`${c.currency}::text`;
  const dayrates = await dayRatesCte(tx, currencies, c);
  const inYears = (alias: string) =>
    sql`extract(year from ${sql.raw(alias)}.value_date)::int = any(${intArray(years)})
      and ${sql.raw(alias)}.value_date >= make_date(${years[0]}::int, 1, 1)
      and ${sql.raw(alias)}.value_date < make_date(${years[years.length - 1]! + 1}::int, 1, 1)`;
  const t = rateAt(c, 'dr', 't.value_date');
  await tx.execute(sql`with ${dayrates},
      money as (
        select t.party_id, t.fund_id, t.type, extract(year from t.value_date)::int as year, t.value_date, t.rate_source,
          t.amount_base * ${t.rate} as amount
        from tf_transactions t ${t.join}
        where t.type in ${INCOMING} and ${inYears('t')})
    insert into tf_contribution_cells (currency, max_age_days, year, party_id, fund_id, type, through, amount, days, recorded, first_missing)
    select ${c.currency}, ${c.maxAgeDays}, year, party_id, fund_id, type, 0, coalesce(sum(amount), 0),
      bit_or(B'1'::bit(366) >> (extract(doy from value_date)::int - 1)),
      array_agg(distinct rate_source order by rate_source), min(value_date) filter (where amount is null)
    from money group by year, party_id, fund_id, type`);
  const p = rateAt(c, 'pr', 'p.value_date');
  const r = rateAt(c, 'rr', 'r.value_date');
  await tx.execute(sql`with ${dayrates},
      pledges as materialized (
        select p.id, p.party_id, p.fund_id, extract(year from p.value_date)::int as year, p.value_date,
          p.amount_base * ${p.rate} as amount
        from tf_transactions p ${p.join}
        where p.type = 'incoming_pledge' and ${inYears('p')}),
      receipts as (
        select r.pledge_id, extract(year from r.value_date)::int as year, sum(r.amount_base * ${r.rate}) as amount,
          min(r.value_date) filter (where ${r.rate} is null) as missing
        from tf_transactions r ${r.join}
        where r.type = 'incoming_funds' and r.pledge_id in (select id from pledges)
        group by r.pledge_id, extract(year from r.value_date)::int),
      throughs as (
        select p.id, g.through from pledges p cross join generate_series(p.year, greatest(p.year, ${throughMax}::int)) as g(through)),
      per_pledge as (
        select th.id, th.through, coalesce(sum(r.amount), 0) as received, min(r.missing) as missing
        from throughs th left join receipts r on r.pledge_id = th.id and r.year <= th.through
        group by th.id, th.through)
    insert into tf_contribution_cells (currency, max_age_days, year, party_id, fund_id, type, through, amount, first_missing)
    select ${c.currency}, ${c.maxAgeDays}, p.year, p.party_id, p.fund_id, 'outstanding', x.through,
      sum(greatest(p.amount - x.received, 0)), least(min(x.missing), min(p.value_date) filter (where p.amount is null))
    from per_pledge x join pledges p on p.id = x.id
    group by p.year, p.party_id, p.fund_id, x.through`);
  await tx.execute(sql`insert into tf_contribution_cover (currency, max_age_days, year, through_max)
      select ${c.currency}, ${c.maxAgeDays}, y, ${throughMax}::int from unnest(${intArray(years)}) as y
      on conflict (currency, max_age_days, year) do update set through_max = excluded.through_max`);
}
