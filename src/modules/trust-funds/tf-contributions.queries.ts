import { type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client';
import { readySums } from './tf-contribution-sums';
import {
  and,
  type Conversion,
  documents,
  INCOMING,
  incomingConditions,
  parse,
  type ReportFilter,
  rateAt,
  statsOf,
  usesCte,
} from './tf-reports.queries';
import { moneySql, type TrustFundScope as Scope } from './trust-funds.access';

/**
 * The contributions report: pledged, committed, received and outstanding per donor × year, per donor,
 * per year and overall, exact in the reporting currency. Outstanding: per pledge, max(0, pledge − the
 * receipts linked to it dated up to the report's end), attributed to the pledge's year.
 *
 * Two ways to the same figures. Without a project or country filter, and with whole years (or no
 * dates), the report reads the kept sums (`tf-contribution-sums.ts`): one row per donor, fund, type
 * and year. Otherwise it reads the transactions themselves, which the project, country or date filter
 * narrows. A test runs both on the same money and compares every figure.
 */

/** `gParty` 0: one donor's line, 1: all donors'; likewise `gYear`. */
export type ContributionCell = Record<'party' | 'kind' | 'nameEn' | 'nameFr', string | null> & {
  year: number | null;
  gParty: number;
  gYear: number;
} & Record<'pledged' | 'committed' | 'received' | 'outstanding', string>;

export type ContributionPath = 'sums' | 'transactions';

const yearOf = (date: string | undefined, edge: 'start' | 'end') => {
  if (!date) return null;
  return date.slice(5) === (edge === 'start' ? '01-01' : '12-31') ? Number(date.slice(0, 4)) : undefined;
};

/** The path the filters allow: the kept sums need whole years and no project or country filter. */
export function contributionPath(f: ReportFilter): ContributionPath {
  const whole = yearOf(f.from, 'start') !== undefined && yearOf(f.to, 'end') !== undefined;
  return whole && !f.project && !f.country ? 'sums' : 'transactions';
}

const sumOf = (type: string) => sql`coalesce(sum(amount) filter (where type = ${type}), 0)`;

/** From `cells(party_id, year, type, amount)`: the lines, then the document with names, notes and sources. */
function linesAndDocument(c: Conversion, recorded: SQL) {
  return sql`lines as (
        select party_id, year, ${sumOf('incoming_pledge')} as pledged, ${sumOf('incoming_commitment')} as committed,
          ${sumOf('incoming_funds')} as received, ${sumOf('outstanding')} as outstanding,
          grouping(party_id) as g_party, grouping(year) as g_year
        from cells group by grouping sets ((party_id, year), (party_id), (year), ())),
      ${usesCte}
      select
        (select json_agg(json_build_object('party', l.party_id, 'year', l.year, 'gParty', l.g_party, 'gYear', l.g_year,
            'kind', o.kind, 'nameEn', coalesce(nullif(o.name_en, ''), p.name_en), 'nameFr', coalesce(nullif(o.name_fr, ''), p.name_fr),
            'pledged', l.pledged::text, 'committed', l.committed::text, 'received', l.received::text, 'outstanding', l.outstanding::text))
          from lines l left join organisations o on o.id = l.party_id left join partners p on p.id = o.partner_id)::text as cells,
        ${statsOf(c.base)} as rates, ${recorded} as recorded`;
}

export async function contributionCells(
  db: Database,
  scope: Scope,
  f: ReportFilter,
  c: Conversion,
  path: ContributionPath = contributionPath(f),
) {
  const result = path === 'sums' ? await fromSums(db, scope, f, c) : await fromTransactions(db, scope, f, c);
  return { ...result, cells: parse<ContributionCell[]>(result.cells, []) };
}

/** The report from the transactions: one pass over the incoming money, one over the pledges' receipts. */
function fromTransactions(db: Database, scope: Scope, f: ReportFilter, c: Conversion) {
  const r = rateAt(c, 'dr', 't.value_date');
  const pr = rateAt(c, 'pr', 'p.value_date');
  const lr = rateAt(c, 'lr', 'l.value_date');
  const year = sql`extract(year from t.value_date)::int`;
  const currencies = c.currency === c.base ? null : sql`${c.currency}::text`;
  const upTo = f.to ? sql`l.value_date <= ${f.to}::date` : sql`true`;
  // Receipts before the period still fulfil its pledges: their rates are read from the first.
  return documents(
    db,
    { currencies, c, clamp: { to: f.to } },
    (dayrates) => sql`with ${dayrates},
      scan as materialized (
        select t.party_id, t.type, ${year} as year, t.value_date, t.rate_source,
          sum(t.amount_base * ${r.rate}) as amount, grouping(t.party_id) as g_party, grouping(t.value_date) as g_date,
          grouping(t.rate_source) as g_source
        from tf_transactions t ${r.join}
        where ${and(incomingConditions(scope, f, 't', INCOMING))}
        group by grouping sets ((t.party_id, t.type, ${year}), (t.value_date), (t.rate_source))),
      pledges as materialized (
        select p.id, p.party_id, extract(year from p.value_date)::int as year, p.amount_base * ${pr.rate} as amount
        from tf_transactions p ${pr.join}
        where ${and(incomingConditions(scope, f, 'p', sql`('incoming_pledge')`))}),
      linked as (
        select l.pledge_id, sum(l.amount_base * ${lr.rate}) as amount, min(l.value_date) filter (where ${lr.rate} is null) as missing
        from tf_transactions l ${lr.join}
        where l.type = 'incoming_funds' and l.pledge_id in (select id from pledges) and ${upTo}
        group by l.pledge_id),
      cells as (
        select party_id, year, type, amount from scan where g_party = 0
        union all select p.party_id, p.year, 'outstanding', greatest(p.amount - coalesce(l.amount, 0), 0)
          from pledges p left join linked l on l.pledge_id = p.id),
      dates as (
        select ${c.currency}::text as currency, value_date from scan where g_date = 0
        union all select ${c.currency}::text, missing from linked where missing is not null),
      ${linesAndDocument(c, sql`(select json_agg(rate_source order by rate_source) from scan where g_source = 0)::text`)}`,
  );
}

/** The report from the kept sums: the years locked and filled first, then one row per cell read. */
function fromSums(db: Database, scope: Scope, f: ReportFilter, c: Conversion) {
  const span = { fromYear: yearOf(f.from, 'start') ?? null, toYear: yearOf(f.to, 'end') ?? null };
  const conditions = [
    sql`s.currency = ${c.currency} and s.max_age_days = ${c.maxAgeDays}`,
    // Every cell is incoming money (an outstanding cell is a pledge's): the donor's view as for a pledge.
    moneySql(scope, sql`s.party_id`, sql`'incoming_pledge'`),
  ];
  if (f.fund) conditions.push(sql`s.fund_id = ${f.fund}::uuid`);
  if (f.donor) conditions.push(sql`s.party_id = ${f.donor}::uuid`);
  const currencies = c.currency === c.base ? null : sql`${c.currency}::text`;
  let years = new Map<number, number>();
  const before = async (tx: Executor) => {
    years = await readySums(tx, c, span);
  };
  /** Per year, its money cells, and its outstanding cells up to the report's last year (or their last). */
  const cellsOf = () => {
    if (years.size === 0)
      return sql`select null::int as year, null::uuid as party_id, null::text as type, null::numeric as amount,
        null::bit(366) as days, null::text[] as recorded, null::date as first_missing where false`;
    const list = sql.raw([...years.keys()].join(','));
    const pairs = [...years].map(([year, last]) => `(${year},${Math.min(span.toYear ?? last, last)})`);
    return sql`select s.year, s.party_id, s.type, s.amount, s.days, s.recorded, s.first_missing from tf_contribution_cells s
        where ${and(conditions)} and s.year in (${list}) and s.type in ${INCOMING} and s.through = 0
      union all select s.year, s.party_id, s.type, s.amount, null, null, s.first_missing from tf_contribution_cells s
        where ${and(conditions)} and s.type = 'outstanding' and (s.year, s.through) in (${sql.raw(pairs.join(','))})`;
  };
  return documents(db, { currencies, c, clamp: { to: f.to }, before }, (dayrates) => {
    return sql`with ${dayrates},
      kept as materialized (${cellsOf()}),
      cells as (select party_id, year, type, amount from kept),
      dates as (
        select ${c.currency}::text as currency, make_date(d.year, 1, 1) + g.i as value_date
        from (select year, bit_or(days) as days from kept where type <> 'outstanding' group by year) d
        cross join generate_series(0, 365) as g(i) where get_bit(d.days, g.i) = 1
        union all select ${c.currency}::text, first_missing from kept where type = 'outstanding' and first_missing is not null),
      ${linesAndDocument(c, sql`(select json_agg(source order by source) from (select distinct unnest(recorded) as source from kept where type <> 'outstanding') x)::text`)}`;
  });
}
