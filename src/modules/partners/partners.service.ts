import { foldForSearch } from '../../core/bilingual';
import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { conflict, notFound, preconditionFailed, unprocessable } from '../../core/errors';
import { assertCan, recordScope } from '../../core/policy';
import { parseOrThrow } from '../../core/validation';
import type { Database, Executor } from '../../db/client';
import type {
  DatePrecision,
  MilestoneKind,
  PartnerKind,
  PartnerStatus,
  Releasability,
} from '../../shared/enums';
import type { AuditQuery } from '../audit/audit.schemas';
import { listAuditPage, recordAudit } from '../audit/audit.service';
import { findExistingTermIds } from '../taxonomies/taxonomies.service';
import * as q from './partners.queries';
import {
  type CreatePartnerBody,
  type Partner,
  type PartnerListQuery,
  partnerConsistencySchema,
  type UpdatePartnerBody,
} from './partners.schemas';

type PartnerContent = Required<CreatePartnerBody>;

async function loadPartner(tx: Executor, row: q.PartnerRow, showReleasableTo: boolean): Promise<Partner> {
  const fws = await q.selectFrameworksOf(tx, [row.id]);
  const areaRows = await q.selectAreasOf(tx, row.id);
  const milestoneRows = await q.selectMilestonesOf(tx, row.id);
  return {
    id: row.id,
    isoCode: row.isoCode,
    kind: row.kind as PartnerKind,
    name: { en: row.nameEn, fr: row.nameFr },
    summary: { en: row.summaryEn, fr: row.summaryFr },
    status: row.status as PartnerStatus,
    relationsSinceYear: row.relationsSinceYear,
    releasability: row.releasability as Releasability,
    // Which other partners may see a record is the alliance's business, not the partner's.
    releasableTo: showReleasableTo ? row.releasableTo : [],
    frameworks: fws.map((f) => ({
      id: f.id,
      code: f.code,
      name: { en: f.nameEn, fr: f.nameFr },
      joinedOn: f.joinedOn,
      leftOn: f.leftOn,
    })),
    areas: areaRows.map((a) => ({ id: a.id, code: a.code, name: { en: a.nameEn, fr: a.nameFr } })),
    milestones: milestoneRows.map((m) => ({
      id: m.id,
      occurredOn: m.occurredOn,
      precision: m.precision as DatePrecision,
      kind: m.kind as MilestoneKind,
      title: { en: m.titleEn, fr: m.titleFr },
      description: { en: m.descriptionEn, fr: m.descriptionFr },
    })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The partner as a plain editable document: what the audit trail keeps before and after. */
function auditView(partner: Partner) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = partner;
  return {
    ...rest,
    frameworks: partner.frameworks.map((f) => ({ code: f.code, joinedOn: f.joinedOn, leftOn: f.leftOn })),
    areas: partner.areas.map((a) => a.code),
    milestones: partner.milestones.map(({ id: _m, ...m }) => m),
  };
}

async function checkReferences(tx: Executor, content: PartnerContent, selfId?: string) {
  const unknown = (field: string, value: string) => unprocessable('reference.unknown', { field, value });
  const frameworkIds = content.frameworks.map((f) => f.frameworkId);
  const knownFrameworks = await findExistingTermIds(tx, 'framework', frameworkIds);
  const missingFramework = frameworkIds.find((id) => !knownFrameworks.has(id));
  if (missingFramework) throw unknown('frameworks.frameworkId', missingFramework);
  const knownAreas = await findExistingTermIds(tx, 'area', content.areaIds);
  const missingArea = content.areaIds.find((id) => !knownAreas.has(id));
  if (missingArea) throw unknown('areaIds', missingArea);
  const others = content.releasableTo.filter((id) => id !== selfId);
  const knownPartners = await q.selectExistingPartnerIds(tx, others);
  if (others.some((id) => !knownPartners.has(id))) throw unprocessable('releasability.invalid');
  const clash = await q.findPartnerClash(tx, content.isoCode, content.name.en, selfId);
  if (clash && content.isoCode && clash.isoCode === content.isoCode) {
    throw conflict('partner.duplicate_iso', { isoCode: content.isoCode });
  }
  if (clash) throw conflict('partner.duplicate_name', { name: content.name.en });
}

function columnsFor(content: PartnerContent) {
  return {
    isoCode: content.isoCode,
    kind: content.kind,
    nameEn: content.name.en,
    nameFr: content.name.fr,
    summaryEn: content.summary.en,
    summaryFr: content.summary.fr,
    status: content.status,
    relationsSinceYear: content.relationsSinceYear,
    releasability: content.releasability,
    releasableTo: [...new Set(content.releasableTo)],
    searchText: foldForSearch([content.name.en, content.name.fr, content.isoCode ?? ''].join(' ')),
    sortKeyEn: foldForSearch(content.name.en),
    sortKeyFr: foldForSearch(content.name.fr),
  };
}

async function writeChildren(tx: Executor, partnerId: string, content: Partial<PartnerContent>) {
  if (content.frameworks) {
    const unique = new Map(content.frameworks.map((f) => [f.frameworkId, f]));
    await q.replaceFrameworks(tx, partnerId, [...unique.values()]);
  }
  if (content.areaIds) await q.replaceAreas(tx, partnerId, [...new Set(content.areaIds)]);
  if (content.milestones) {
    await q.replaceMilestones(
      tx,
      partnerId,
      content.milestones.map((m) => ({
        occurredOn: m.occurredOn,
        precision: m.precision,
        kind: m.kind,
        titleEn: m.title.en,
        titleFr: m.title.fr,
        descriptionEn: m.description.en,
        descriptionFr: m.description.fr,
      })),
    );
  }
}

/** Registers a partner in the caller's transaction; used by the API and by the demo data. */
export async function insertPartner(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  body: CreatePartnerBody,
) {
  const content = body as PartnerContent;
  await checkReferences(tx, content);
  const now = clock.now();
  const row = await q.insertPartnerRow(tx, { ...columnsFor(content), createdAt: now, updatedAt: now });
  await writeChildren(tx, row.id, content);
  const partner = await loadPartner(tx, row, true);
  await recordAudit(tx, ctx, clock, {
    action: 'partner.create',
    entityType: 'partner',
    entityId: row.id,
    partnerId: row.id,
    after: auditView(partner),
  });
  return partner;
}

/** Applies an update in the caller's transaction, checking the version read (optimistic concurrency). */
export async function applyPartnerUpdate(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  id: string,
  version: number,
  body: UpdatePartnerBody,
) {
  const scope = recordScope(ctx.actor);
  const row = await q.selectPartner(tx, scope, id, true);
  if (!row) throw notFound('partner');
  if (row.version !== version) throw preconditionFailed();
  const before = await loadPartner(tx, row, true);
  const merged: PartnerContent = {
    isoCode: body.isoCode !== undefined ? body.isoCode : before.isoCode,
    kind: body.kind ?? before.kind,
    name: body.name ?? before.name,
    summary: body.summary ?? before.summary,
    status: body.status ?? before.status,
    relationsSinceYear:
      body.relationsSinceYear !== undefined ? body.relationsSinceYear : before.relationsSinceYear,
    releasability: body.releasability ?? before.releasability,
    releasableTo:
      body.releasableTo ??
      (body.releasability && body.releasability !== 'releasable' ? [] : before.releasableTo),
    frameworks:
      body.frameworks ??
      before.frameworks.map((f) => ({ frameworkId: f.id, joinedOn: f.joinedOn, leftOn: f.leftOn })),
    areaIds: body.areaIds ?? before.areas.map((a) => a.id),
    milestones: body.milestones ?? before.milestones,
  };
  parseOrThrow(partnerConsistencySchema, merged, ctx.actor.locale);
  await checkReferences(tx, merged, id);
  const updated = await q.updatePartnerRow(tx, id, {
    ...columnsFor(merged),
    version: row.version + 1,
    updatedAt: clock.now(),
  });
  await writeChildren(tx, id, body as Partial<PartnerContent>);
  const after = await loadPartner(tx, updated, true);
  await recordAudit(tx, ctx, clock, {
    action: 'partner.update',
    entityType: 'partner',
    entityId: id,
    partnerId: id,
    before: auditView(before),
    after: auditView(after),
  });
  return after;
}

/** Whether a partner exists, whoever may see it: other modules check their references with it. */
export function partnerExists(tx: Executor, id: string): Promise<boolean> {
  return q.partnerExists(tx, id);
}

/** Which of these partners exist, whoever may see them. */
export function findExistingPartnerIds(tx: Executor, ids: string[]): Promise<Set<string>> {
  return q.selectExistingPartnerIds(tx, ids);
}

/** The frameworks a partner belongs to now (joined, not left): what framework eligibility looks at. */
export function currentFrameworkIds(tx: Executor, partnerId: string): Promise<string[]> {
  return q.selectCurrentFrameworkIds(tx, partnerId);
}

/** Partners' names by id, whoever may see them (an activity's named partners, for the staff). */
export function selectPartnerNames(tx: Executor, ids: string[]) {
  return q.selectPartnerNames(tx, ids);
}

/** Partner ids by ISO code (imports name partners by code). */
export function findPartnerIdsByIso(tx: Executor, isoCodes: string[]): Promise<Map<string, string>> {
  return q.selectPartnerIdsByIso(tx, isoCodes);
}

/** Every partner's id, ISO code and names, whoever may see it: imports resolve codes with it. */
export function findPartnerKeys(tx: Executor) {
  return q.selectPartnerKeys(tx);
}

export function createPartnerService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;

  return {
    async list(ctx: RequestContext, query: PartnerListQuery) {
      assertCan(ctx.actor, 'partner.read');
      const { items, total } = await q.selectPartnerPage(db, recordScope(ctx.actor), query, ctx.actor.locale);
      return {
        items: items.map((row) => ({
          id: row.id,
          isoCode: row.isoCode,
          kind: row.kind as PartnerKind,
          name: { en: row.nameEn, fr: row.nameFr },
          status: row.status as PartnerStatus,
          relationsSinceYear: row.relationsSinceYear,
          releasability: row.releasability as Releasability,
          frameworks: row.frameworks.map((f) => ({
            id: f.id,
            code: f.code,
            name: { en: f.nameEn, fr: f.nameFr },
          })),
        })),
        total,
        page: query.page,
        limit: query.limit,
      };
    },

    async get(ctx: RequestContext, id: string) {
      assertCan(ctx.actor, 'partner.read');
      const scope = recordScope(ctx.actor);
      const row = await q.selectPartner(db, scope, id);
      if (!row) throw notFound('partner');
      return loadPartner(db, row, scope.kind === 'all');
    },

    async create(ctx: RequestContext, body: CreatePartnerBody) {
      assertCan(ctx.actor, 'partner.write');
      return db.transaction((tx) => insertPartner(tx, ctx, clock, body));
    },

    async update(ctx: RequestContext, id: string, version: number, body: UpdatePartnerBody) {
      assertCan(ctx.actor, 'partner.write');
      return db.transaction((tx) => applyPartnerUpdate(tx, ctx, clock, id, version, body));
    },

    async history(ctx: RequestContext, id: string, query: Pick<AuditQuery, 'limit' | 'cursor'>) {
      assertCan(ctx.actor, 'partner.history');
      const row = await q.selectPartner(db, recordScope(ctx.actor), id);
      if (!row) throw notFound('partner');
      // The partner record's own changes only: events about its liaison accounts belong to user admin.
      return listAuditPage(db, { ...query, entityType: 'partner', entityId: id });
    },
  };
}

export type PartnerService = ReturnType<typeof createPartnerService>;
