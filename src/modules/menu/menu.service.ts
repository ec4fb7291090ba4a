import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError, notFound, preconditionFailed, unprocessable } from '../../core/errors';
import { assertCan } from '../../core/policy';
import { parseOrThrow } from '../../core/validation';
import type { Database, Executor } from '../../db/client';
import type { ActivityStatus } from '../../shared/enums';
import type { AuditQuery } from '../audit/audit.schemas';
import { listAuditPage, recordAudit } from '../audit/audit.service';
import { canEditActivity, type MenuScope } from './menu.access';
import * as q from './menu.queries';
import {
  type Activity,
  type ActivitySummary,
  activityConsistencySchema,
  type CalendarQuery,
  type CreateActivityBody,
  type Facets,
  facetNames,
  type IterationInput,
  type MenuFilter,
  type MenuListQuery,
  mergedIterationSchema,
  type UpdateActivityBody,
  type UpdateIterationBody,
} from './menu.schemas';
import { copyYearForward } from './menu-copy-forward';
import {
  isoDay,
  loadActivities,
  loadActivity,
  resolveMenuScope,
  searchContext,
  selectCalendarEntries,
  toIteration,
} from './menu-read';
import { selectMatchingIds, selectMenu } from './menu-search.queries';
import {
  type ActivityContent,
  activityColumns,
  assertIterationWithinActivity,
  assertTransition,
  cascadeStatus,
  checkActivityReferences,
  checkCodeChange,
  contentOfRow,
  insertActivities,
  iterationColumns,
} from './menu-write';

export type { MenuScope } from './menu.access';
export { resolveMenuScope, selectCalendarEntries } from './menu-read';
export { type InitialStatus, insertActivities } from './menu-write';

/** The activity the caller may change, locked: 404 when invisible or another provider's. */
async function lockWritable(tx: Executor, ctx: RequestContext, id: string) {
  assertCan(ctx.actor, 'menu.write');
  const scope = await resolveMenuScope(tx, ctx.actor);
  const row = await q.selectActivity(tx, scope, id, { forUpdate: true });
  if (!row || !canEditActivity(ctx.actor, row.providerId)) throw notFound('activity');
  return { row, scope };
}

const iterationAudit = (row: q.IterationRow) => ({
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  online: row.online,
  city: row.city,
  countryCode: row.countryCode,
  seats: row.seats,
  nominationDeadline: row.nominationDeadline,
  partnerSeatLimit: row.partnerSeatLimit,
  status: row.status,
});

/** Full records of every matching activity the caller may see (exports), up to `cap`. */
export async function exportActivities(
  tx: Executor,
  ctx: RequestContext,
  filter: MenuFilter,
  cap: number,
  clock: Clock,
): Promise<Activity[]> {
  assertCan(ctx.actor, 'menu.read');
  const scope = await resolveMenuScope(tx, ctx.actor);
  const year = filter.year ?? clock.now().getUTCFullYear();
  const context = await searchContext(tx, scope, filter, year, clock);
  const matching = await selectMatchingIds(tx, context, cap);
  const out: Activity[] = [];
  for (let start = 0; start < matching.length; start += 1000) {
    const ids = matching.slice(start, start + 1000);
    const rows = new Map((await q.selectActivitiesByIds(tx, scope, ids)).map((row) => [row.id, row]));
    const ordered = ids.map((id) => rows.get(id)).filter((row): row is q.ActivityRow => row !== undefined);
    out.push(...(await loadActivities(tx, ctx.actor, scope, ordered, clock)));
  }
  return out;
}

export function createMenuService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;

  async function get(ctx: RequestContext, id: string, tx: Executor = db) {
    assertCan(ctx.actor, 'menu.read');
    const scope = await resolveMenuScope(tx, ctx.actor);
    const activity = await loadActivity(tx, ctx.actor, scope, id, clock);
    if (!activity) throw notFound('activity');
    return activity;
  }

  /** The caller's own provider for a provider; the body's for the staff (required then). */
  function providerFor(ctx: RequestContext, body: CreateActivityBody): string {
    if (ctx.actor.role === 'activity_provider') {
      if (!ctx.actor.providerId) throw notFound('provider');
      if (body.providerId && body.providerId !== ctx.actor.providerId) {
        throw unprocessable('activity.provider_not_own');
      }
      return ctx.actor.providerId;
    }
    if (!body.providerId) throw unprocessable('reference.unknown', { field: 'providerId', value: '' });
    return body.providerId;
  }

  async function transitionIterationsOf(tx: Executor, activityId: string, to: ActivityStatus) {
    const now = clock.now();
    for (const it of await q.selectAllIterationsOf(tx, activityId)) {
      const next = cascadeStatus(to, it.status as ActivityStatus);
      if (!next) continue;
      await q.updateIterationRow(tx, it.id, {
        status: next,
        publishedAt: it.publishedAt ?? (next === 'cancelled' ? null : now),
        sequence: it.sequence + 1,
        version: it.version + 1,
        updatedAt: now,
      });
    }
  }

  return {
    get,

    async list(ctx: RequestContext, query: MenuListQuery) {
      assertCan(ctx.actor, 'menu.read');
      const scope = await resolveMenuScope(db, ctx.actor);
      const year = query.year ?? clock.now().getUTCFullYear();
      const context = await searchContext(db, scope, query, year, clock);
      const offset = (query.page - 1) * query.limit;
      const {
        items: rows,
        total,
        facets: facetRows,
      } = await selectMenu(db, context, {
        sort: query.sort,
        limit: query.limit,
        offset,
        locale: ctx.actor.locale,
        facets: query.facets,
      });
      const items: ActivitySummary[] = rows.map((row) => ({
        id: row.id,
        year: row.year,
        code: row.code,
        kind: row.kind as ActivitySummary['kind'],
        title: { en: row.titleEn, fr: row.titleFr },
        provider: {
          id: row.providerId,
          code: row.providerCode,
          name: { en: row.providerNameEn, fr: row.providerNameFr },
        },
        areas: row.areas.map((x) => ({ id: x.id, code: x.code, name: { en: x.nameEn, fr: x.nameFr } })),
        languages: row.languages as ActivitySummary['languages'],
        status: row.status as ActivitySummary['status'],
        eligibility: row.eligibility as ActivitySummary['eligibility'],
        releasability: row.releasability as ActivitySummary['releasability'],
        iterations: row.iterations.map((it) => toIteration(it, context.today)),
      }));
      let facets: Facets | null = null;
      if (facetRows) {
        facets = Object.fromEntries(facetNames.map((name) => [name, []])) as unknown as Facets;
        for (const f of facetRows) {
          facets[f.facet as keyof Facets].push({
            value: f.value,
            label: f.labelEn !== null ? { en: f.labelEn, fr: f.labelFr ?? '' } : null,
            count: f.count,
          });
        }
        for (const name of facetNames)
          facets[name].sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
      }
      return { items, total, page: query.page, limit: query.limit, year, facets };
    },

    async calendar(ctx: RequestContext, query: CalendarQuery) {
      assertCan(ctx.actor, 'menu.read');
      const { limit, ...filter } = query;
      const scope = await resolveMenuScope(db, ctx.actor);
      return selectCalendarEntries(db, scope, filter, limit, clock);
    },

    async years(ctx: RequestContext) {
      assertCan(ctx.actor, 'menu.read');
      const scope = await resolveMenuScope(db, ctx.actor);
      return { items: await q.selectYears(db, scope), current: clock.now().getUTCFullYear() };
    },

    async create(ctx: RequestContext, body: CreateActivityBody) {
      assertCan(ctx.actor, 'menu.write');
      const providerId = providerFor(ctx, body);
      return db.transaction(async (tx) => {
        const [created] = await insertActivities(tx, ctx, clock, [{ ...body, providerId }]);
        return get(ctx, created!.id, tx);
      });
    },

    async update(ctx: RequestContext, id: string, version: number, body: UpdateActivityBody) {
      return db.transaction(async (tx) => {
        const { row } = await lockWritable(tx, ctx, id);
        if (row.version !== version) throw preconditionFailed();
        const before = contentOfRow(row);
        const merged: ActivityContent = {
          ...before,
          ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
        };
        if (body.releasability && body.releasability !== 'releasable' && !body.releasableTo)
          merged.releasableTo = [];
        parseOrThrow(activityConsistencySchema, merged, ctx.actor.locale);
        await checkActivityReferences(tx, [merged]);
        if (merged.code.toLowerCase() !== row.code.toLowerCase())
          await checkCodeChange(tx, row.year, merged.code, id);
        const now = clock.now();
        await q.updateActivityRow(tx, id, {
          ...activityColumns(merged),
          version: row.version + 1,
          updatedAt: now,
        });
        if (body.areaIds) await q.replaceActivityAreas(tx, id, [...new Set(body.areaIds)]);
        // The title, code and kind show in calendars: subscribers must see the change.
        await q.bumpIterationSequences(tx, id, now);
        await recordAudit(tx, ctx, clock, {
          action: 'activity.update',
          entityType: 'activity',
          entityId: id,
          before,
          after: merged,
        });
        return get(ctx, id, tx);
      });
    },

    async transition(ctx: RequestContext, id: string, version: number, to: ActivityStatus) {
      return db.transaction(async (tx) => {
        const { row } = await lockWritable(tx, ctx, id);
        if (row.version !== version) throw preconditionFailed();
        assertTransition(row.status as ActivityStatus, to);
        const now = clock.now();
        await q.updateActivityRow(tx, id, {
          status: to,
          publishedAt: row.publishedAt ?? (to === 'cancelled' ? null : now),
          version: row.version + 1,
          updatedAt: now,
        });
        await transitionIterationsOf(tx, id, to);
        await recordAudit(tx, ctx, clock, {
          action: 'activity.transition',
          entityType: 'activity',
          entityId: id,
          before: { status: row.status },
          after: { status: to },
        });
        return get(ctx, id, tx);
      });
    },

    async addIteration(ctx: RequestContext, id: string, body: IterationInput) {
      return db.transaction(async (tx) => {
        const { row } = await lockWritable(tx, ctx, id);
        if (row.status === 'completed' || row.status === 'cancelled') {
          throw new AppError(409, 'activity.closed_for_changes', { status: row.status });
        }
        const now = clock.now();
        const [it] = await q.insertIterationRows(tx, [
          { ...iterationColumns(body), activityId: id, status: 'draft', createdAt: now, updatedAt: now },
        ]);
        await recordAudit(tx, ctx, clock, {
          action: 'iteration.create',
          entityType: 'activity',
          entityId: id,
          after: { iterationId: it!.id, ...iterationAudit(it!) },
        });
        return toIteration(it!, isoDay(now));
      });
    },

    async updateIteration(
      ctx: RequestContext,
      id: string,
      iterationId: string,
      version: number,
      body: UpdateIterationBody,
    ) {
      return db.transaction(async (tx) => {
        await lockWritable(tx, ctx, id);
        const it = await q.selectIteration(tx, id, iterationId, true);
        if (!it) throw notFound('iteration');
        if (it.version !== version) throw preconditionFailed();
        const merged = {
          startsOn: body.startsOn !== undefined ? body.startsOn : it.startsOn,
          endsOn: body.endsOn !== undefined ? body.endsOn : it.endsOn,
          nominationDeadline:
            body.nominationDeadline !== undefined ? body.nominationDeadline : it.nominationDeadline,
          seats: body.seats ?? it.seats,
          partnerSeatLimit: body.partnerSeatLimit !== undefined ? body.partnerSeatLimit : it.partnerSeatLimit,
          limitSent: body.partnerSeatLimit !== undefined,
        };
        parseOrThrow(mergedIterationSchema, merged, ctx.actor.locale);
        const now = clock.now();
        const updated = await q.updateIterationRow(tx, iterationId, {
          ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
          sequence: it.sequence + 1,
          version: it.version + 1,
          updatedAt: now,
        });
        await recordAudit(tx, ctx, clock, {
          action: 'iteration.update',
          entityType: 'activity',
          entityId: id,
          before: { iterationId, ...iterationAudit(it) },
          after: { iterationId, ...iterationAudit(updated) },
        });
        return toIteration(updated, isoDay(now));
      });
    },

    async transitionIteration(
      ctx: RequestContext,
      id: string,
      iterationId: string,
      version: number,
      to: ActivityStatus,
    ) {
      return db.transaction(async (tx) => {
        const { row } = await lockWritable(tx, ctx, id);
        const it = await q.selectIteration(tx, id, iterationId, true);
        if (!it) throw notFound('iteration');
        if (it.version !== version) throw preconditionFailed();
        assertTransition(it.status as ActivityStatus, to);
        assertIterationWithinActivity(row.status as ActivityStatus, to);
        const now = clock.now();
        const updated = await q.updateIterationRow(tx, iterationId, {
          status: to,
          publishedAt: it.publishedAt ?? (to === 'cancelled' ? null : now),
          sequence: it.sequence + 1,
          version: it.version + 1,
          updatedAt: now,
        });
        await recordAudit(tx, ctx, clock, {
          action: 'iteration.transition',
          entityType: 'activity',
          entityId: id,
          before: { iterationId, status: it.status },
          after: { iterationId, status: to },
        });
        return toIteration(updated, isoDay(now));
      });
    },

    async history(ctx: RequestContext, id: string, query: Pick<AuditQuery, 'limit' | 'cursor'>) {
      assertCan(ctx.actor, 'menu.write');
      const scope: MenuScope = await resolveMenuScope(db, ctx.actor);
      const row = await q.selectActivity(db, scope, id);
      if (!row || !canEditActivity(ctx.actor, row.providerId)) throw notFound('activity');
      return listAuditPage(db, { ...query, entityType: 'activity', entityId: id });
    },

    /** Next year's menu from this year's recurring activities: drafts, dates shifted by whole weeks. */
    async copyForward(ctx: RequestContext, fromYear: number) {
      assertCan(ctx.actor, 'menu.manage');
      return db.transaction((tx) => copyYearForward(tx, ctx, clock, fromYear));
    },
  };
}

export type MenuService = ReturnType<typeof createMenuService>;
