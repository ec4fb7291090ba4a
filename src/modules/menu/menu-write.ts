import { foldForSearch } from '../../core/bilingual';
import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError, conflict, unprocessable } from '../../core/errors';
import type { Executor } from '../../db/client';
import { type ActivityStatus, activityTransitions } from '../../shared/enums';
import { type AuditEntry, recordAudits } from '../audit/audit.service';
import { findExistingPartnerIds } from '../partners/partners.service';
import { findExistingTermIds } from '../taxonomies/taxonomies.service';
import * as q from './menu.queries';
import type { CreateActivityBody, IterationInput } from './menu.schemas';

/** The order of the forward steps; `cancelled` stands apart. */
const rank: Record<ActivityStatus, number> = {
  draft: 0,
  published: 1,
  open: 2,
  closed: 3,
  completed: 4,
  cancelled: 5,
};

export type ActivityContent = Omit<CreateActivityBody, 'iterations' | 'providerId'> & { providerId: string };

/** Columns derived from the content: the folded search texts and sort keys. */
export function activityColumns(content: ActivityContent) {
  const fold = (...parts: string[]) => foldForSearch(parts.filter(Boolean).join(' '));
  // The code whole and in its parts, so that `act.396`, `act 396` and `396` find ACT.396.
  const codeWords = `${content.code} ${content.code.replace(/[^A-Za-z0-9]+/g, ' ')}`;
  return {
    year: content.year,
    code: content.code,
    providerId: content.providerId,
    kind: content.kind,
    titleEn: content.title.en,
    titleFr: content.title.fr,
    descriptionEn: content.description.en,
    descriptionFr: content.description.fr,
    languages: [...new Set(content.languages)],
    areaIds: [...new Set(content.areaIds)],
    feeAmount: content.fee?.amount ?? null,
    feeCurrency: content.fee?.currency ?? null,
    clearance: content.clearance,
    contactName: content.contactName,
    contactEmail: content.contactEmail,
    secondApproval: content.secondApproval,
    eligibility: content.eligibility.kind,
    eligibleFrameworkIds:
      content.eligibility.kind === 'frameworks' ? [...new Set(content.eligibility.frameworkIds)] : [],
    eligiblePartnerIds:
      content.eligibility.kind === 'partners' ? [...new Set(content.eligibility.partnerIds)] : [],
    releasability: content.releasability,
    releasableTo: [...new Set(content.releasableTo)],
    recurring: content.recurring,
    searchEn: fold(codeWords, content.title.en, content.description.en),
    searchFr: fold(codeWords, content.title.fr, content.description.fr),
    sortKeyEn: foldForSearch(content.title.en || content.title.fr),
    sortKeyFr: foldForSearch(content.title.fr || content.title.en),
  };
}

export function iterationColumns(input: IterationInput) {
  return {
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    online: input.online,
    city: input.city,
    countryCode: input.countryCode,
    seats: input.seats,
    nominationDeadline: input.nominationDeadline,
    partnerSeatLimit: input.partnerSeatLimit ?? null,
  };
}

/** Every id the contents name must exist: areas, frameworks, partners, providers. */
export async function checkActivityReferences(tx: Executor, contents: ActivityContent[]) {
  const unknown = (field: string, value: string) => unprocessable('reference.unknown', { field, value });
  const unique = (values: string[]) => [...new Set(values)];
  const areaIds = unique(contents.flatMap((c) => c.areaIds));
  const knownAreas = await findExistingTermIds(tx, 'area', areaIds);
  const area = areaIds.find((id) => !knownAreas.has(id));
  if (area) throw unknown('areaIds', area);
  const frameworkIds = unique(contents.flatMap((c) => c.eligibility.frameworkIds));
  const knownFrameworks = await findExistingTermIds(tx, 'framework', frameworkIds);
  const framework = frameworkIds.find((id) => !knownFrameworks.has(id));
  if (framework) throw unknown('eligibility.frameworkIds', framework);
  const partnerIds = unique(contents.flatMap((c) => [...c.eligibility.partnerIds, ...c.releasableTo]));
  const knownPartners = await findExistingPartnerIds(tx, partnerIds);
  const named: [string, string][] = contents.flatMap((c) => [
    ...c.eligibility.partnerIds.map((id): [string, string] => ['eligibility.partnerIds', id]),
    ...c.releasableTo.map((id): [string, string] => ['releasableTo', id]),
  ]);
  const partner = named.find(([, id]) => !knownPartners.has(id));
  if (partner) throw unknown(partner[0], partner[1]);
  const providerIds = unique(contents.map((c) => c.providerId));
  const knownProviders = new Set((await q.selectProvidersByIds(tx, providerIds)).map((p) => p.id));
  const provider = providerIds.find((id) => !knownProviders.has(id));
  if (provider) throw unknown('providerId', provider);
}

/** A code is unique within its menu year, in the request and in the database. */
async function checkCodes(tx: Executor, contents: { year: number; code: string }[], exceptId?: string) {
  const seen = new Set<string>();
  for (const c of contents) {
    const key = `${c.year}:${c.code.toLowerCase()}`;
    if (seen.has(key)) throw conflict('activity.duplicate_code', { code: c.code, year: c.year });
    seen.add(key);
  }
  const taken = await q.selectTakenCodes(tx, contents, exceptId);
  const clash = contents.find((c) => taken.has(`${c.year}:${c.code.toLowerCase()}`));
  if (clash) throw conflict('activity.duplicate_code', { code: clash.code, year: clash.year });
}

/** What the audit trail keeps of an activity. */
export function activityAuditView(content: ActivityContent, iterations: IterationInput[]) {
  return { ...content, iterations };
}

export interface InitialStatus {
  status: ActivityStatus;
  iterationStatuses?: ActivityStatus[];
}

/**
 * Adds activities with their iterations, in the caller's transaction, in batches: the API, the
 * import, the copy forward and the demo data all go through here. New activities are drafts unless
 * `initial` (demo data, benchmarks) says otherwise.
 */
export async function insertActivities(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  bodies: (CreateActivityBody & { providerId: string })[],
  initial?: InitialStatus[],
): Promise<{ id: string; code: string }[]> {
  if (bodies.length === 0) return [];
  const contents = bodies.map(({ iterations: _i, ...content }) => content as ActivityContent);
  await checkActivityReferences(tx, contents);
  await checkCodes(tx, contents);
  const now = clock.now();
  const published = (status: ActivityStatus) => (status === 'draft' ? null : now);
  const ids = await q.insertActivityRows(
    tx,
    contents.map((content, n) => {
      const status = initial?.[n]?.status ?? 'draft';
      return {
        ...activityColumns(content),
        status,
        publishedAt: published(status),
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
  await q.insertActivityAreas(
    tx,
    ids.flatMap(({ id }, n) =>
      [...new Set(contents[n]!.areaIds)].map((areaId) => ({ activityId: id, areaId })),
    ),
  );
  await q.insertIterationRows(
    tx,
    ids.flatMap(({ id }, n) =>
      bodies[n]!.iterations.map((it, k) => {
        const status = initial?.[n]?.iterationStatuses?.[k] ?? initial?.[n]?.status ?? 'draft';
        return {
          ...iterationColumns(it),
          activityId: id,
          status,
          publishedAt: published(status),
          createdAt: now,
          updatedAt: now,
        };
      }),
    ),
  );
  const entries: AuditEntry[] = ids.map(({ id }, n) => ({
    action: 'activity.create',
    entityType: 'activity',
    entityId: id,
    after: activityAuditView(contents[n]!, bodies[n]!.iterations),
  }));
  await recordAudits(tx, ctx, clock, entries);
  return ids.map(({ id }, n) => ({ id, code: contents[n]!.code }));
}

/** Checks a code change of one activity against its year. */
export function checkCodeChange(tx: Executor, year: number, code: string, selfId: string) {
  return checkCodes(tx, [{ year, code }], selfId);
}

/** Whether a status may move to another; 409 with both names otherwise. */
export function assertTransition(from: ActivityStatus, to: ActivityStatus) {
  if (!activityTransitions[from].includes(to)) {
    throw new AppError(409, 'activity.transition_invalid', { from, to });
  }
}

/**
 * Where an iteration goes when its activity moves: publishing publishes the drafts; opening, closing
 * and completing carry the published iterations behind along; cancelling cancels all but the completed;
 * reopening reopens the closed ones. Null: it stays.
 */
export function cascadeStatus(target: ActivityStatus, iteration: ActivityStatus): ActivityStatus | null {
  if (iteration === 'completed' || iteration === 'cancelled') return null;
  if (target === 'cancelled') return 'cancelled';
  if (target === 'published') return iteration === 'draft' ? 'published' : null;
  if (iteration === 'draft') return null;
  if (target === 'open' && iteration === 'closed') return 'open';
  return rank[iteration] < rank[target] ? target : null;
}

/** An iteration never runs ahead of its activity (but may be cancelled on its own). */
export function assertIterationWithinActivity(activity: ActivityStatus, target: ActivityStatus) {
  if (target === 'cancelled') return;
  if (activity === 'cancelled' || rank[target] > rank[activity]) {
    throw new AppError(409, 'iteration.ahead_of_activity', { status: activity });
  }
}

/** An activity's row as the content it was written from (updates merge into it; copy forward copies it). */
export function contentOfRow(row: q.ActivityRow): ActivityContent {
  return {
    year: row.year,
    code: row.code,
    providerId: row.providerId,
    kind: row.kind as ActivityContent['kind'],
    title: { en: row.titleEn, fr: row.titleFr },
    description: { en: row.descriptionEn, fr: row.descriptionFr },
    areaIds: row.areaIds,
    languages: row.languages as ActivityContent['languages'],
    fee:
      row.feeAmount !== null && row.feeCurrency ? { amount: row.feeAmount, currency: row.feeCurrency } : null,
    clearance: row.clearance as ActivityContent['clearance'],
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    secondApproval: row.secondApproval,
    eligibility: {
      kind: row.eligibility as ActivityContent['eligibility']['kind'],
      frameworkIds: row.eligibleFrameworkIds,
      partnerIds: row.eligiblePartnerIds,
    },
    releasability: row.releasability as ActivityContent['releasability'],
    releasableTo: row.releasableTo,
    recurring: row.recurring,
  };
}
