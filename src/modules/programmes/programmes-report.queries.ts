import { type SQL, sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../../db/client';
import { type ProgrammeScope, programmeVisibleSql } from './programmes.access';

/**
 * The implementation reports, each in ONE statement: the facts (one row per selected activity, with
 * the partner's nominations to its iterations counted) are summed by area and year, by area, by year
 * and overall at once with `grouping sets`, and come back as one row of JSON with what the report is
 * about. Counts come from `nominations` whatever their erasure: an erased person still counts.
 */

export interface LineRow {
  /** `grouping(area, year)`: 0 area × year, 1 area (all years), 2 year (all areas), 3 the total. */
  level: 0 | 1 | 2 | 3;
  /** Null on the year and total lines, where it is summed over. */
  outside: boolean | null;
  areaId: string | null;
  areaCode: string | null;
  areaNameEn: string | null;
  areaNameFr: string | null;
  year: number | null;
  planned: number;
  nominated: number;
  accepted: number;
  attended: number;
}

export interface ProgrammeRefRow {
  id: string;
  lineageId: string;
  versionNo: number;
  titleEn: string;
  titleFr: string;
  status: string;
  startsOn: string;
  endsOn: string;
}

export interface PartnerRow {
  id: string;
  isoCode: string | null;
  nameEn: string;
  nameFr: string;
}

/**
 * The counts of the partner's nominations, over the rows joined as `n`; `counted` is `n.id` under an
 * outer join, `*` otherwise (so that an index holding the other columns can answer alone).
 */
const countsOf = (counted: 'n.id' | '*') =>
  sql.raw(`count(${counted}) filter (where n.status <> 'withdrawn') as nominated,
    count(${counted}) filter (where n.status = 'accepted') as accepted,
    count(${counted}) filter (where n.attendance = 'attended') as attended`);

/** The area a selected activity is reported under: its objective's, else its own first one. */
const reportedArea = sql.raw('coalesce(o.area_id, a.area_ids[1])');

/** Every line of the report, summed over the CTE `facts`, as a JSON array (see `LineRow`). */
const linesJson = sql.raw(`(select coalesce(json_agg(json_build_object('level', g.level, 'outside', g.outside,
      'areaId', g.area_id, 'areaCode', ar.code, 'areaNameEn', ar.name_en, 'areaNameFr', ar.name_fr,
      'year', g.year, 'planned', g.planned, 'nominated', g.nominated, 'accepted', g.accepted,
      'attended', g.attended)), '[]'::json)
    from (select grouping(f.area_id, f.year)::int as level, f.outside, f.area_id, f.year::int as year,
        coalesce(sum(f.planned), 0)::int as planned, coalesce(sum(f.nominated), 0)::int as nominated,
        coalesce(sum(f.accepted), 0)::int as accepted, coalesce(sum(f.attended), 0)::int as attended
      from facts f
      group by grouping sets ((f.outside, f.area_id, f.year), (f.outside, f.area_id), (f.year), ())) g
    left join areas ar on ar.id = g.area_id)`);

const programmeRefJson = (alias: string) =>
  sql.raw(`json_build_object('id', ${alias}.id, 'lineageId', ${alias}.lineage_id,
    'versionNo', ${alias}.version_no, 'titleEn', ${alias}.title_en, 'titleFr', ${alias}.title_fr,
    'status', ${alias}.status, 'startsOn', ${alias}.starts_on::text, 'endsOn', ${alias}.ends_on::text)`);

const partnerJson = (alias: string) =>
  sql.raw(`json_build_object('id', ${alias}.id, 'isoCode', ${alias}.iso_code, 'nameEn', ${alias}.name_en,
    'nameFr', ${alias}.name_fr)`);

export interface ProgrammeReportRow {
  /** Null when the caller may not see the version (or there is none). */
  programme: (ProgrammeRefRow & { partner: PartnerRow }) | null;
  lines: LineRow[];
}

/**
 * One version's report: its selected activities, the people planned for each, and the partner's
 * nominations to the iterations of each (whichever way they were made, as the coverage counts them).
 */
export async function selectProgrammeReport(
  tx: Executor,
  scope: ProgrammeScope,
  id: string,
): Promise<ProgrammeReportRow> {
  const [row] = await selectRows<ProgrammeReportRow>(
    tx,
    sql`with prog as (
      select p.id, p.lineage_id, p.version_no::int as version_no, p.partner_id, p.title_en, p.title_fr,
        p.status, p.starts_on, p.ends_on
      from programmes p where p.id = ${id}::uuid and ${programmeVisibleSql(scope)}
    ),
    sel as (
      select x.activity_id, a.year, ${reportedArea} as area_id, x.planned_participants as planned
      from prog
      join programme_activities x on x.programme_id = prog.id
      join activities a on a.id = x.activity_id
      left join programme_objectives o on o.programme_id = prog.id and o.key = x.objective_key
    ),
    facts as (
      select s.area_id, s.year, false as outside, s.planned, ${countsOf('n.id')}
      from sel s
      left join iterations i on i.activity_id = s.activity_id
      left join nominations n on n.iteration_id = i.id and n.partner_id = (select partner_id from prog)
      group by s.activity_id, s.area_id, s.year, s.planned
    )
    select (select ${programmeRefJson('prog')}::jsonb || jsonb_build_object('partner', ${partnerJson('pa')})
        from prog join partners pa on pa.id = prog.partner_id) as programme,
      ${linesJson} as lines`,
  );
  return row ?? { programme: null, lines: [] };
}

/** Who may read which partner's report: a liaison its own partner's only. */
function partnerVisibleSql(scope: ProgrammeScope): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'partner':
      return sql`pa.id = ${scope.partnerId}::uuid`;
    case 'none':
      return sql`false`;
  }
}

export interface PartnerReportRow {
  partner: PartnerRow | null;
  programmes: ProgrammeRefRow[];
  lines: LineRow[];
}

/**
 * A partner's report over menu years: the latest agreed, active or completed version of each of its
 * programmes (an activity several of them select counts once: its planned people summed, its area the
 * newest programme's), and every other nomination of the partner on an "outside programmes" line.
 */
export async function selectPartnerReport(
  tx: Executor,
  scope: ProgrammeScope,
  id: string,
  years: { from?: number; to?: number },
): Promise<PartnerReportRow> {
  const yearIn = sql.join(
    [
      sql`true`,
      ...(years.from === undefined ? [] : [sql`a.year >= ${years.from}`]),
      ...(years.to === undefined ? [] : [sql`a.year <= ${years.to}`]),
    ],
    sql` and `,
  );
  const periodIn = sql.join(
    [
      sql`true`,
      ...(years.from === undefined ? [] : [sql`p.ends_on >= ${`${years.from}-01-01`}::date`]),
      ...(years.to === undefined ? [] : [sql`p.starts_on <= ${`${years.to}-12-31`}::date`]),
    ],
    sql` and `,
  );
  const [row] = await selectRows<PartnerReportRow>(
    tx,
    sql`with pa as (
      select pa.id, pa.iso_code, pa.name_en, pa.name_fr from partners pa
      where pa.id = ${id}::uuid and ${partnerVisibleSql(scope)}
    ),
    versions as (
      select distinct on (p.lineage_id) p.id, p.lineage_id, p.version_no::int as version_no, p.title_en,
        p.title_fr, p.status, p.starts_on, p.ends_on
      from programmes p
      where p.partner_id = (select id from pa) and p.status in ('agreed', 'active', 'completed') and ${periodIn}
      order by p.lineage_id, p.version_no desc
    ),
    sel as (
      select x.activity_id, min(a.year) as year, sum(x.planned_participants) as planned,
        (array_agg(${reportedArea} order by v.starts_on desc, v.id))[1] as area_id
      from versions v
      join programme_activities x on x.programme_id = v.id
      join activities a on a.id = x.activity_id
      left join programme_objectives o on o.programme_id = v.id and o.key = x.objective_key
      where ${yearIn}
      group by x.activity_id
    ),
    noms as (
      -- Counted per iteration first (from the partner's index alone), then each counted iteration's
      -- activity reached by its key: joining the nominations to every iteration instead made the
      -- planner hash the whole table (docs/performance.md §9). \`offset 0\` keeps the probe a probe.
      select i.activity_id, sum(c.nominated)::int as nominated, sum(c.accepted)::int as accepted,
        sum(c.attended)::int as attended
      from (
        select n.iteration_id, ${countsOf('*')}
        from nominations n
        -- The id itself, not a sub-select, so the planner sees the partner's share of the table;
        -- nothing is read unless the caller may see the partner (a one-time filter).
        where n.partner_id = ${id}::uuid and exists (select 1 from pa)
        group by n.iteration_id
      ) c
      cross join lateral (select it.activity_id from iterations it where it.id = c.iteration_id offset 0) i
      group by i.activity_id
    ),
    facts as (
      select s.area_id, s.year, false as outside, s.planned, coalesce(m.nominated, 0) as nominated,
        coalesce(m.accepted, 0) as accepted, coalesce(m.attended, 0) as attended
      from sel s left join noms m on m.activity_id = s.activity_id
      union all
      select null::uuid, a.year, true, 0, m.nominated, m.accepted, m.attended
      from noms m join activities a on a.id = m.activity_id
      where ${yearIn} and m.nominated > 0
        and not exists (select 1 from sel s where s.activity_id = m.activity_id)
    )
    select (select ${partnerJson('pa')} from pa) as partner,
      (select coalesce(json_agg(${programmeRefJson('v')} order by v.starts_on, v.version_no, v.id), '[]'::json)
        from versions v) as programmes,
      ${linesJson} as lines`,
  );
  return row ?? { partner: null, programmes: [], lines: [] };
}
