import { type Clock, systemClock } from '../../core/clock';
import { unprocessable } from '../../core/errors';
import type { Actor } from '../../core/policy';
import type { Executor } from '../../db/client';
import type {
  ActivityKind,
  ActivityStatus,
  Clearance,
  EligibilityKind,
  Releasability,
  WorkingLanguage,
} from '../../shared/enums';
import { currentFrameworkIds, partnerExists, selectPartnerNames } from '../partners/partners.service';
import { canEditActivity, type MenuScope, seesEligibilityDetail } from './menu.access';
import * as q from './menu.queries';
import type { Activity, CalendarEntry, deadlineStates, Iteration, MenuFilter } from './menu.schemas';
import { type IterationJson, type SearchContext, selectCalendarRows } from './menu-search.queries';

/** The scope of the menu a caller reads (see menu.access.ts). */
export async function resolveMenuScope(tx: Executor, actor: Actor): Promise<MenuScope> {
  switch (actor.role) {
    case 'admin':
    case 'staff_officer':
      return { kind: 'all' };
    case 'activity_provider':
      return { kind: 'published', ownProviderId: actor.providerId };
    case 'trust_fund_manager':
    case 'viewer':
      return { kind: 'published', ownProviderId: null };
    case 'partner_liaison':
      if (!actor.partnerId) return { kind: 'public' };
      return {
        kind: 'partner',
        partnerId: actor.partnerId,
        frameworkIds: await currentFrameworkIds(tx, actor.partnerId),
      };
    case 'public':
      return { kind: 'public' };
  }
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Nominations: open, closing within two weeks, passed, or not taken at this status. */
export function deadlineState(
  status: string,
  deadline: string | null,
  today: string,
): (typeof deadlineStates)[number] {
  if (status !== 'open') return 'not_open';
  if (!deadline) return 'open';
  if (deadline < today) return 'passed';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 14);
  return deadline <= isoDay(soon) ? 'closing_soon' : 'open';
}

type IterationLike = Pick<
  IterationJson,
  | 'id'
  | 'activityId'
  | 'startsOn'
  | 'endsOn'
  | 'online'
  | 'city'
  | 'countryCode'
  | 'seats'
  | 'nominationDeadline'
  | 'partnerSeatLimit'
  | 'seatsReleasedAt'
  | 'status'
  | 'sequence'
  | 'version'
>;

export function toIteration(row: IterationLike & { updatedAt: string | Date }, today: string): Iteration {
  return {
    id: row.id,
    activityId: row.activityId,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    selfPaced: row.startsOn === null,
    online: row.online,
    city: row.city,
    countryCode: row.countryCode,
    seats: row.seats,
    nominationDeadline: row.nominationDeadline,
    deadlineState: deadlineState(row.status, row.nominationDeadline, today),
    partnerSeatLimit: row.partnerSeatLimit,
    seatsReleasedAt: row.seatsReleasedAt === null ? null : new Date(row.seatsReleasedAt).toISOString(),
    status: row.status as ActivityStatus,
    sequence: row.sequence,
    version: row.version,
    updatedAt:
      typeof row.updatedAt === 'string' ? new Date(row.updatedAt).toISOString() : row.updatedAt.toISOString(),
  };
}

type Ref = { id: string; code: string; nameEn: string; nameFr: string };
type PartnerName = { id: string; nameEn: string; nameFr: string };
const toRef = (x: Ref) => ({ id: x.id, code: x.code, name: { en: x.nameEn, fr: x.nameFr } });
const toPartner = (x: PartnerName) => ({ id: x.id, name: { en: x.nameEn, fr: x.nameFr } });
const groupBy = <T>(items: T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/** What an activity's page shows besides its own row, as the queries give it. */
export interface ActivityParts {
  provider: Ref;
  areas: Ref[];
  iterations: (IterationLike & { updatedAt: string | Date })[];
  frameworks: Ref[];
  named: PartnerName[];
  eligibleNow: PartnerName[];
}

/** The API's shape of an activity, from its row and its parts, as the caller may see it. */
function toActivity(
  actor: Actor,
  scope: MenuScope,
  row: q.ActivityRow,
  parts: ActivityParts,
  today: string,
): Activity {
  const detail = seesEligibilityDetail(scope);
  return {
    id: row.id,
    year: row.year,
    code: row.code,
    kind: row.kind as ActivityKind,
    title: { en: row.titleEn, fr: row.titleFr },
    description: { en: row.descriptionEn, fr: row.descriptionFr },
    provider: toRef(parts.provider),
    areas: parts.areas.map(toRef),
    languages: row.languages as WorkingLanguage[],
    status: row.status as ActivityStatus,
    eligibility: row.eligibility as EligibilityKind,
    releasability: row.releasability as Releasability,
    iterations: parts.iterations.map((it) => toIteration(it, today)),
    fee:
      row.feeAmount !== null && row.feeCurrency ? { amount: row.feeAmount, currency: row.feeCurrency } : null,
    clearance: row.clearance as Clearance,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    secondApproval: row.secondApproval,
    recurring: row.recurring,
    eligibleFrameworks: [...parts.frameworks].sort((x, y) => x.code.localeCompare(y.code)).map(toRef),
    // Who is named or eligible is the alliance's business, as is which partners may see a record.
    eligiblePartners: detail && row.eligibility === 'partners' ? parts.named.map(toPartner) : [],
    eligibleNow: detail ? parts.eligibleNow.map(toPartner) : [],
    releasableTo: detail ? row.releasableTo : [],
    editable: canEditActivity(actor, row.providerId),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Whole activities as the caller may see them, read in a handful of queries whatever their number
 * (exports read thousands), without the partners eligible today.
 */
export async function loadActivities(
  tx: Executor,
  actor: Actor,
  scope: MenuScope,
  rows: q.ActivityRow[],
  clock: Clock,
): Promise<Activity[]> {
  if (rows.length === 0) return [];
  const today = isoDay(clock.now());
  const ids = rows.map((row) => row.id);
  const unique = (values: string[]) => [...new Set(values)];
  const providers = new Map(
    (await q.selectProviderRefs(tx, unique(rows.map((r) => r.providerId)))).map((p) => [p.id, p]),
  );
  const areas = groupBy(await q.selectAreasOfActivities(tx, ids), (a) => a.activityId);
  const iterations = groupBy(await q.selectIterationsOfActivities(tx, scope, ids), (i) => i.activityId);
  const frameworks = new Map(
    (await q.selectFrameworkRefs(tx, unique(rows.flatMap((r) => r.eligibleFrameworkIds)))).map((f) => [
      f.id,
      f,
    ]),
  );
  const namedIds = seesEligibilityDetail(scope)
    ? unique(rows.flatMap((r) => (r.eligibility === 'partners' ? r.eligiblePartnerIds : [])))
    : [];
  const named = new Map((await selectPartnerNames(tx, namedIds)).map((p) => [p.id, p]));
  const pick = <T>(map: Map<string, T>, keys: string[]) =>
    keys.map((key) => map.get(key)).filter((x): x is T => x !== undefined);
  return rows.map((row) =>
    toActivity(
      actor,
      scope,
      row,
      {
        provider: providers.get(row.providerId)!,
        areas: areas.get(row.id) ?? [],
        iterations: iterations.get(row.id) ?? [],
        frameworks: pick(frameworks, row.eligibleFrameworkIds),
        named: pick(named, row.eligiblePartnerIds),
        eligibleNow: [],
      },
      today,
    ),
  );
}

/**
 * One activity as the caller may see it, with the partners eligible today (for the alliance's people),
 * in one statement: the activity page is the menu's most frequent read after the search.
 */
export async function loadActivity(
  tx: Executor,
  actor: Actor,
  scope: MenuScope,
  id: string,
  clock: Clock,
): Promise<Activity | null> {
  const found = await q.selectActivityDetail(tx, scope, id, seesEligibilityDetail(scope));
  if (!found) return null;
  return toActivity(actor, scope, found.row, found, isoDay(clock.now()));
}

/** The search context of a filter: a liaison's own partner always applies; others may name one. */
export async function searchContext(
  tx: Executor,
  scope: MenuScope,
  filter: MenuFilter,
  year: number | null,
  clock: Clock,
): Promise<SearchContext> {
  let eligible: SearchContext['eligible'] = null;
  if (scope.kind !== 'partner' && filter.eligibleFor) {
    if (!(await partnerExists(tx, filter.eligibleFor))) {
      throw unprocessable('reference.unknown', { field: 'eligibleFor', value: filter.eligibleFor });
    }
    eligible = {
      partnerId: filter.eligibleFor,
      frameworkIds: await currentFrameworkIds(tx, filter.eligibleFor),
    };
  }
  return { scope, filter, year, today: isoDay(clock.now()), eligible };
}

/** Dated iterations matching the filter, for the calendar and the feeds (every year unless one is given). */
export async function selectCalendarEntries(
  tx: Executor,
  scope: MenuScope,
  filter: MenuFilter,
  limit: number,
  clock: Clock = systemClock,
): Promise<{ items: CalendarEntry[]; truncated: boolean }> {
  const context = await searchContext(tx, scope, filter, filter.year ?? null, clock);
  const rows = await selectCalendarRows(tx, context, limit + 1);
  const items = rows.slice(0, limit).map((row) => ({
    ...toIteration(row, context.today),
    code: row.code,
    title: { en: row.titleEn, fr: row.titleFr },
    kind: row.kind as ActivityKind,
    provider: {
      id: row.providerId,
      code: row.providerCode,
      name: { en: row.providerNameEn, fr: row.providerNameFr },
    },
    activityStatus: row.activityStatus as ActivityStatus,
  }));
  return { items, truncated: rows.length > limit };
}
