import Decimal from 'decimal.js';
import { sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError, conflict, notFound, preconditionFailed } from '../../core/errors';
import { assertCan } from '../../core/policy';
import { type Database, type Executor, selectRows } from '../../db/client';
import { incomingTypes, type OrganisationKind, type TransactionType } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import { assertOrganisation } from './funds.service';
import { checkedAmount, type MoneySettings, toBaseAt } from './tf-money';
import { encodeTransactionCursor } from './transactions.cursor';
import * as q from './transactions.queries';
import { type TrustFundScope, trustFundScope } from './trust-funds.access';
import type {
  Transaction,
  TransactionBody,
  TransactionList,
  TransactionListQuery,
} from './trust-funds.schemas';

const all: TrustFundScope = { records: { kind: 'all' }, donorPartnerId: null };

/** The list counts its rows up to here, and says "more than" beyond (see `list`). */
export const transactionCountCap = 10_000;

export function toTransaction(row: q.TransactionRow, baseCurrency: string): Transaction {
  return {
    id: row.id,
    fund: { id: row.fundId, code: row.fundCode, name: { en: row.fundNameEn, fr: row.fundNameFr } },
    project: row.projectId
      ? {
          id: row.projectId,
          code: row.projectCode ?? '',
          title: { en: row.projectTitleEn ?? '', fr: row.projectTitleFr ?? '' },
        }
      : null,
    type: row.type as TransactionType,
    party: row.partyId
      ? {
          id: row.partyId,
          kind: row.partyKind as OrganisationKind,
          name: { en: row.partyNameEn ?? '', fr: row.partyNameFr ?? '' },
        }
      : null,
    amount: row.amount,
    currency: row.currency,
    valueDate: row.valueDate,
    rate: row.rate,
    rateDate: row.rateDate,
    rateSource: row.rateSource,
    baseCurrency,
    amountBase: row.amountBase,
    pledgeId: row.pledgeId,
    earmark: { en: row.earmarkEn, fr: row.earmarkFr },
    reference: row.reference,
    overBalance: row.overBalance,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** The rules of one transaction, before anything is written: what it names must fit its type. */
async function checkTransaction(tx: Executor, ctx: RequestContext, body: TransactionBody, selfId?: string) {
  const incoming = incomingTypes.includes(body.type);
  if (incoming && !body.partyId) throw new AppError(422, 'tf_transaction.donor_required');
  if (body.type === 'disbursement' && body.partyId) throw new AppError(422, 'tf_transaction.no_party');
  if ((body.type === 'disbursement' || body.type === 'expenditure') && !body.projectId)
    throw new AppError(422, 'tf_transaction.project_required');
  const [fund] = await selectRows<{ id: string }>(
    tx,
    sql`select id from trust_funds where id = ${body.fundId}::uuid`,
  );
  if (!fund) throw new AppError(422, 'trust_fund.unknown');
  if (body.projectId) {
    const [project] = await selectRows<{ fundId: string }>(
      tx,
      sql`select fund_id as "fundId" from tf_projects where id = ${body.projectId}::uuid`,
    );
    if (!project || project.fundId !== body.fundId)
      throw new AppError(422, 'tf_transaction.project_not_in_fund');
  }
  if (body.partyId) await assertOrganisation(tx, body.partyId, 'partyId');
  if (body.pledgeId) {
    if (body.type !== 'incoming_commitment' && body.type !== 'incoming_funds')
      throw new AppError(422, 'tf_transaction.pledge_link_type');
    const [pledge] = await selectRows<{ type: string; fundId: string; partyId: string | null }>(
      tx,
      sql`select type, fund_id as "fundId", party_id as "partyId" from tf_transactions where id = ${body.pledgeId}::uuid`,
    );
    // Unknown, or not a pledge of this donor to this fund.
    if (
      pledge?.type !== 'incoming_pledge' ||
      pledge.fundId !== body.fundId ||
      pledge.partyId !== body.partyId ||
      body.pledgeId === selfId
    )
      throw new AppError(422, 'tf_transaction.bad_pledge');
  }
  return checkedAmount(body.amount, body.currency, 'amount', ctx.actor.locale);
}

/**
 * Converts at the value date's rate, checks the fund's balance for a disbursement (under the fund's row
 * lock), and writes, in the caller's transaction; answers the id. No audit: the callers write it.
 */
export async function writeTransaction(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  money: MoneySettings,
  body: TransactionBody,
  existing?: { id: string; version: number },
) {
  const amount = await checkTransaction(tx, ctx, body, existing?.id);
  const converted = await toBaseAt(tx, money, amount, body.currency, body.valueDate);
  let overBalance = false;
  if (body.type === 'disbursement') {
    await tx.execute(sql`select id from trust_funds where id = ${body.fundId}::uuid for update`);
    const balance = new Decimal(await q.fundBalanceBase(tx, body.fundId, existing?.id));
    if (balance.lessThan(converted.amountBase)) {
      if (money.overBalance === 'refuse')
        throw conflict('tf_transaction.over_balance', {
          balance: balance.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2),
          amount: new Decimal(converted.amountBase).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2),
          currency: money.baseCurrency,
        });
      overBalance = true;
    }
  }
  const values = {
    fundId: body.fundId,
    projectId: body.projectId,
    type: body.type,
    partyId: body.partyId,
    amount,
    currency: body.currency,
    valueDate: body.valueDate,
    rate: converted.rate,
    rateDate: converted.rateDate,
    rateSource: converted.source,
    amountBase: converted.amountBase,
    pledgeId: body.pledgeId,
    earmarkEn: body.earmark.en,
    earmarkFr: body.earmark.fr,
    reference: body.reference,
    overBalance,
  };
  const now = clock.now();
  if (existing) {
    await q.updateTransaction(tx, existing.id, { ...values, version: existing.version + 1, updatedAt: now });
    return existing.id;
  }
  return q.insertTransaction(tx, { ...values, createdBy: ctx.actor.userId, createdAt: now, updatedAt: now });
}

export function createTransactionService(deps: { db: Database; clock: Clock; money: MoneySettings }) {
  const { db, clock, money } = deps;

  async function load(tx: Executor, scope: TrustFundScope, id: string) {
    const [row] = await q.selectTransactions(tx, scope, { id });
    if (!row) throw notFound('tf_transaction');
    return toTransaction(row, money.baseCurrency);
  }

  return {
    /**
     * One keyset page and the capped total. The total is counted on every page (at most
     * `transactionCountCap + 1` index entries, a few milliseconds) rather than on the first only, so
     * that every page stands alone; past the cap the answer is "more than 10,000" (`totalCapped`).
     */
    async list(ctx: RequestContext, query: TransactionListQuery): Promise<TransactionList> {
      assertCan(ctx.actor, 'trustfund.read');
      const scope = trustFundScope(ctx.actor);
      const { cursor, limit, ...filter } = query;
      // One row more than asked says whether a next page exists without asking for it. The two reads
      // run one after the other: PGlite serialises them anyway, and the bench's replay wants a fixed order.
      const rows = await q.selectTransactions(db, scope, { ...filter, after: cursor, limit: limit + 1 });
      const counted = await q.countTransactions(db, scope, filter, transactionCountCap);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map((r) => toTransaction(r, money.baseCurrency)),
        total: Math.min(counted, transactionCountCap),
        totalCapped: counted > transactionCountCap,
        nextCursor:
          rows.length > limit && last
            ? encodeTransactionCursor({
                valueDate: last.valueDate,
                createdAt: last.createdAtKey,
                id: last.id,
              })
            : null,
      };
    },

    async get(ctx: RequestContext, id: string) {
      assertCan(ctx.actor, 'trustfund.read');
      return load(db, trustFundScope(ctx.actor), id);
    },

    async create(ctx: RequestContext, body: TransactionBody) {
      assertCan(ctx.actor, 'trustfund.write');
      return db.transaction(async (tx) => {
        const id = await writeTransaction(tx, ctx, clock, money, body);
        const after = await load(tx, all, id);
        await recordAudit(tx, ctx, clock, {
          action: 'tf_transaction.create',
          entityType: 'tf_transaction',
          entityId: id,
          after,
        });
        return after;
      });
    },

    async update(ctx: RequestContext, id: string, version: number, body: TransactionBody) {
      assertCan(ctx.actor, 'trustfund.write');
      return db.transaction(async (tx) => {
        const row = await q.lockTransaction(tx, id);
        if (!row) throw notFound('tf_transaction');
        if (row.version !== version) throw preconditionFailed();
        if (
          row.type === 'incoming_pledge' &&
          body.type !== 'incoming_pledge' &&
          (await q.pledgeIsReferenced(tx, id))
        )
          throw conflict('tf_transaction.pledge_in_use');
        const before = await load(tx, all, id);
        await writeTransaction(tx, ctx, clock, money, body, { id, version: row.version });
        const after = await load(tx, all, id);
        await recordAudit(tx, ctx, clock, {
          action: 'tf_transaction.update',
          entityType: 'tf_transaction',
          entityId: id,
          before,
          after,
        });
        return after;
      });
    },

    async remove(ctx: RequestContext, id: string, version: number) {
      assertCan(ctx.actor, 'trustfund.write');
      await db.transaction(async (tx) => {
        const row = await q.lockTransaction(tx, id);
        if (!row) throw notFound('tf_transaction');
        if (row.version !== version) throw preconditionFailed();
        if (await q.pledgeIsReferenced(tx, id)) throw conflict('tf_transaction.pledge_in_use');
        const before = await load(tx, all, id);
        await q.deleteTransaction(tx, id);
        await recordAudit(tx, ctx, clock, {
          action: 'tf_transaction.delete',
          entityType: 'tf_transaction',
          entityId: id,
          before,
        });
      });
    },
  };
}

export type TransactionService = ReturnType<typeof createTransactionService>;
