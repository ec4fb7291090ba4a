import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { conflict, notFound, preconditionFailed } from '../../core/errors';
import { assertCan } from '../../core/policy';
import type { Database, Executor } from '../../db/client';
import type { ProviderKind } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import * as q from './providers.queries';
import type {
  CreateProviderBody,
  Provider,
  ProviderListQuery,
  UpdateProviderBody,
} from './providers.schemas';

/** Whether a provider exists: other modules check their references with it. */
export function providerExists(tx: Executor, id: string): Promise<boolean> {
  return q.providerExists(tx, id);
}

/** Adds a provider row as it is, without audit: the demo data's shortcut. The API uses `createProvider`. */
export function insertProvider(tx: Executor, values: Parameters<typeof q.insertProviderRow>[1]) {
  return q.insertProviderRow(tx, values);
}

/** Providers by code, case-insensitively, in one query: code → { id, code } keyed by the lower-case code. */
export async function findProvidersByCodes(tx: Executor, codes: string[]) {
  const rows = await q.selectProvidersByCodes(tx, codes);
  return new Map(rows.map((row) => [row.code.toLowerCase(), row]));
}

/** Providers by id, in one query: id → code (exports write codes, not ids). */
export async function findProviderCodes(tx: Executor, ids: string[]) {
  const rows = await q.selectProvidersByIds(tx, ids);
  return new Map(rows.map((row) => [row.id, row.code]));
}

export function toProvider(row: q.ProviderRow): Provider {
  return {
    id: row.id,
    code: row.code,
    name: { en: row.nameEn, fr: row.nameFr },
    kind: row.kind as ProviderKind,
    countryCode: row.countryCode,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    website: row.website,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of a provider: the editable fields. */
function auditView(provider: Provider) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = provider;
  return rest;
}

type ProviderContent = Required<CreateProviderBody>;

function columnsFor(content: ProviderContent) {
  return {
    code: content.code,
    nameEn: content.name.en,
    nameFr: content.name.fr,
    kind: content.kind,
    countryCode: content.countryCode,
    contactName: content.contactName,
    contactEmail: content.contactEmail,
    contactPhone: content.contactPhone,
    website: content.website,
    active: content.active,
  };
}

async function checkCode(tx: Executor, code: string, selfId?: string) {
  if (await q.findProviderByCode(tx, code, selfId)) throw conflict('provider.duplicate_code', { code });
}

/** Registers a provider in the caller's transaction, audited. */
export async function createProvider(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  body: CreateProviderBody,
) {
  const content = body as ProviderContent;
  await checkCode(tx, content.code);
  const now = clock.now();
  const row = await q.insertProviderRow(tx, { ...columnsFor(content), createdAt: now, updatedAt: now });
  const provider = toProvider(row);
  await recordAudit(tx, ctx, clock, {
    action: 'provider.create',
    entityType: 'provider',
    entityId: row.id,
    after: auditView(provider),
  });
  return provider;
}

export async function applyProviderUpdate(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  id: string,
  version: number,
  body: UpdateProviderBody,
) {
  const row = await q.selectProvider(tx, id, true);
  if (!row) throw notFound('provider');
  if (row.version !== version) throw preconditionFailed();
  const before = toProvider(row);
  const merged: ProviderContent = {
    code: body.code ?? before.code,
    name: body.name ?? before.name,
    kind: body.kind ?? before.kind,
    countryCode: body.countryCode !== undefined ? body.countryCode : before.countryCode,
    contactName: body.contactName ?? before.contactName,
    contactEmail: body.contactEmail ?? before.contactEmail,
    contactPhone: body.contactPhone ?? before.contactPhone,
    website: body.website ?? before.website,
    active: body.active ?? before.active,
  };
  if (merged.code.toLowerCase() !== before.code.toLowerCase()) await checkCode(tx, merged.code, id);
  const updated = await q.updateProviderRow(tx, id, {
    ...columnsFor(merged),
    version: row.version + 1,
    updatedAt: clock.now(),
  });
  const after = toProvider(updated);
  await recordAudit(tx, ctx, clock, {
    action: 'provider.update',
    entityType: 'provider',
    entityId: id,
    before: auditView(before),
    after: auditView(after),
  });
  return after;
}

export function createProviderService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async list(ctx: RequestContext, query: Partial<ProviderListQuery> = {}) {
      assertCan(ctx.actor, 'provider.read');
      const rows = await q.selectProviders(db, query);
      const items = rows.map(toProvider);
      return { items, total: items.length };
    },

    async get(ctx: RequestContext, id: string) {
      assertCan(ctx.actor, 'provider.read');
      const row = await q.selectProvider(db, id);
      if (!row) throw notFound('provider');
      return toProvider(row);
    },

    async create(ctx: RequestContext, body: CreateProviderBody) {
      assertCan(ctx.actor, 'provider.write');
      return db.transaction((tx) => createProvider(tx, ctx, clock, body));
    },

    async update(ctx: RequestContext, id: string, version: number, body: UpdateProviderBody) {
      assertCan(ctx.actor, 'provider.write');
      return db.transaction((tx) => applyProviderUpdate(tx, ctx, clock, id, version, body));
    },
  };
}

export type ProviderService = ReturnType<typeof createProviderService>;
