import { type SQL, sql } from 'drizzle-orm';
import { type Database, type Executor, selectRows } from '../../db/client';
import { moneySql, releasedSql, type TrustFundScope as Scope } from './trust-funds.access';

/**
 * The SQL of the trust-fund reports: each money report is one statement that aggregates in the database.
 * `dayrates` holds, per currency converted into, every calendar day with the rate the policy gives it
 * (one short index probe per day: ~7,300 rows for 20 years, whatever the number of transactions); `scan`
 * is one pass over the transactions, hash-joined to it on the value date, summing the exact products
 * `amount_base × rate` per report cell and, in the same pass (grouping sets), listing the distinct value
 * dates (joined to their rates afterwards, once each) and the recorded rate sources. The statement answers
 * JSON documents with numerics as text: the app's work is per cell and per currency, never per
 * transaction. Sums and products of `numeric` are exact; the app rounds (half to even), at the end.
 */

export type ReportFilter = { fund?: string; project?: string; donor?: string; country?: string } & Period;
type Period = { from?: string; to?: string };
/** The base currency, the reporting currency and the rate policy's days. */
export type Conversion = { base: string; currency: string; maxAgeDays: number };

/** How one currency's rates were used: the notes' figures, and the first value date without a rate. */
export type CurrencyUse = { currency: string; valueDates: number; fallbacks: number; sources: string[] } & {
  firstMissing: string | null;
  firstRateDate: string | null;
  lastRateDate: string | null;
};

type Strings<K extends string> = Record<K, string>;
export const INCOMING = sql`('incoming_pledge', 'incoming_commitment', 'incoming_funds')`;
export const and = (conditions: SQL[]) => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);
export const parse = <T>(text: string | null, empty: T): T => (text ? (JSON.parse(text) as T) : empty);
const released = (scope: Scope, alias: string) =>
  releasedSql(scope, {
    releasability: sql.raw(`${alias}.releasability`),
    releasableTo: sql.raw(`${alias}.releasable_to`),
  });
const periodOf = (start: string, end: string, f: Period) => [
  ...(f.from ? [sql`${sql.raw(end)} >= ${f.from}::date`] : []),
  ...(f.to ? [sql`${sql.raw(start)} <= ${f.to}::date`] : []),
];

/** The projects (and their phases) a project or country filter names, as far as the caller may see them. */
function filteredProjects(scope: Scope, f: ReportFilter): SQL | null {
  if (!f.project && !f.country) return null;
  const conditions = [released(scope, 'pf')];
  if (f.project) conditions.push(sql`(pf.id = ${f.project}::uuid or pf.parent_id = ${f.project}::uuid)`);
  if (f.country) conditions.push(sql`pf.beneficiary_country = ${f.country}`);
  return sql`select pf.id from tf_projects pf where ${and(conditions)}`;
}

/** The projects (alias `tp`) of the spending and results reports: visible, and as the filters say. */
function projectConditions(scope: Scope, f: ReportFilter): SQL[] {
  const conditions = [released(scope, 'tp')];
  if (f.fund) conditions.push(sql`tp.fund_id = ${f.fund}::uuid`);
  if (f.project) conditions.push(sql`(tp.id = ${f.project}::uuid or tp.parent_id = ${f.project}::uuid)`);
  if (f.country) conditions.push(sql`tp.beneficiary_country = ${f.country}`);
  if (f.donor) conditions.push(sql`tp.id in ${fundedBy(f.donor)}`);
  return conditions;
}

/** Projects a donor funds: it is a lead nation, or one of its pledges, commitments or payments names the project. */
const fundedBy = (donor: string) =>
  sql`(select d.project_id from tf_transactions d where d.party_id = ${donor}::uuid and d.type in ${INCOMING} and d.project_id is not null
       union select ln.project_id from tf_project_lead_nations ln where ln.organisation_id = ${donor}::uuid)`;

/** The conditions on a transaction alias (`t` …) common to the money reports: fund, projects, value dates. */
function moneyConditions(scope: Scope, f: ReportFilter, alias = 't'): SQL[] {
  const t = (column: string) => sql.raw(`${alias}.${column}`);
  const conditions = [moneySql(scope, t('party_id'), t('type'))];
  if (f.fund) conditions.push(sql`${t('fund_id')} = ${f.fund}::uuid`);
  conditions.push(...periodOf(`${alias}.value_date`, `${alias}.value_date`, f));
  const projects = filteredProjects(scope, f);
  if (projects) conditions.push(sql`${t('project_id')} in (${projects})`);
  return conditions;
}

/** The contributions report's conditions on an alias: incoming money of the donors asked for. */
export function incomingConditions(scope: Scope, f: ReportFilter, alias: string, types: SQL): SQL[] {
  const conditions = [sql`${sql.raw(alias)}.type in ${types}`, ...moneyConditions(scope, f, alias)];
  if (f.donor) conditions.push(sql`${sql.raw(alias)}.party_id = ${f.donor}::uuid`);
  return conditions;
}

const noRates = sql`dayrates as (select null::text as currency, null::date as day, null::numeric as rate, null::date as rate_date, null::text as source where false)`;

/**
 * `dayrates(currency, day, rate, rate_date, source)` for the currencies `currencies` (a subquery of
 * codes) under the policy: every day from the currency's first rate (or `from − maxAgeDays`, so a
 * weekend start finds Friday) to its last + `maxAgeDays` (or `to`), with the latest rate of at most
 * `maxAgeDays` before, when there is one. The day counts are read first and written as constants, so
 * that the planner knows the table's size (a few thousand rows: hashed, never looped over).
 */
export async function dayRatesCte(
  tx: Executor,
  currencies: SQL | null,
  c: Conversion,
  clamp: ReportFilter = {},
) {
  if (!currencies) return noRates;
  const lo = clamp.from ? sql`${clamp.from}::date - ${c.maxAgeDays}::int` : sql`null::date`;
  const hi = clamp.to ? sql`${clamp.to}::date` : sql`null::date`;
  const spans = await selectRows<{ currency: string; lo: string; days: number }>(
    tx,
    sql`select currency, lo::text as lo, (hi - lo)::int as days from (
          select e.currency, greatest(min(e.rate_date), ${lo}) as lo, least(max(e.rate_date) + ${c.maxAgeDays}::int, ${hi}) as hi
          from exchange_rates e where e.currency in (${currencies}) group by e.currency) b
        where hi >= lo order by currency`,
  );
  if (spans.length === 0) return noRates;
  const days = spans.map((span) => daysOf(span, c.maxAgeDays));
  return sql`dayrates as materialized (${sql.join(days, sql` union all `)})`;
}

/**
 * One currency's days from `lo`, each with the latest rate of at most `maxAgeDays` before (or none):
 * the days joined to the rates of the same day, the latest rate date carried forward in one ordered
 * pass (a window), then its rate read back — two hash joins, not a probe per day.
 */
function daysOf(span: { currency: string; lo: string; days: number }, maxAgeDays: number) {
  return sql`select ${span.currency}::text as currency, d.day, r.rate, r.rate_date, r.source
      from (select g.day, max(e.rate_date) over (order by g.day) as latest
        from (select ${span.lo}::date + i as day from generate_series(0, ${sql.raw(String(span.days))}) as i) g
        left join exchange_rates e on e.currency = ${span.currency} and e.rate_date = g.day) d
      left join exchange_rates r on r.currency = ${span.currency} and r.rate_date = d.latest
        and d.day - d.latest <= ${maxAgeDays}::int`;
}

/** The reporting currency's rate (a `dayrates` alias) on a date column, 1 for the base. */
export function rateAt(c: Conversion, alias: string, date: string) {
  if (c.currency === c.base) return { join: sql``, rate: sql`1::numeric` };
  const [a, d] = [sql.raw(alias), sql.raw(date)];
  return {
    join: sql`left join dayrates ${a} on ${a}.currency = ${c.currency} and ${a}.day = ${d}`,
    rate: sql`${a}.rate`,
  };
}

/**
 * `uses(currency, value_date, rate_date, source, missing)`: each distinct (currency, value date)
 * converted, from `dates(currency, value_date)`, with the rate the policy gave it (none: missing).
 * Joined once per distinct date here rather than aggregated per transaction in the scan.
 */
export const usesCte = sql`uses as (
    select d.currency, d.value_date, r.rate_date, r.source, r.rate is null as missing
    from (select distinct currency, value_date from dates) d
    left join dayrates r on r.currency = d.currency and r.day = d.value_date)`;

/** Per currency, from `uses(currency, value_date, rate_date, source, missing)`: the notes' figures. */
export function statsOf(base: string): SQL {
  return sql`(select json_agg(json_build_object('currency', s.currency, 'valueDates', s.n, 'fallbacks', s.fb,
        'firstMissing', s.fm, 'firstRateDate', s.frd, 'lastRateDate', s.lrd, 'sources', s.src) order by s.currency)
      from (select currency, count(distinct value_date)::int as n,
              count(distinct value_date) filter (where not missing and rate_date < value_date)::int as fb,
              (min(value_date) filter (where missing))::text as fm,
              (min(rate_date) filter (where not missing))::text as frd, (max(rate_date) filter (where not missing))::text as lrd,
              coalesce(json_agg(distinct source) filter (where source is not null and not missing), '[]'::json) as src
            from uses where currency <> ${base} group by currency) s)::text`;
}

const recordedSources = sql`(select json_agg(rate_source order by rate_source) from scan where g_source = 0)::text`;

export type Documents = Record<'cells' | 'rates' | 'recorded' | 'extra', string | null>;

/**
 * Runs a report's statement in a transaction of its own, with settings for it alone: the memory to
 * hash its grouping sets in one pass (the planner over-estimates the groups of a year and would sort
 * 400,000 rows otherwise); hash joins rather than nested loops over its CTEs (whose sizes the planner
 * cannot know: a few rows guessed, 15,000 pledges found); no JIT compilation (tens of milliseconds of
 * compiling for one statement).
 */
export async function documents(
  db: Database,
  rates: { currencies: SQL | null; c: Conversion; clamp?: ReportFilter } & {
    /** Work before the rates are read, in the report's transaction (the kept sums' locks and fill). */
    before?: (tx: Executor) => Promise<void>;
  },
  query: (dayrates: SQL) => SQL,
) {
  const [row] = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local enable_nestloop = off`);
    await rates.before?.(tx);
    const dayrates = await dayRatesCte(tx, rates.currencies, rates.c, rates.clamp);
    return selectRows<Documents>(tx, query(dayrates));
  });
  return {
    rates: parse<CurrencyUse[]>(row?.rates ?? null, []),
    recorded: parse<string[]>(row?.recorded ?? null, []),
    cells: row?.cells ?? null,
    extra: row?.extra ?? null,
  };
}

// Balances -----------------------------------------------------------------------------------------

export type BalanceCell = Strings<'id' | 'code' | 'nameEn' | 'nameFr' | 'currency'> &
  Strings<'received' | 'disbursed' | 'receivedOwn' | 'disbursedOwn'>;

/** Per fund: received (incoming funds) and disbursed, exact, in the reporting currency and the fund's own. */
export async function balanceCells(tx: Database, scope: Scope, f: ReportFilter, c: Conversion) {
  const r = rateAt(c, 'dr', 't.value_date');
  const funds = [released(scope, 'fu')];
  if (f.fund) funds.push(sql`fu.id = ${f.fund}::uuid`);
  const projects = filteredProjects(scope, f);
  if (projects)
    funds.push(sql`fu.id in (select p2.fund_id from tf_projects p2 where p2.id in (${projects}))`);
  if (f.donor)
    funds.push(
      sql`fu.id in (select d.fund_id from tf_transactions d where d.party_id = ${f.donor}::uuid and d.type in ${INCOMING})`,
    );
  const conditions = [
    sql`t.type in ('incoming_funds', 'disbursement')`,
    sql`t.fund_id in (select id from funds)`,
    ...moneyConditions(scope, f),
  ];
  const currencies = sql`select ${c.currency}::text union select fu.currency from trust_funds fu`;
  const own = sql`case when fc.currency = ${c.base} then 1 else fr.rate end`;
  const sumOf = (column: string, type: string) =>
    sql`coalesce(sum(${sql.raw(column)}) filter (where s.type = ${type}), 0)::text`;
  const result = await documents(
    tx,
    { currencies, c, clamp: f },
    (dayrates) => sql`with ${dayrates},
      funds as (select fu.id from trust_funds fu where ${and(funds)}),
      scan as materialized (
        select t.fund_id, t.type, t.value_date, fc.currency, t.rate_source,
          sum(t.amount_base * ${r.rate}) as amount, sum(t.amount_base * ${own}) as own,
          grouping(t.fund_id) as g_fund, grouping(fc.currency) as g_currency, grouping(t.value_date) as g_date,
          grouping(t.rate_source) as g_source
        from tf_transactions t join trust_funds fc on fc.id = t.fund_id ${r.join}
        left join dayrates fr on fr.currency = fc.currency and fr.day = t.value_date
        where ${and(conditions)}
        group by grouping sets ((t.fund_id, t.type), (t.value_date), (fc.currency, t.value_date), (t.rate_source))),
      dates as (
        select ${c.currency}::text as currency, value_date from scan where g_date = 0 and g_currency = 1
        union all select currency, value_date from scan where g_currency = 0),
      ${usesCte}
      select
        (select json_agg(json_build_object('id', fu.id, 'code', fu.code, 'nameEn', fu.name_en, 'nameFr', fu.name_fr,
            'currency', fu.currency, 'received', x.received, 'disbursed', x.disbursed, 'receivedOwn', x.received_own,
            'disbursedOwn', x.disbursed_own) order by lower(fu.code))
          from funds join trust_funds fu on fu.id = funds.id
          cross join lateral (select ${sumOf('amount', 'incoming_funds')} as received, ${sumOf('amount', 'disbursement')} as disbursed,
              ${sumOf('own', 'incoming_funds')} as received_own, ${sumOf('own', 'disbursement')} as disbursed_own
            from scan s where s.g_fund = 0 and s.fund_id = fu.id) x)::text as cells,
        ${statsOf(c.base)} as rates, ${recordedSources} as recorded`,
  );
  return { ...result, cells: parse<BalanceCell[]>(result.cells, []) };
}

// Spending -----------------------------------------------------------------------------------------

export type SpendingCell = Strings<
  'id' | 'code' | 'titleEn' | 'titleFr' | 'country' | 'fundId' | 'fundCode'
> &
  Strings<'disbursed' | 'spent'> & { parentId: string | null };

/** A budget with its currency's rate and the reporting currency's (null when the policy finds none). */
export type BudgetCell = Strings<'projectId' | 'amount' | 'currency' | 'valueDate'> &
  Record<'rate' | 'reportingRate', string | null>;

/** The projects with disbursed and spent (exact, reporting currency), and each period's budget to convert. */
export async function spendingCells(tx: Database, scope: Scope, f: ReportFilter, c: Conversion) {
  const r = rateAt(c, 'dr', 't.value_date');
  const conditions = [
    sql`t.type in ('disbursement', 'expenditure') and t.project_id in (select id from projects)`,
    ...periodOf('t.value_date', 't.value_date', f),
  ];
  const budgetPeriod = [
    sql`b.project_id in (select id from projects)`,
    ...periodOf('b.period_start', 'b.period_end', f),
  ];
  const reportingOnBudget = rateAt(c, 'rr', 'b.value_date');
  const projects = and(projectConditions(scope, f));
  // Every budget currency (a few): the day tables of those no budget of the report uses are not read.
  const currencies = sql`select ${c.currency}::text union select b.currency from tf_budgets b`;
  const result = await documents(
    tx,
    { currencies, c },
    (dayrates) => sql`with projects as (select tp.id from tf_projects tp where ${projects}),
      ${dayrates},
      scan as materialized (
        select t.project_id, t.type, t.value_date, t.rate_source, sum(t.amount_base * ${r.rate}) as amount,
          grouping(t.project_id) as g_project, grouping(t.value_date) as g_date, grouping(t.rate_source) as g_source
        from tf_transactions t ${r.join}
        where ${and(conditions)}
        group by grouping sets ((t.project_id, t.type), (t.value_date), (t.rate_source))),
      budgets as materialized (
        select distinct on (b.project_id, b.period_start) b.project_id, b.amount, b.currency, b.value_date,
          case when b.currency = ${c.base} then 1 else br.rate end as rate, ${reportingOnBudget.rate} as r_rate
        from tf_budgets b left join dayrates br on br.currency = b.currency and br.day = b.value_date ${reportingOnBudget.join}
        where ${and(budgetPeriod)}
        order by b.project_id, b.period_start, (b.kind = 'revised') desc),
      dates as (
        select ${c.currency}::text as currency, value_date from scan where g_date = 0
        union all select ${c.currency}::text, value_date from budgets
        union all select currency, value_date from budgets),
      ${usesCte}
      select
        (select json_agg(json_build_object('id', tp.id, 'code', tp.code, 'titleEn', tp.title_en, 'titleFr', tp.title_fr,
            'parentId', tp.parent_id, 'country', tp.beneficiary_country, 'fundId', fu.id, 'fundCode', fu.code,
            'disbursed', coalesce(x.disbursed, 0)::text, 'spent', coalesce(x.spent, 0)::text)
            order by lower(fu.code), lower(coalesce(pp.code, tp.code)), tp.parent_id nulls first, lower(tp.code))
          from projects join tf_projects tp on tp.id = projects.id join trust_funds fu on fu.id = tp.fund_id
          left join tf_projects pp on pp.id = tp.parent_id
          left join (select project_id, sum(amount) filter (where type = 'disbursement') as disbursed,
              sum(amount) filter (where type = 'expenditure') as spent
            from scan where g_project = 0 group by project_id) x on x.project_id = tp.id)::text as cells,
        (select json_agg(json_build_object('projectId', project_id, 'amount', amount::text, 'currency', currency,
            'valueDate', value_date::text, 'rate', rate::text, 'reportingRate', r_rate::text)) from budgets)::text as extra,
        ${statsOf(c.base)} as rates, ${recordedSources} as recorded`,
  );
  const budgets = parse<BudgetCell[]>(result.extra, []);
  return { ...result, cells: parse<SpendingCell[]>(result.cells, []), budgets };
}

// Results ------------------------------------------------------------------------------------------

export type IndicatorPeriod = Strings<'periodStart' | 'periodEnd'> &
  Record<'target' | 'actual', string | null>;
export type IndicatorRow = Strings<'id' | 'resultType' | 'titleEn' | 'titleFr' | 'unit' | 'country'> &
  Strings<'projectId' | 'projectCode' | 'projectTitleEn' | 'projectTitleFr'> & { ascending: boolean } & {
    baselineValue: string | null;
    baselineYear: number | null;
    periods: IndicatorPeriod[];
  };

/** The indicators of the projects the caller may see, with their periods (overlapping the filter's dates). */
export async function indicatorRows(tx: Executor, scope: Scope, f: ReportFilter): Promise<IndicatorRow[]> {
  const periods = [sql`ip.indicator_id = i.id`, ...periodOf('ip.period_start', 'ip.period_end', f)];
  const rows = await selectRows<Omit<IndicatorRow, 'periods'> & { periods: string | null }>(
    tx,
    sql`select tp.id as "projectId", tp.code as "projectCode", tp.title_en as "projectTitleEn", tp.title_fr as "projectTitleFr",
          tp.beneficiary_country as country, i.id, i.result_type as "resultType", i.title_en as "titleEn",
          i.title_fr as "titleFr", i.unit, i.ascending, i.baseline_value::text as "baselineValue",
          i.baseline_year::int as "baselineYear",
          (select json_agg(json_build_object('periodStart', ip.period_start::text, 'periodEnd', ip.period_end::text,
              'target', ip.target::text, 'actual', ip.actual::text) order by ip.period_start)
            from tf_indicator_periods ip where ${and(periods)})::text as periods
        from tf_indicators i join tf_projects tp on tp.id = i.project_id join trust_funds fu on fu.id = tp.fund_id
        where ${and(projectConditions(scope, f))}
        order by lower(fu.code), lower(tp.code), i.position, i.id`,
  );
  return rows.map((row) => ({ ...row, periods: parse<IndicatorPeriod[]>(row.periods, []) }));
}
