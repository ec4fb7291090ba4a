import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { notFound, unprocessable } from '../../core/errors';
import { type Actor, assertCan, can } from '../../core/policy';
import type { Database, Executor } from '../../db/client';
import type { ObjectivePriority, ProgrammeStatus } from '../../shared/enums';
import { isEditable, isOpenVersion, isVersionSource, programmeScope, stepsFor } from './programmes.access';
import * as q from './programmes.queries';
import type {
  CreateProgrammeBody,
  Programme,
  ProgrammeListQuery,
  ProgrammeSummary,
  ProgrammeTransitionBody,
  UpdateProgrammeBody,
} from './programmes.schemas';
import { loadCoverage } from './programmes-coverage';
import { diffVersions } from './programmes-diff';
import {
  applyProgrammeTransition,
  applyProgrammeUpdate,
  insertProgramme,
  insertProgrammeVersion,
} from './programmes-write';

export {
  applyProgrammeTransition,
  applyProgrammeUpdate,
  insertProgramme,
  insertProgrammeVersion,
  type SeedStep,
  seedProgramme,
} from './programmes-write';

/** A timestamp as either driver reads it from text or JSON, in ISO 8601 UTC. */
const iso = (value: string) => new Date(value).toISOString();

function toSummary(row: q.SummaryRow): ProgrammeSummary {
  return {
    id: row.id,
    lineageId: row.lineageId,
    versionNo: row.versionNo,
    partner: {
      id: row.partnerId,
      isoCode: row.partnerIso,
      name: { en: row.partnerNameEn, fr: row.partnerNameFr },
    },
    title: { en: row.titleEn, fr: row.titleFr },
    period: { startsOn: row.startsOn, endsOn: row.endsOn },
    status: row.status as ProgrammeStatus,
    agreedOn: row.agreedOn,
    objectiveCount: row.objectiveCount,
    activityCount: row.activityCount,
    version: row.version,
    updatedAt: iso(row.updatedAt),
  };
}

/** The API's shape of a version, with what the caller may do with it now. */
function toProgramme(actor: Actor, row: q.DetailRow): Programme {
  const status = row.status as ProgrammeStatus;
  const writer = can(actor, 'programme.write');
  const openVersion = row.versions.some((v) => isOpenVersion(v.status as ProgrammeStatus));
  return {
    ...toSummary(row),
    summary: { en: row.summaryEn, fr: row.summaryFr },
    returnComment: row.returnComment,
    submittedAt: row.submittedAt ? iso(row.submittedAt) : null,
    agreement: row.agreedOn
      ? { agreedOn: row.agreedOn, byPartner: row.agreedByPartner, byAlliance: row.agreedByAlliance }
      : null,
    objectives: row.objectives.map((o) => ({
      key: o.key,
      area: { id: o.areaId, code: o.areaCode, name: { en: o.areaNameEn, fr: o.areaNameFr } },
      priority: o.priority as ObjectivePriority,
      text: { en: o.textEn, fr: o.textFr },
      position: o.position,
    })),
    activities: row.activities.map((a) => ({
      activity: {
        id: a.activityId,
        code: a.code,
        title: { en: a.titleEn, fr: a.titleFr },
        year: a.year,
        status: a.status as Programme['activities'][number]['activity']['status'],
        iterations: Number(a.iterations),
      },
      objectiveKey: a.objectiveKey,
      plannedParticipants: a.plannedParticipants,
      note: { en: a.noteEn, fr: a.noteFr },
    })),
    history: row.history.map((h) => ({
      from: h.fromStatus as ProgrammeStatus | null,
      to: h.toStatus as ProgrammeStatus,
      comment: h.comment,
      actor: { name: h.actorName },
      at: iso(h.occurredAt),
    })),
    versions: row.versions.map((v) => ({
      id: v.id,
      versionNo: v.versionNo,
      status: v.status as ProgrammeStatus,
      agreedOn: v.agreedOn,
    })),
    editable: writer && isEditable(status),
    transitions: stepsFor(actor, status),
    canCreateVersion: writer && isVersionSource(status) && !openVersion,
    createdAt: iso(row.createdAt),
  };
}

/** A version as the caller may see it, whole; 404 when it may not. */
export async function loadProgramme(tx: Executor, actor: Actor, id: string): Promise<Programme> {
  const row = await q.selectProgrammeDetail(tx, programmeScope(actor), id);
  if (!row) throw notFound('programme');
  return toProgramme(actor, row);
}

export function createProgrammeService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;

  async function get(ctx: RequestContext, id: string, tx: Executor = db) {
    assertCan(ctx.actor, 'programme.read');
    return loadProgramme(tx, ctx.actor, id);
  }

  return {
    get,

    async list(ctx: RequestContext, query: ProgrammeListQuery) {
      assertCan(ctx.actor, 'programme.read');
      const { items, total } = await q.selectProgrammePage(
        db,
        programmeScope(ctx.actor),
        query,
        ctx.actor.locale,
      );
      return { items: items.map(toSummary), total, page: query.page, limit: query.limit };
    },

    async create(ctx: RequestContext, body: CreateProgrammeBody) {
      return db.transaction(async (tx) => get(ctx, await insertProgramme(tx, ctx, clock, body), tx));
    },

    async update(ctx: RequestContext, id: string, version: number, body: UpdateProgrammeBody) {
      return db.transaction(async (tx) => {
        await applyProgrammeUpdate(tx, ctx, clock, id, version, body);
        return get(ctx, id, tx);
      });
    },

    async transition(ctx: RequestContext, id: string, version: number, body: ProgrammeTransitionBody) {
      return db.transaction(async (tx) => {
        await applyProgrammeTransition(tx, ctx, clock, id, version, body);
        return get(ctx, id, tx);
      });
    },

    async createVersion(ctx: RequestContext, id: string) {
      return db.transaction(async (tx) => get(ctx, await insertProgrammeVersion(tx, ctx, clock, id), tx));
    },

    /** Two versions of one programme compared, the older first. */
    async diff(ctx: RequestContext, id: string, otherId: string) {
      const [one, other] = await Promise.all([get(ctx, id), get(ctx, otherId)]);
      if (one.lineageId !== other.lineageId) throw unprocessable('programme.other_lineage');
      return diffVersions(one, other);
    },

    async coverage(ctx: RequestContext, id: string) {
      const programme = await get(ctx, id);
      return loadCoverage(db, programme, ctx.actor.locale);
    },
  };
}

export type ProgrammeService = ReturnType<typeof createProgrammeService>;
