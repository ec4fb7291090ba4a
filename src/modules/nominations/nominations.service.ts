import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { conflict, notFound, preconditionFailed, unprocessable } from '../../core/errors';
import { assertCan } from '../../core/policy';
import type { Database, Executor } from '../../db/client';
import type { NominationStatus } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notify';
import { currentFrameworkIds } from '../partners/partners.service';
import { nominationScope } from './nominations.access';
import * as q from './nominations.queries';
import type {
  CreateNominationBody,
  DecisionBody,
  IterationNominations,
  NominationListQuery,
} from './nominations.schemas';
import {
  isoDay,
  nominationLink,
  nominationParams,
  promoteWaitlisted,
  releaseIterationSeats,
  seatFreeFor,
  seatsOf,
} from './nominations.seats';
import { findNomination, loadNominationDetail, toNomination } from './nominations-read';
import { createNominationRecordService } from './nominations-records';

/** The statuses in which a nomination still waits for, or holds, a seat. */
const live: readonly string[] = ['pending', 'accepted', 'waitlisted'];

/** Whether the iteration has begun on `today` (a self-paced one never has a start). */
export const hasStarted = (it: q.LockedIteration, today: string) =>
  it.startsOn !== null && it.startsOn <= today;

/** The partner a nomination is for: a liaison's own (another is refused); the staff must name one. */
function partnerFor(ctx: RequestContext, body: CreateNominationBody): string {
  if (ctx.actor.role === 'partner_liaison') {
    if (!ctx.actor.partnerId) throw notFound('partner');
    if (body.partnerId && body.partnerId !== ctx.actor.partnerId)
      throw unprocessable('nomination.partner_not_own');
    return ctx.actor.partnerId;
  }
  if (!body.partnerId) throw unprocessable('reference.unknown', { field: 'partnerId', value: '' });
  return body.partnerId;
}

/**
 * The iteration takes this partner's nomination today: seen by and open to the partner in the menu (a
 * liaison gets 404 otherwise, as the menu hides it; the staff get the reason), open, not started, and
 * on or before the deadline — which no longer binds once the seats are released.
 */
async function assertTakesNomination(
  tx: Executor,
  ctx: RequestContext,
  it: q.LockedIteration,
  partnerId: string,
  today: string,
) {
  const partnerStatus = await q.selectPartnerStatus(tx, partnerId);
  if (!partnerStatus) throw unprocessable('reference.unknown', { field: 'partnerId', value: partnerId });
  const scope = {
    kind: 'partner' as const,
    partnerId,
    frameworkIds: await currentFrameworkIds(tx, partnerId),
  };
  if (!(await q.iterationVisibleTo(tx, it.id, scope))) {
    if (ctx.actor.role === 'partner_liaison') throw notFound('iteration');
    throw unprocessable('nomination.not_eligible');
  }
  if (partnerStatus !== 'active') throw unprocessable('nomination.not_eligible');
  if (it.status !== 'open') throw conflict('nomination.iteration_not_open', { status: it.status });
  if (hasStarted(it, today)) throw unprocessable('nomination.iteration_started', { startsOn: it.startsOn! });
  if (it.nominationDeadline && today > it.nominationDeadline && it.seatsReleasedAt === null)
    throw unprocessable('nomination.deadline_passed', { deadline: it.nominationDeadline });
}

export function createNominationService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;
  const today = () => isoDay(clock.now());

  /** The nomination and its iteration, both locked (iteration first, as every seat write does). */
  async function lockNomination(tx: Executor, ctx: RequestContext, id: string, version: number) {
    const current = await findNomination(tx, nominationScope(ctx.actor), id);
    const it = (await q.selectIteration(tx, current.iterationId, true))!;
    const row = (await q.selectNominationRow(tx, id, true))!;
    if (row.version !== version) throw preconditionFailed();
    if (row.erasedAt !== null) throw conflict('nomination.erased');
    return { it, row };
  }

  async function iterationNominations(
    ctx: RequestContext,
    iterationId: string,
    tx: Executor = db,
  ): Promise<IterationNominations> {
    assertCan(ctx.actor, 'nomination.read');
    const scope = nominationScope(ctx.actor);
    const it = await q.selectIteration(tx, iterationId, false);
    if (!it) throw notFound('iteration');
    // A provider answers for its own activities only; a liaison sees what its menu shows it, or where
    // its partner has nominated (an activity may since have been narrowed).
    if (scope.kind === 'provider' && scope.providerId !== it.providerId) throw notFound('iteration');
    const items = await q.selectNominationViews(
      tx,
      scope,
      { iterationId },
      {
        limit: 2000,
        offset: 0,
        byIteration: true,
      },
    );
    if (scope.kind === 'partner' && items.length === 0) {
      const menuScope = {
        kind: 'partner' as const,
        partnerId: scope.partnerId,
        frameworkIds: await currentFrameworkIds(tx, scope.partnerId),
      };
      if (!(await q.iterationVisibleTo(tx, iterationId, menuScope))) throw notFound('iteration');
    }
    return {
      iterationId: it.id,
      activityId: it.activityId,
      seats: seatsOf(it, await q.selectSeatCounts(tx, it.id)),
      items: items.map(toNomination),
    };
  }

  return {
    ...createNominationRecordService(deps),
    iterationNominations,

    async create(ctx: RequestContext, body: CreateNominationBody) {
      assertCan(ctx.actor, 'nomination.write');
      const partnerId = partnerFor(ctx, body);
      return db.transaction(async (tx) => {
        const it = await q.selectIteration(tx, body.iterationId, true);
        if (!it) throw notFound('iteration');
        await assertTakesNomination(tx, ctx, it, partnerId, today());
        if (body.programmeId && (await q.selectProgrammePartner(tx, body.programmeId)) !== partnerId)
          throw unprocessable('reference.unknown', { field: 'programmeId', value: body.programmeId });
        if (await q.personAlreadyNominated(tx, it.id, body.email))
          throw conflict('nomination.duplicate', { email: body.email });
        let status: NominationStatus = 'pending';
        if (!it.secondApproval) {
          const counts = await q.selectSeatCounts(tx, it.id);
          const byPartner = await q.selectAcceptedByPartner(tx, it.id);
          status = seatFreeFor(it, counts, byPartner, partnerId) ? 'accepted' : 'waitlisted';
        }
        const { partnerId: _p, programmeId, ...person } = body;
        const row = await q.insertNomination(
          tx,
          {
            ...person,
            iterationId: it.id,
            partnerId,
            programmeId: programmeId ?? null,
            status,
            nominatedBy: ctx.actor.userId,
          },
          clock.now(),
        );
        await recordAudit(tx, ctx, clock, {
          action: 'nomination.create',
          entityType: 'nomination',
          entityId: row.id,
          partnerId,
          after: { ...person, iterationId: it.id, partnerId, programmeId: row.programmeId, status },
        });
        return findNomination(tx, { kind: 'all' }, row.id);
      });
    },

    async list(ctx: RequestContext, query: NominationListQuery) {
      assertCan(ctx.actor, 'nomination.read');
      const { page, limit, ...filter } = query;
      const scope = nominationScope(ctx.actor);
      const [rows, total] = await Promise.all([
        q.selectNominationViews(db, scope, filter, { limit, offset: (page - 1) * limit }),
        q.countNominations(db, scope, filter),
      ]);
      return { items: rows.map(toNomination), total, page, limit };
    },

    async get(ctx: RequestContext, id: string) {
      assertCan(ctx.actor, 'nomination.read');
      return loadNominationDetail(db, nominationScope(ctx.actor), id);
    },

    /**
     * The provider's (or staff's) decision. Accepting when no seat is free for the partner waitlists
     * instead; taking a seat back gives it to the waiting list at once. The partner's liaisons are told.
     */
    async decide(ctx: RequestContext, id: string, version: number, body: DecisionBody) {
      assertCan(ctx.actor, 'nomination.decide');
      return db.transaction(async (tx) => {
        const { it, row } = await lockNomination(tx, ctx, id, version);
        const target = { accept: 'accepted', waitlist: 'waitlisted', reject: 'rejected' }[body.decision];
        if (!live.includes(row.status) || row.status === target)
          throw conflict('nomination.decision_invalid', { from: row.status, to: body.decision });
        if (hasStarted(it, today()))
          throw unprocessable('nomination.iteration_started', { startsOn: it.startsOn! });
        if (body.decision === 'reject' && !body.reason) throw unprocessable('nomination.reason_required');
        let to = target as NominationStatus;
        if (to === 'accepted') {
          const counts = await q.selectSeatCounts(tx, it.id);
          if (!seatFreeFor(it, counts, await q.selectAcceptedByPartner(tx, it.id), row.partnerId)) {
            if (row.status === 'waitlisted') throw conflict('nomination.no_seat', { seats: it.seats });
            to = 'waitlisted';
          }
        }
        const now = clock.now();
        const updated = await q.updateNominationRow(tx, id, {
          status: to,
          decisionReason: body.reason,
          decidedBy: ctx.actor.userId,
          decidedAt: now,
          version: row.version + 1,
          updatedAt: now,
        });
        await recordAudit(tx, ctx, clock, {
          action: 'nomination.decide',
          entityType: 'nomination',
          entityId: id,
          partnerId: row.partnerId,
          before: { status: row.status },
          after: { decision: body.decision, status: to, reason: body.reason },
        });
        const params = nominationParams(it, updated.fullName);
        const link = nominationLink(id);
        const liaisons = { kind: 'partner_liaisons' as const, partnerId: row.partnerId };
        if (to === 'accepted')
          await notify(tx, clock, liaisons, { kind: 'nomination.accepted', params, link });
        if (to === 'waitlisted')
          await notify(tx, clock, liaisons, { kind: 'nomination.waitlisted', params, link });
        if (to === 'rejected')
          await notify(tx, clock, liaisons, {
            kind: 'nomination.rejected',
            params: { ...params, reason: body.reason },
            link,
          });
        if (row.status === 'accepted') await promoteWaitlisted(tx, ctx, clock, it, id);
        return findNomination(tx, nominationScope(ctx.actor), id);
      });
    },

    /** The partner (or staff) takes a nomination back; a seat it held goes to the waiting list at once. */
    async withdraw(ctx: RequestContext, id: string, version: number) {
      assertCan(ctx.actor, 'nomination.write');
      return db.transaction(async (tx) => {
        const { it, row } = await lockNomination(tx, ctx, id, version);
        if (!live.includes(row.status)) throw conflict('nomination.withdraw_invalid', { status: row.status });
        if (hasStarted(it, today()))
          throw unprocessable('nomination.iteration_started', { startsOn: it.startsOn! });
        const now = clock.now();
        await q.updateNominationRow(tx, id, {
          status: 'withdrawn',
          version: row.version + 1,
          updatedAt: now,
        });
        await recordAudit(tx, ctx, clock, {
          action: 'nomination.withdraw',
          entityType: 'nomination',
          entityId: id,
          partnerId: row.partnerId,
          before: { status: row.status },
          after: { status: 'withdrawn' },
        });
        if (row.status === 'accepted') await promoteWaitlisted(tx, ctx, clock, it);
        return findNomination(tx, nominationScope(ctx.actor), id);
      });
    },

    /** Staff release one iteration's seats by hand (the job does it a few weeks before the start). */
    async releaseSeats(ctx: RequestContext, iterationId: string) {
      assertCan(ctx.actor, 'menu.manage');
      return db.transaction(async (tx) => {
        const it = await q.selectIteration(tx, iterationId, true);
        if (!it) throw notFound('iteration');
        if (it.status !== 'open' && it.status !== 'closed')
          throw conflict('nomination.iteration_not_open', { status: it.status });
        if (hasStarted(it, today()))
          throw unprocessable('nomination.iteration_started', { startsOn: it.startsOn! });
        await releaseIterationSeats(tx, ctx, clock, iterationId);
        return iterationNominations(ctx, iterationId, tx);
      });
    },
  };
}

export type NominationService = ReturnType<typeof createNominationService>;
