import { sql } from 'drizzle-orm';
import { pickText } from '../../core/bilingual';
import { type Executor, selectRows } from '../../db/client';
import type { ActivityStatus, Locale } from '../../shared/enums';
import { activityVisibleSql, intArray, textArray, uuidArray } from '../menu/menu.access';
import { prefixQuery } from '../menu/menu-search.queries';
import type { ActivityRef, Programme, ProgrammeCoverage } from './programmes-out.schemas';
import { partnerMenuScope } from './programmes-selection';

/**
 * Coverage of a version: per objective, the activities serving it and the partner's people nominated,
 * accepted and attending so far (read from `nominations`, which the nominations module writes), and
 * suggestions of menu activities to fill the gaps.
 */

/** Words too common to say anything about an objective, in either language. */
const stopWords = new Set(
  (
    'the and for with from into our its their this that these those are was will have has been ' +
    'des les une pour dans avec sur par aux ses leurs cette ces est sont plus entre nos notre'
  ).split(' '),
);

/**
 * The objective's words as an OR query of prefixes (`cyber:* | defen:*`), from the menu's own prefix
 * query: an activity sharing more of them ranks higher, one sharing none still shows (rank 0).
 */
export function objectiveQuery(text: string): string {
  const tokens = (prefixQuery(text) ?? '')
    .split(' & ')
    .filter((t) => t.length >= 5 && !stopWords.has(t.slice(0, -2)));
  return [...new Set(tokens)].join(' | ');
}

interface CountRow {
  activityId: string;
  code: string;
  titleEn: string;
  titleFr: string;
  year: number;
  status: string;
  objectiveKey: string | null;
  plannedParticipants: number;
  nominated: number;
  accepted: number;
  attended: number;
}

/** The partner's nominations to the iterations of each selected activity, counted. */
function selectCounts(tx: Executor, programmeId: string, partnerId: string) {
  return selectRows<CountRow>(
    tx,
    sql`select a.id as "activityId", a.code, a.title_en as "titleEn", a.title_fr as "titleFr", a.year::int as year,
      a.status, x.objective_key as "objectiveKey", x.planned_participants::int as "plannedParticipants",
      count(n.id) filter (where n.status <> 'withdrawn')::int as nominated,
      count(n.id) filter (where n.status = 'accepted')::int as accepted,
      count(n.id) filter (where n.attendance = 'attended')::int as attended
    from programme_activities x
    join activities a on a.id = x.activity_id
    left join iterations i on i.activity_id = a.id
    left join nominations n on n.iteration_id = i.id and n.partner_id = ${partnerId}::uuid
    where x.programme_id = ${programmeId}::uuid
    group by a.id, x.objective_key, x.planned_participants
    order by a.year, lower(a.code)`,
  );
}

interface SuggestionRow {
  key: string;
  id: string;
  code: string;
  titleEn: string;
  titleFr: string;
  year: number;
  status: string;
  rank: number;
}

/**
 * Up to five activities per objective, in one statement: of the period's menu years, in the
 * objective's area, in the partner's menu (published, released and open to it), not cancelled, not
 * selected yet; ranked by the objective's words over the activities' full-text vector.
 */
async function selectSuggestions(
  tx: Executor,
  programme: Programme,
  objectives: { key: string; areaId: string; query: string }[],
) {
  if (objectives.length === 0) return [];
  const scope = await partnerMenuScope(tx, programme.partner.id);
  const years: number[] = [];
  for (
    let y = Number(programme.period.startsOn.slice(0, 4));
    y <= Number(programme.period.endsOn.slice(0, 4));
    y++
  )
    years.push(y);
  const selected = programme.activities.map((s) => s.activity.id);
  return selectRows<SuggestionRow>(
    tx,
    sql`select o.key, s.id, s.code, s.title_en as "titleEn", s.title_fr as "titleFr", s.year, s.status, s.rank
    from unnest(${uuidArray(objectives.map((o) => o.key))}, ${uuidArray(objectives.map((o) => o.areaId))},
      ${textArray(objectives.map((o) => o.query))}) as o(key, area_id, tsq)
    cross join lateral (
      select a.id, a.code, a.title_en, a.title_fr, a.year::int as year, a.status,
        case when o.tsq = '' then 0::real
          else ts_rank(a.search_vector, to_tsquery('english', o.tsq) || to_tsquery('french', o.tsq)) end as rank
      from activities a
      where a.year = any(${intArray(years)}) and a.area_ids @> array[o.area_id]
        and a.status <> 'cancelled' and ${activityVisibleSql(scope)}
        ${selected.length > 0 ? sql`and a.id <> all(${uuidArray(selected)})` : sql``}
      order by rank desc, a.year, lower(a.code)
      limit 5
    ) s`,
  );
}

const ref = (
  row: { titleEn: string; titleFr: string; status: string } & Omit<ActivityRef, 'title' | 'status'>,
) => ({
  id: row.id,
  code: row.code,
  title: { en: row.titleEn, fr: row.titleFr },
  year: row.year,
  status: row.status as ActivityStatus,
});

/** The coverage of a version the caller has read (its access already checked). */
export async function loadCoverage(
  tx: Executor,
  programme: Programme,
  locale: Locale,
): Promise<ProgrammeCoverage> {
  const counts = await selectCounts(tx, programme.id, programme.partner.id);
  const suggestions = await selectSuggestions(
    tx,
    programme,
    programme.objectives.map((o) => ({
      key: o.key,
      areaId: o.area.id,
      query: objectiveQuery(pickText(o.text, locale).text),
    })),
  );
  const covered = counts.map((row) => ({
    objectiveKey: row.objectiveKey,
    entry: {
      activity: ref({ ...row, id: row.activityId }),
      plannedParticipants: row.plannedParticipants,
      nominated: row.nominated,
      accepted: row.accepted,
      attended: row.attended,
    },
  }));
  const sum = (
    entries: { plannedParticipants: number; nominated: number; accepted: number; attended: number }[],
  ) =>
    entries.reduce(
      (t, e) => ({
        plannedParticipants: t.plannedParticipants + e.plannedParticipants,
        nominated: t.nominated + e.nominated,
        accepted: t.accepted + e.accepted,
        attended: t.attended + e.attended,
      }),
      { plannedParticipants: 0, nominated: 0, accepted: 0, attended: 0 },
    );
  const keys = new Set(programme.objectives.map((o) => o.key));
  return {
    programmeId: programme.id,
    objectives: programme.objectives.map((o) => {
      const activities = covered.filter((c) => c.objectiveKey === o.key).map((c) => c.entry);
      return {
        ...o,
        ...sum(activities),
        uncovered: activities.length === 0,
        activities,
        suggestions: suggestions
          .filter((s) => s.key === o.key)
          .map((s) => ({ activity: ref(s), rank: Number(s.rank) })),
      };
    }),
    unassigned: covered
      .filter((c) => c.objectiveKey === null || !keys.has(c.objectiveKey))
      .map((c) => c.entry),
    totals: sum(covered.map((c) => c.entry)),
  };
}
