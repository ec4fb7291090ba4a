import { type SQL, sql } from 'drizzle-orm';
import { foldForSearch } from '../../core/bilingual';
import { type Executor, selectRows } from '../../db/client';
import type { Locale } from '../../shared/enums';
import { activityVisibleSql, iterationVisibleSql, type MenuScope, textArray } from './menu.access';
import type { MenuFilter, MenuListQuery } from './menu.schemas';

/**
 * The menu's search: one statement for a page of activities with their total, one for the facet
 * counts. Filters on activities narrow `a`; filters on iterations (dates, place, online, open now) keep
 * an activity when one of its visible iterations matches them all.
 */

/** `secur cyber` → `secur:* & cyber:*`, folded, letters and digits only: never a syntax error. */
export function prefixQuery(q: string): string | null {
  const tokens = foldForSearch(q)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 12);
  return tokens.length > 0 ? tokens.map((t) => `${t}:*`).join(' & ') : null;
}

export interface SearchContext {
  scope: MenuScope;
  filter: MenuFilter;
  /** The menu year; null searches every year (the calendar and the feeds). */
  year: number | null;
  today: string;
  /** The partner the eligibility filter applies to, with its frameworks. */
  eligible: { partnerId: string; frameworkIds: string[] } | null;
}

type IterationFilterKey = 'country' | 'other';

/** The iteration conditions of the filter; `without` leaves one out (for its own facet). */
function iterationConditions(c: SearchContext, without?: IterationFilterKey): SQL[] {
  const f = c.filter;
  const conditions: SQL[] = [];
  if (without !== 'country' && f.country?.length)
    conditions.push(sql`i.country_code = any(${textArray(f.country)})`);
  if (f.online !== undefined) conditions.push(sql`i.online = ${f.online}`);
  if (f.from) conditions.push(sql`i.ends_on >= ${f.from}::date`);
  if (f.to) conditions.push(sql`i.starts_on <= ${f.to}::date`);
  if (f.openNow) {
    conditions.push(
      sql`i.status = 'open' and (i.nomination_deadline is null or i.nomination_deadline >= ${c.today}::date)`,
    );
  }
  return conditions;
}

const and = (parts: SQL[]): SQL => (parts.length === 0 ? sql`true` : sql.join(parts, sql` and `));

/**
 * The first start and the countries of the iterations the caller sees, as kept on the activity row
 * (migration 0002): all of them for the staff and for a provider's own activities, the published ones
 * otherwise — as `iterationVisibleSql` decides.
 */
function scheduleSql(scope: MenuScope): { firstStart: SQL; countries: SQL } {
  if (scope.kind === 'all') return { firstStart: sql`a.first_start_on`, countries: sql`a.country_codes` };
  if (scope.kind === 'published' && scope.ownProviderId) {
    const own = sql`a.provider_id = ${scope.ownProviderId}::uuid`;
    return {
      firstStart: sql`case when ${own} then a.first_start_on else a.published_first_start_on end`,
      countries: sql`case when ${own} then a.country_codes else a.published_country_codes end`,
    };
  }
  return { firstStart: sql`a.published_first_start_on`, countries: sql`a.published_country_codes` };
}

/** Whether a filter applies to iterations other than by country (the activity row's summary is not enough). */
const filtersIterations = (c: SearchContext) => iterationConditions(c, 'country').length > 0;

function matchingIterationSql(c: SearchContext, without?: IterationFilterKey): SQL {
  const conditions = iterationConditions(c, without);
  if (conditions.length === 0) return sql`true`;
  // By country alone: the countries kept on the activity answer it.
  if (!filtersIterations(c) && c.filter.country?.length) {
    return sql`(${scheduleSql(c.scope).countries}) && ${textArray(c.filter.country)}`;
  }
  return sql`exists (select 1 from iterations i where i.activity_id = a.id and ${iterationVisibleSql(c.scope)} and ${and(conditions)})`;
}

function textQuerySql(c: SearchContext): { match: SQL; rank: SQL } | null {
  const tsq = c.filter.q ? prefixQuery(c.filter.q) : null;
  if (!tsq) return null;
  // The code is in the vector too, split at its dots and dashes (see menu-write.ts#activityColumns),
  // so one GIN-indexed match covers codes, titles and descriptions.
  const query = sql`(to_tsquery('english', ${tsq}) || to_tsquery('french', ${tsq}))`;
  return { match: sql`a.search_vector @@ ${query}`, rank: sql`ts_rank(a.search_vector, ${query})` };
}

/** The conditions every facet shares, and one flag per filter so each facet can leave its own out. */
function baseSql(c: SearchContext) {
  const f = c.filter;
  const where: SQL[] = [activityVisibleSql(c.scope)];
  if (c.year !== null) where.push(sql`a.year = ${c.year}`);
  const text = textQuerySql(c);
  if (text) where.push(text.match);
  // "Eligible for" means what that partner may apply to: open to it, and released to it.
  if (c.eligible) {
    where.push(
      activityVisibleSql({
        kind: 'partner',
        partnerId: c.eligible.partnerId,
        frameworkIds: c.eligible.frameworkIds,
      }),
    );
  }
  const flags = {
    // The codes become ids once (an init plan); each activity's own `area_ids` does the rest.
    area: f.area?.length
      ? sql`a.area_ids && array(select ar.id from areas ar where ar.code = any(${textArray(f.area)}))`
      : sql`true`,
    kind: f.kind?.length ? sql`a.kind = any(${textArray(f.kind)})` : sql`true`,
    provider: f.provider?.length
      ? sql`a.provider_id = any(array(select p.id from providers p where p.code = any(${textArray(f.provider)})))`
      : sql`true`,
    language: f.language?.length ? sql`a.languages && ${textArray(f.language)}` : sql`true`,
    status: f.status?.length ? sql`a.status = any(${textArray(f.status)})` : sql`true`,
    iteration: matchingIterationSql(c),
    iterationNoCountry: f.country?.length ? matchingIterationSql(c, 'country') : sql`true`,
  };
  return { where: and(where), flags };
}

type Flag = 'area' | 'kind' | 'provider' | 'language' | 'status' | 'iteration';
const flagNames: Flag[] = ['area', 'kind', 'provider', 'language', 'status', 'iteration'];
const allBut = (except?: Flag | 'country') =>
  sql.raw(
    flagNames
      .filter((n) => n !== except && !(except === 'country' && n === 'iteration'))
      .map((n) => `b.m_${n}`)
      .concat(except === 'country' ? ['b.m_iteration_nc'] : [])
      .join(' and '),
  );

/**
 * Every activity of the search with one flag per filter, and what sorting needs, so that the page
 * and the facets read it without going back to `activities`.
 */
function baseCte(c: SearchContext): SQL {
  const { where, flags } = baseSql(c);
  const schedule = scheduleSql(c.scope);
  return sql`base as (
    select a.id, a.kind, a.provider_id, a.languages, a.status, a.area_ids, a.code, a.sort_key_en,
      a.sort_key_fr, a.updated_at, ${schedule.firstStart} as first_start_on, ${schedule.countries} as countries,
      ${flags.area} as m_area, ${flags.kind} as m_kind, ${flags.provider} as m_provider,
      ${flags.language} as m_language, ${flags.status} as m_status,
      ${flags.iteration} as m_iteration, ${flags.iterationNoCountry} as m_iteration_nc
    from activities a
    where ${where})`;
}

export interface ActivityRow {
  id: string;
  year: number;
  code: string;
  kind: string;
  titleEn: string;
  titleFr: string;
  status: string;
  eligibility: string;
  releasability: string;
  languages: string[];
  providerId: string;
  providerCode: string;
  providerNameEn: string;
  providerNameFr: string;
  areas: { id: string; code: string; nameEn: string; nameFr: string }[];
  iterations: IterationJson[];
  total: number;
}

export interface IterationJson {
  id: string;
  activityId: string;
  startsOn: string | null;
  endsOn: string | null;
  online: boolean;
  city: string;
  countryCode: string | null;
  seats: number;
  nominationDeadline: string | null;
  partnerSeatLimit: number | null;
  seatsReleasedAt: string | Date | null;
  status: string;
  sequence: number;
  version: number;
  updatedAt: string;
}

export const iterationJsonSql = sql.raw(`json_build_object('id', i.id, 'activityId', i.activity_id,
  'startsOn', i.starts_on, 'endsOn', i.ends_on, 'online', i.online, 'city', i.city,
  'countryCode', i.country_code, 'seats', i.seats, 'nominationDeadline', i.nomination_deadline,
  'partnerSeatLimit', i.partner_seat_limit, 'seatsReleasedAt', i.seats_released_at,
  'status', i.status, 'sequence', i.sequence, 'version', i.version, 'updatedAt', i.updated_at)`);

export const areasJsonSql = sql.raw(`(select coalesce(json_agg(json_build_object('id', ar.id, 'code', ar.code,
  'nameEn', ar.name_en, 'nameFr', ar.name_fr) order by ar.code), '[]'::json)
  from activity_areas aa join areas ar on ar.id = aa.area_id where aa.activity_id = a.id)`);

function orderSql(sort: MenuListQuery['sort'], locale: Locale, rank: SQL | null): SQL {
  const hasRank = rank !== null;
  const key = sort ?? (hasRank ? 'relevance' : 'start');
  const title = locale === 'fr' ? 'b.sort_key_fr' : 'b.sort_key_en';
  // Over the base's own columns (see baseCte), and the page's first start and rank.
  const order: Record<string, string> = {
    start: 'first_start asc nulls last, b.code',
    '-start': 'first_start desc nulls last, b.code',
    title: `${title} asc, b.code`,
    '-title': `${title} desc, b.code`,
    code: 'lower(b.code) asc',
    '-code': 'lower(b.code) desc',
    relevance: 'first_start asc nulls last, b.code',
    updatedAt: 'b.updated_at asc, b.code',
    '-updatedAt': 'b.updated_at desc, b.code',
  };
  // A window's order cannot name an output column: the rank is written out.
  if (key === 'relevance' && rank) return sql`${rank} desc, ${sql.raw(order.relevance!)}, b.id`;
  return sql.raw(`${order[key]}, b.id`);
}

export interface FacetRow {
  facet: string;
  value: string;
  labelEn: string | null;
  labelFr: string | null;
  count: number;
}

function facetsCte(c: SearchContext): SQL {
  const iterationNoCountry = and([iterationVisibleSql(c.scope, 'b'), ...iterationConditions(c, 'country')]);
  return sql`facets as (
    select 'area' as facet, ar.code as value, ar.name_en as "labelEn", ar.name_fr as "labelFr", count(*)::int as count
      from base b cross join lateral unnest(b.area_ids) as x(area_id) join areas ar on ar.id = x.area_id
      where ${allBut('area')} group by ar.code, ar.name_en, ar.name_fr
    union all
    select 'kind', b.kind, null, null, count(*)::int from base b where ${allBut('kind')} group by b.kind
    union all
    select 'provider', p.code, p.name_en, p.name_fr, count(*)::int
      from base b join providers p on p.id = b.provider_id
      where ${allBut('provider')} group by p.code, p.name_en, p.name_fr
    union all
    select 'language', l.lang, null, null, count(*)::int
      from base b cross join lateral unnest(b.languages) as l(lang)
      where ${allBut('language')} group by l.lang
    union all
    select 'status', b.status, null, null, count(*)::int from base b where ${allBut('status')} group by b.status
    union all
    ${
      filtersIterations(c)
        ? sql`select 'country', i.country_code, null, null, count(distinct b.id)::int
      from base b join iterations i on i.activity_id = b.id
      where ${allBut('country')} and i.country_code is not null and ${iterationNoCountry}
      group by i.country_code`
        : sql`select 'country', x.country, null, null, count(*)::int
      from base b cross join lateral unnest(b.countries) as x(country)
      where ${allBut('country')} group by x.country`
    })`;
}

/**
 * One page of matching activities (each with its matching iterations), their total and, when asked,
 * the facet counts — in one statement, so that the matching set is computed once. The page is chosen
 * first (sorting needs only each activity's first matching start); the JSON of iterations and areas is
 * built for the rows of the page alone.
 */
export async function selectMenu(
  tx: Executor,
  c: SearchContext,
  page: { sort: MenuListQuery['sort']; limit: number; offset: number; locale: Locale; facets: boolean },
): Promise<{ items: ActivityRow[]; total: number; facets: FacetRow[] | null }> {
  const iterationWhere = and([iterationVisibleSql(c.scope), ...iterationConditions(c)]);
  const pageIterationWhere = and([iterationVisibleSql(c.scope, 'b'), ...iterationConditions(c)]);
  const text = textQuerySql(c);
  const hasRank = text !== null;
  const order = orderSql(page.sort, page.locale, text?.rank ?? null);
  const [row] = await selectRows<{ items: ActivityRow[]; total: number; facets: FacetRow[] | null }>(
    tx,
    sql`with ${baseCte(c)},
    page as (
      select b.id, fs.first_start,
        row_number() over (order by ${order}) as position
      from base b
      ${hasRank ? sql`join activities a on a.id = b.id` : sql``}
      ${
        iterationConditions(c).length > 0
          ? sql`left join lateral (
        select min(i.starts_on) as first_start from iterations i where i.activity_id = b.id and ${pageIterationWhere}
      ) fs on true`
          : sql`cross join lateral (select b.first_start_on as first_start) fs`
      }
      where ${allBut()}
      order by ${order}
      limit ${page.limit} offset ${page.offset}
    ),
    items as (
      select page.position, a.id, a.year::int as "year", a.code, a.kind, a.title_en as "titleEn",
        a.title_fr as "titleFr", a.status, a.eligibility, a.releasability, a.languages,
        a.provider_id as "providerId", p.code as "providerCode", p.name_en as "providerNameEn",
        p.name_fr as "providerNameFr", ${areasJsonSql} as areas, coalesce(its.items, '[]'::json) as iterations
      from page
      join activities a on a.id = page.id
      join providers p on p.id = a.provider_id
      left join lateral (
        select json_agg(${iterationJsonSql} order by i.starts_on nulls last, i.id) as items
        from iterations i where i.activity_id = a.id and ${iterationWhere}
      ) its on true
    )
    ${page.facets ? sql`, ${facetsCte(c)}` : sql``}
    select (select coalesce(json_agg(items order by items.position), '[]'::json) from items) as items,
      (select count(*)::int from base b where ${allBut()}) as total,
      ${page.facets ? sql`(select coalesce(json_agg(facets), '[]'::json) from facets)` : sql`null::json`} as facets`,
  );
  return { items: row?.items ?? [], total: row?.total ?? 0, facets: row?.facets ?? null };
}

/** The ids of every matching activity, by code, up to `cap` (exports). */
export async function selectMatchingIds(tx: Executor, c: SearchContext, cap: number): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`with ${baseCte(c)}
    select b.id from base b where ${allBut()} order by lower(b.code), b.id limit ${cap}`,
  );
  return rows.map((row) => row.id);
}

export interface CalendarRow extends IterationJson {
  code: string;
  titleEn: string;
  titleFr: string;
  kind: string;
  activityStatus: string;
  providerId: string;
  providerCode: string;
  providerNameEn: string;
  providerNameFr: string;
}

/** The dated iterations of the matching activities, by start date (the calendar and the feeds). */
export async function selectCalendarRows(
  tx: Executor,
  c: SearchContext,
  limit: number,
): Promise<CalendarRow[]> {
  const { where, flags } = baseSql(c);
  return selectRows<CalendarRow>(
    tx,
    sql`select i.id, i.activity_id as "activityId", i.starts_on::text as "startsOn", i.ends_on::text as "endsOn",
      i.online, i.city, i.country_code as "countryCode", i.seats, i.nomination_deadline::text as "nominationDeadline",
      i.partner_seat_limit as "partnerSeatLimit", i.seats_released_at::text as "seatsReleasedAt",
      i.status, i.sequence, i.version, i.updated_at::text as "updatedAt",
      a.code, a.title_en as "titleEn", a.title_fr as "titleFr", a.kind, a.status as "activityStatus",
      p.id as "providerId", p.code as "providerCode", p.name_en as "providerNameEn", p.name_fr as "providerNameFr"
    from activities a
    join iterations i on i.activity_id = a.id
    join providers p on p.id = a.provider_id
    where ${where} and ${flags.area} and ${flags.kind} and ${flags.provider} and ${flags.language}
      and ${flags.status} and i.starts_on is not null and ${iterationVisibleSql(c.scope)}
      and ${and(iterationConditions(c))}
    order by i.starts_on, a.code, i.id
    limit ${limit}`,
  );
}
