import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { conflict, forbidden, notFound, preconditionFailed } from '../../core/errors';
import { assertCan, can } from '../../core/policy';
import type { Executor } from '../../db/client';
import { type ProgrammeStatus, programmeTransitions } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import { partnerExists } from '../partners/partners.service';
import {
  isEditable,
  isOpenVersion,
  isVersionSource,
  permissionForStep,
  programmeScope,
} from './programmes.access';
import * as q from './programmes.queries';
import type { CreateProgrammeBody, ProgrammeTransitionBody, UpdateProgrammeBody } from './programmes.schemas';
import {
  checkContent,
  contentOf,
  fieldRefusal,
  objectiveValues,
  type ProgrammeContent,
  selectionValues,
  unknownPartner,
  withKeys,
} from './programmes-content';
import { notifyStep } from './programmes-notify';

/**
 * The writes of the programme module, each in the caller's transaction: the API's service, the demo
 * data and the benchmark all go through here (with `systemContext` for data loaded by the app).
 */

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The version the caller may see, locked: 404 otherwise; 412 when it changed since it was read. */
async function lockVersion(tx: Executor, ctx: RequestContext, id: string, version: number | null) {
  const row = await q.lockProgramme(tx, programmeScope(ctx.actor), id);
  if (!row) throw notFound('programme');
  if (version !== null && row.version !== version) throw preconditionFailed();
  return row;
}

/** One line of a version's status history, and (but for its creation) its audit event. */
async function addStep(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  row: { id: string; partnerId: string },
  from: ProgrammeStatus | null,
  to: ProgrammeStatus,
  comment: string,
) {
  await q.insertTransition(tx, {
    programmeId: row.id,
    fromStatus: from,
    toStatus: to,
    comment,
    actorUserId: ctx.actor.userId,
    actorLabel: ctx.actor.label,
    occurredAt: clock.now(),
  });
  if (from === null) return;
  await recordAudit(tx, ctx, clock, {
    action: 'programme.transition',
    entityType: 'programme',
    entityId: row.id,
    partnerId: row.partnerId,
    before: { status: from },
    after: { status: to, comment },
  });
}

/** The partner a new programme is for: a liaison's own (any other is unknown to it); the staff's choice. */
async function partnerFor(tx: Executor, ctx: RequestContext, requested: string | undefined) {
  if (ctx.actor.role === 'partner_liaison') {
    const own = ctx.actor.partnerId;
    if (!own) throw notFound('partner');
    if (requested && requested !== own) throw unknownPartner(requested);
    return own;
  }
  if (!requested || !(await partnerExists(tx, requested))) throw unknownPartner(requested ?? '');
  return requested;
}

/** A new programme: version 1 of its lineage, a draft. Answers its id. */
export async function insertProgramme(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  body: CreateProgrammeBody,
): Promise<string> {
  assertCan(ctx.actor, 'programme.write');
  const partnerId = await partnerFor(tx, ctx, body.partnerId);
  const content: ProgrammeContent = { ...body, objectives: withKeys(ctx.actor, body.objectives) };
  await checkContent(tx, ctx.actor, partnerId, content, new Set());
  const id = randomUUID();
  const now = clock.now();
  const row = await q.insertProgrammeRow(tx, {
    id,
    lineageId: id,
    versionNo: 1,
    partnerId,
    titleEn: content.title.en,
    titleFr: content.title.fr,
    summaryEn: content.summary.en,
    summaryFr: content.summary.fr,
    startsOn: content.period.startsOn,
    endsOn: content.period.endsOn,
    status: 'draft',
    createdBy: ctx.actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  await q.replaceObjectives(tx, id, objectiveValues(content));
  await q.replaceSelection(tx, id, selectionValues(content));
  await addStep(tx, ctx, clock, row, null, 'draft', '');
  await recordAudit(tx, ctx, clock, {
    action: 'programme.create',
    entityType: 'programme',
    entityId: id,
    partnerId,
    after: content,
  });
  return id;
}

/**
 * A change to a draft or returned version. The lists given replace the version's own; the
 * activities already selected are not checked again against the menu (only against the period),
 * so a version stays editable when an activity it holds is cancelled later.
 */
export async function applyProgrammeUpdate(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  id: string,
  version: number,
  body: UpdateProgrammeBody,
): Promise<void> {
  assertCan(ctx.actor, 'programme.write');
  const row = await lockVersion(tx, ctx, id, version);
  if (!isEditable(row.status as ProgrammeStatus)) {
    throw conflict('programme.not_editable', { status: row.status });
  }
  const before = contentOf(row, await q.selectContent(tx, id));
  const merged: ProgrammeContent = {
    title: body.title ?? before.title,
    summary: body.summary ?? before.summary,
    period: body.period ?? before.period,
    objectives: body.objectives ? withKeys(ctx.actor, body.objectives) : before.objectives,
    activities: body.activities ?? before.activities,
  };
  await checkContent(
    tx,
    ctx.actor,
    row.partnerId,
    merged,
    new Set(before.activities.map((a) => a.activityId)),
  );
  await q.updateProgrammeRow(tx, id, {
    titleEn: merged.title.en,
    titleFr: merged.title.fr,
    summaryEn: merged.summary.en,
    summaryFr: merged.summary.fr,
    startsOn: merged.period.startsOn,
    endsOn: merged.period.endsOn,
    version: row.version + 1,
    updatedAt: clock.now(),
  });
  if (body.objectives) await q.replaceObjectives(tx, id, objectiveValues(merged));
  if (body.activities) await q.replaceSelection(tx, id, selectionValues(merged));
  await recordAudit(tx, ctx, clock, {
    action: 'programme.update',
    entityType: 'programme',
    entityId: id,
    partnerId: row.partnerId,
    before: before,
    after: merged,
  });
}

/** The rules of one step besides who may take it: what it needs and what it records. */
async function checkStep(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  id: string,
  body: ProgrammeTransitionBody,
) {
  const actor = ctx.actor;
  if (body.to === 'submitted') {
    const { objectives } = await q.selectContent(tx, id);
    if (objectives.length === 0) throw fieldRefusal(actor, 422, 'programme.no_objectives', 'objectives');
  }
  if (body.to === 'returned' && body.comment === '') {
    throw fieldRefusal(actor, 422, 'programme.comment_required', 'comment');
  }
  if (body.to === 'agreed') {
    if (!body.agreedOn) throw fieldRefusal(actor, 422, 'programme.agreed_on_required', 'agreedOn');
    if (body.agreedOn > isoDay(clock.now())) {
      throw fieldRefusal(actor, 422, 'programme.agreed_on_future', 'agreedOn');
    }
  }
}

/**
 * Moves a version one step along its lifecycle (see shared/enums.ts#programmeTransitions): 403 for a
 * step the caller's role may not take, 409 for one the status does not allow. Agreeing a version
 * supersedes the programme's version in force. The people concerned are told in the same transaction.
 */
export async function applyProgrammeTransition(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  id: string,
  version: number | null,
  body: ProgrammeTransitionBody,
  options: { notify?: boolean } = {},
): Promise<void> {
  assertCan(ctx.actor, 'programme.write');
  const row = await lockVersion(tx, ctx, id, version);
  const from = row.status as ProgrammeStatus;
  if (!can(ctx.actor, permissionForStep(body.to))) throw forbidden();
  if (!programmeTransitions[from].includes(body.to)) {
    throw conflict('programme.transition_not_allowed', { from, to: body.to });
  }
  await checkStep(tx, ctx, clock, id, body);
  const now = clock.now();
  const updated = await q.updateProgrammeRow(tx, id, {
    status: body.to,
    version: row.version + 1,
    updatedAt: now,
    ...(body.to === 'submitted' ? { submittedAt: now } : {}),
    ...(body.to === 'returned' ? { returnComment: body.comment } : {}),
    ...(body.to === 'agreed'
      ? {
          agreedOn: body.agreedOn!,
          agreedByPartner: body.agreedByPartner,
          agreedByAlliance: body.agreedByAlliance,
          agreedByUserId: ctx.actor.userId,
        }
      : {}),
  });
  await addStep(tx, ctx, clock, row, from, body.to, body.comment);
  if (body.to === 'agreed') {
    // The version in force until now gives way to this one.
    for (const other of await q.selectLineage(tx, row.lineageId, true)) {
      if (other.id === id || !isVersionSource(other.status as ProgrammeStatus)) continue;
      await q.updateProgrammeRow(tx, other.id, {
        status: 'superseded',
        version: other.version + 1,
        updatedAt: now,
      });
      await addStep(tx, ctx, clock, other, other.status as ProgrammeStatus, 'superseded', '');
    }
  }
  if (options.notify !== false) await notifyStep(tx, ctx, clock, updated, body);
}

/**
 * A new version of an agreed or active one: a draft copy (objective keys kept, so that the two can be
 * compared) numbered after the programme's last. One version at a time may be open. Answers its id.
 */
export async function insertProgrammeVersion(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  sourceId: string,
): Promise<string> {
  assertCan(ctx.actor, 'programme.write');
  const source = await lockVersion(tx, ctx, sourceId, null);
  if (!isVersionSource(source.status as ProgrammeStatus)) {
    throw conflict('programme.not_versionable', { status: source.status });
  }
  const lineage = await q.selectLineage(tx, source.lineageId, true);
  const open = lineage.find((v) => isOpenVersion(v.status as ProgrammeStatus));
  if (open) throw conflict('programme.open_version_exists', { versionNo: open.versionNo });
  const content = contentOf(source, await q.selectContent(tx, sourceId));
  const id = randomUUID();
  const now = clock.now();
  const versionNo = Math.max(...lineage.map((v) => v.versionNo)) + 1;
  const row = await q.insertProgrammeRow(tx, {
    id,
    lineageId: source.lineageId,
    versionNo,
    partnerId: source.partnerId,
    titleEn: source.titleEn,
    titleFr: source.titleFr,
    summaryEn: source.summaryEn,
    summaryFr: source.summaryFr,
    startsOn: source.startsOn,
    endsOn: source.endsOn,
    status: 'draft',
    createdBy: ctx.actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  await q.replaceObjectives(tx, id, objectiveValues(content));
  await q.replaceSelection(tx, id, selectionValues(content));
  await addStep(tx, ctx, clock, row, null, 'draft', '');
  await recordAudit(tx, ctx, clock, {
    action: 'programme.version',
    entityType: 'programme',
    entityId: id,
    partnerId: source.partnerId,
    before: { id: sourceId, versionNo: source.versionNo },
    after: { versionNo, ...content },
  });
  return id;
}

/** One step as data loaded by the app gives it (the comment and the agreement's names may be left out). */
export type SeedStep = Pick<ProgrammeTransitionBody, 'to'> & Partial<Omit<ProgrammeTransitionBody, 'to'>>;

/**
 * A programme created and taken through the given steps at once, in the caller's transaction: the
 * demo data and the benchmark call it with `systemContext` (whose steps the history shows as "system"),
 * usually with `notify: false` so that loading data mails nobody. Answers its id.
 */
export async function seedProgramme(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  body: CreateProgrammeBody,
  steps: readonly SeedStep[],
  options: { notify?: boolean } = {},
): Promise<string> {
  const id = await insertProgramme(tx, ctx, clock, body);
  for (const s of steps) {
    await applyProgrammeTransition(
      tx,
      ctx,
      clock,
      id,
      null,
      { comment: '', agreedByPartner: '', agreedByAlliance: '', ...s },
      options,
    );
  }
  return id;
}
