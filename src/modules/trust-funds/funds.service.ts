import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError, conflict, notFound, preconditionFailed, unprocessable } from '../../core/errors';
import { assertCan } from '../../core/policy';
import type { Database, Executor } from '../../db/client';
import type { FundStatus, OrganisationKind, Releasability } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import * as q from './funds.queries';
import { assertCurrency } from './tf-money';
import { trustFundScope } from './trust-funds.access';
import type { Fund, FundBody, Organisation, OrganisationBody } from './trust-funds.schemas';

export function toOrganisation(row: q.OrganisationRow): Organisation {
  return {
    id: row.id,
    kind: row.kind as OrganisationKind,
    partnerId: row.partnerId,
    isoCode: row.isoCode,
    name: { en: row.nameEn, fr: row.nameFr },
    iatiRef: row.iatiRef,
    iatiType: row.iatiType,
    version: row.version,
  };
}

export function toFund(row: q.FundRow): Fund {
  return {
    id: row.id,
    code: row.code,
    name: { en: row.nameEn, fr: row.nameFr },
    description: { en: row.descriptionEn, fr: row.descriptionFr },
    currency: row.currency,
    status: row.status as FundStatus,
    beneficiaryPartner: row.beneficiaryPartnerId
      ? {
          id: row.beneficiaryPartnerId,
          name: { en: row.beneficiaryNameEn ?? '', fr: row.beneficiaryNameFr ?? '' },
        }
      : null,
    manager: row.managerOrgId
      ? { id: row.managerOrgId, name: { en: row.managerNameEn ?? '', fr: row.managerNameFr ?? '' } }
      : null,
    releasability: row.releasability as Releasability,
    releasableTo: row.releasableTo,
    projectCount: row.projectCount,
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** An organisation that exists, or a 422 naming the field that refers to it. */
export async function assertOrganisation(tx: Executor, id: string, field: string) {
  const row = await q.selectOrganisation(tx, id);
  if (!row) throw new AppError(422, 'organisation.unknown', { field });
  return row;
}

/** The organisation row standing for a partner, created the first time the partner gives or leads. */
export async function organisationForPartner(tx: Executor, partnerId: string) {
  const existing = await q.organisationOfPartner(tx, partnerId);
  if (existing) return existing;
  return q.insertOrganisation(tx, { kind: 'partner', partnerId });
}

/** The partner's foreign key, or a member state's code given twice. */
function organisationClash(error: unknown): never {
  const code =
    (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  if (code === '23503') throw new AppError(422, 'organisation.unknown_partner');
  if (code === '23505') throw conflict('organisation.duplicate');
  throw error;
}

/** The columns a body sets besides kind and partner. */
function organisationColumns(body: OrganisationBody) {
  return {
    isoCode: body.isoCode,
    nameEn: body.name.en,
    nameFr: body.name.fr,
    iatiRef: body.iatiRef,
    iatiType: body.iatiType,
  };
}

/** Two organisations (other than partners' rows) never share a name, in either language. */
async function checkOrganisationName(tx: Executor, body: OrganisationBody, selfId?: string) {
  if (body.kind === 'partner') return;
  const taken = await q.organisationNameTaken(tx, body.name, selfId);
  if (taken) throw conflict('organisation.duplicate_name', { name: taken });
}

/**
 * Replaces an organisation's details (If-Match version), audited, in the caller's transaction. A
 * partner's row stays tied to its partner, whose names it shows: names sent for it are ignored.
 */
export async function updateOrganisation(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  id: string,
  version: number,
  body: OrganisationBody,
) {
  const row = await q.lockOrganisation(tx, id);
  if (!row) throw notFound('organisation');
  if (row.version !== version) throw preconditionFailed();
  if ((row.kind === 'partner') !== (body.kind === 'partner')) throw unprocessable('organisation.kind_locked');
  if (row.kind === 'partner' && body.partnerId !== row.partnerId)
    throw unprocessable('organisation.partner_locked');
  await checkOrganisationName(tx, body, id);
  const before = toOrganisation((await q.selectOrganisation(tx, id))!);
  await q
    .updateOrganisation(tx, id, {
      kind: body.kind,
      // A partner's row reads its names through the link: what was sent for it is dropped.
      ...organisationColumns(row.kind === 'partner' ? { ...body, name: { en: '', fr: '' } } : body),
      version: row.version + 1,
      updatedAt: clock.now(),
    })
    .catch(organisationClash);
  const after = toOrganisation((await q.selectOrganisation(tx, id))!);
  await recordAudit(tx, ctx, clock, {
    action: 'organisation.update',
    entityType: 'organisation',
    entityId: id,
    before,
    after,
  });
  return after;
}

/** Adds an organisation (or the row of a partner), audited, in the caller's transaction. */
export async function createOrganisation(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  body: OrganisationBody,
) {
  if (body.partnerId && (await q.organisationOfPartner(tx, body.partnerId)))
    throw conflict('organisation.partner_taken');
  await checkOrganisationName(tx, body);
  const id = await q
    .insertOrganisation(tx, { kind: body.kind, partnerId: body.partnerId, ...organisationColumns(body) })
    .catch(organisationClash);
  const organisation = toOrganisation((await q.selectOrganisation(tx, id))!);
  await recordAudit(tx, ctx, clock, {
    action: 'organisation.create',
    entityType: 'organisation',
    entityId: id,
    after: organisation,
  });
  return organisation;
}

function fundColumns(body: FundBody) {
  return {
    code: body.code,
    nameEn: body.name.en,
    nameFr: body.name.fr,
    descriptionEn: body.description.en,
    descriptionFr: body.description.fr,
    currency: body.currency,
    status: body.status,
    beneficiaryPartnerId: body.beneficiaryPartnerId,
    managerOrgId: body.managerOrgId,
    releasability: body.releasability,
    releasableTo: body.releasableTo,
  };
}

async function checkFund(tx: Executor, ctx: RequestContext, body: FundBody, selfId?: string) {
  assertCurrency(body.currency, 'currency', ctx.actor.locale);
  if (await q.fundCodeTaken(tx, body.code, selfId))
    throw conflict('trust_fund.duplicate_code', { code: body.code });
  if (body.managerOrgId) await assertOrganisation(tx, body.managerOrgId, 'managerOrgId');
}

export function createFundService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;
  const all = { records: { kind: 'all' }, donorPartnerId: null } as const;

  async function getFund(tx: Executor, ctx: RequestContext, id: string) {
    const [row] = await q.selectFunds(tx, trustFundScope(ctx.actor), id);
    if (!row) throw notFound('trust_fund');
    return toFund(row);
  }

  return {
    async organisations(ctx: RequestContext, filter: { q?: string; kind?: string }) {
      assertCan(ctx.actor, 'trustfund.read');
      const partner = trustFundScope(ctx.actor).donorPartnerId;
      const rows = await q.selectOrganisations(db, { ...filter, partner });
      return { items: rows.map(toOrganisation) };
    },

    async createOrganisation(ctx: RequestContext, body: OrganisationBody) {
      assertCan(ctx.actor, 'trustfund.write');
      return db.transaction((tx) => createOrganisation(tx, ctx, clock, body));
    },

    async organisation(ctx: RequestContext, id: string) {
      assertCan(ctx.actor, 'trustfund.read');
      const partner = trustFundScope(ctx.actor).donorPartnerId;
      const [row] = await q.selectOrganisations(db, { ids: [id], partner });
      if (!row) throw notFound('organisation');
      return toOrganisation(row);
    },

    async updateOrganisation(ctx: RequestContext, id: string, version: number, body: OrganisationBody) {
      assertCan(ctx.actor, 'trustfund.write');
      return db.transaction((tx) => updateOrganisation(tx, ctx, clock, id, version, body));
    },

    async list(ctx: RequestContext) {
      assertCan(ctx.actor, 'trustfund.read');
      const rows = await q.selectFunds(db, trustFundScope(ctx.actor));
      return { items: rows.map(toFund) };
    },

    async get(ctx: RequestContext, id: string) {
      assertCan(ctx.actor, 'trustfund.read');
      return getFund(db, ctx, id);
    },

    async create(ctx: RequestContext, body: FundBody) {
      assertCan(ctx.actor, 'trustfund.write');
      return db.transaction(async (tx) => {
        await checkFund(tx, ctx, body);
        const now = clock.now();
        const id = await q.insertFund(tx, { ...fundColumns(body), createdAt: now, updatedAt: now });
        const fund = toFund((await q.selectFunds(tx, all, id))[0]!);
        await recordAudit(tx, ctx, clock, {
          action: 'trust_fund.create',
          entityType: 'trust_fund',
          entityId: id,
          after: fund,
        });
        return fund;
      });
    },

    async update(ctx: RequestContext, id: string, version: number, body: FundBody) {
      assertCan(ctx.actor, 'trustfund.write');
      return db.transaction(async (tx) => {
        const row = await q.lockFund(tx, id);
        if (!row) throw notFound('trust_fund');
        if (row.version !== version) throw preconditionFailed();
        await checkFund(tx, ctx, body, id);
        if (body.currency !== row.currency && (await q.fundHasMoney(tx, id)))
          throw conflict('trust_fund.currency_locked', { currency: row.currency });
        const before = toFund((await q.selectFunds(tx, all, id))[0]!);
        await q.updateFund(tx, id, {
          ...fundColumns(body),
          version: row.version + 1,
          updatedAt: clock.now(),
        });
        const after = toFund((await q.selectFunds(tx, all, id))[0]!);
        await recordAudit(tx, ctx, clock, {
          action: 'trust_fund.update',
          entityType: 'trust_fund',
          entityId: id,
          before,
          after,
        });
        return after;
      });
    },
  };
}

export type FundService = ReturnType<typeof createFundService>;
