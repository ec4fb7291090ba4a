import { eq, sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../../db/client';
import { tfTransactions } from '../../db/schema';
import type { TransactionCursor } from './transactions.cursor';
import { moneySql, releasedSql, type TrustFundScope } from './trust-funds.access';
import type { TransactionListQuery } from './trust-funds.schemas';

export interface TransactionRow {
  id: string;
  fundId: string;
  fundCode: string;
  fundNameEn: string;
  fundNameFr: string;
  projectId: string | null;
  projectCode: string | null;
  projectTitleEn: string | null;
  projectTitleFr: string | null;
  type: string;
  partyId: string | null;
  partyKind: string | null;
  partyNameEn: string | null;
  partyNameFr: string | null;
  amount: string;
  currency: string;
  valueDate: string;
  rate: string;
  rateDate: string;
  rateSource: string;
  amountBase: string;
  pledgeId: string | null;
  earmarkEn: string;
  earmarkFr: string;
  reference: string;
  overBalance: boolean;
  version: number;
  createdAt: string;
  /** created_at in UTC to the microsecond: the cursor's key (createdAt is for display). */
  createdAtKey: string;
}

export type TransactionFilter = Partial<Omit<TransactionListQuery, 'cursor' | 'limit'>> & {
  id?: string;
  pledgeOf?: string;
};

/**
 * What the caller may see of the money, narrowed by the filters: on the alias `t` alone (no join), so
 * that the page and the count share it and the count reads an index only.
 */
function whereTransactions(scope: TrustFundScope, filter: TransactionFilter) {
  return sql`${moneySql(scope, sql`t.party_id`, sql`t.type`)}
      and (${filter.id ?? null}::uuid is null or t.id = ${filter.id ?? null}::uuid)
      and (${filter.fund ?? null}::uuid is null or t.fund_id = ${filter.fund ?? null}::uuid)
      and (${filter.project ?? null}::uuid is null or t.project_id = ${filter.project ?? null}::uuid)
      and (${filter.party ?? null}::uuid is null or t.party_id = ${filter.party ?? null}::uuid)
      and (${filter.type ?? null}::text is null or t.type = ${filter.type ?? null})
      and (${filter.pledgeOf ?? null}::uuid is null or t.pledge_id = ${filter.pledgeOf ?? null}::uuid)
      and (${filter.from ?? null}::date is null or t.value_date >= ${filter.from ?? null}::date)
      and (${filter.to ?? null}::date is null or t.value_date <= ${filter.to ?? null}::date)`;
}

/**
 * The money the caller may see, newest value date first, then newest recorded, then by id: a total
 * order, so that a keyset page (`after` the previous page's last row) neither skips nor repeats a row
 * even when thousands share a value date. The row comparison follows tf_transactions_list_idx, so a
 * page reads `limit` index entries wherever it starts. The columns are never null, but `nulls last` is
 * spelled out because the index says it (drizzle's `.desc()`) and a bare `desc` means nulls first: the
 * planner would not match the two, and would sort the whole table instead. A liaison's own contributions show even on a fund
 * not released to it (it is its own money), but a project only when the project is released to it.
 */
export function selectTransactions(
  tx: Executor,
  scope: TrustFundScope,
  filter: TransactionFilter & { after?: TransactionCursor; limit?: number },
) {
  const projectShown = releasedSql(scope, {
    releasability: sql`tp.releasability`,
    releasableTo: sql`tp.releasable_to`,
  });
  const after = filter.after
    ? sql`and (t.value_date, t.created_at, t.id) < (${filter.after.valueDate}::date, ${filter.after.createdAt}::timestamptz, ${filter.after.id}::uuid)`
    : sql``;
  return selectRows<TransactionRow>(
    tx,
    sql`select t.id, t.fund_id as "fundId", f.code as "fundCode", f.name_en as "fundNameEn", f.name_fr as "fundNameFr",
          case when ${projectShown} then t.project_id end as "projectId",
          case when ${projectShown} then tp.code end as "projectCode",
          case when ${projectShown} then tp.title_en end as "projectTitleEn",
          case when ${projectShown} then tp.title_fr end as "projectTitleFr",
          t.type, t.party_id as "partyId", o.kind as "partyKind",
          coalesce(nullif(o.name_en, ''), p.name_en) as "partyNameEn", coalesce(nullif(o.name_fr, ''), p.name_fr) as "partyNameFr",
          t.amount::text as amount, t.currency, t.value_date::text as "valueDate", t.rate::text as rate,
          t.rate_date::text as "rateDate", t.rate_source as "rateSource", t.amount_base::text as "amountBase",
          t.pledge_id as "pledgeId", t.earmark_en as "earmarkEn", t.earmark_fr as "earmarkFr", t.reference,
          t.over_balance as "overBalance", t.version, t.created_at::text as "createdAt",
          to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "createdAtKey"
        from tf_transactions t
        join trust_funds f on f.id = t.fund_id
        left join tf_projects tp on tp.id = t.project_id
        left join organisations o on o.id = t.party_id
        left join partners p on p.id = o.partner_id
        where ${whereTransactions(scope, filter)} ${after}
        order by t.value_date desc nulls last, t.created_at desc nulls last, t.id desc nulls last
        limit ${filter.limit ?? 100}`,
  );
}

/**
 * How many rows the filters match, counting no further than `cap + 1`: the caller learns the exact
 * figure up to the cap, and only "more" beyond it. An exact count(*) over a million rows is a full scan
 * (3–4 s) that every page would pay for a number no reader needs to the unit.
 */
export async function countTransactions(
  tx: Executor,
  scope: TrustFundScope,
  filter: TransactionFilter,
  cap: number,
) {
  const [row] = await selectRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (
          select 1 from tf_transactions t where ${whereTransactions(scope, filter)} limit ${cap + 1}
        ) capped`,
  );
  return row?.n ?? 0;
}

export async function lockTransaction(tx: Executor, id: string) {
  const [row] = await tx.select().from(tfTransactions).where(eq(tfTransactions.id, id)).for('update');
  return row;
}

export async function insertTransaction(tx: Executor, values: typeof tfTransactions.$inferInsert) {
  const [row] = await tx.insert(tfTransactions).values(values).returning({ id: tfTransactions.id });
  return row!.id;
}

export async function updateTransaction(
  tx: Executor,
  id: string,
  values: Partial<typeof tfTransactions.$inferInsert>,
) {
  await tx.update(tfTransactions).set(values).where(eq(tfTransactions.id, id));
}

export async function deleteTransaction(tx: Executor, id: string) {
  await tx.delete(tfTransactions).where(eq(tfTransactions.id, id));
}

/** The fund's balance in the base currency: received − disbursed, optionally leaving one transaction out. */
export async function fundBalanceBase(tx: Executor, fundId: string, except?: string) {
  const [row] = await selectRows<{ balance: string }>(
    tx,
    sql`select (coalesce(sum(amount_base) filter (where type = 'incoming_funds'), 0)
              - coalesce(sum(amount_base) filter (where type = 'disbursement'), 0))::text as balance
        from tf_transactions where fund_id = ${fundId}::uuid
          and (${except ?? null}::uuid is null or id <> ${except ?? null}::uuid)`,
  );
  return row!.balance;
}

/** Whether other transactions name this one as the pledge they fulfil. */
export async function pledgeIsReferenced(tx: Executor, id: string) {
  const rows = await selectRows<{ one: number }>(
    tx,
    sql`select 1 as one from tf_transactions where pledge_id = ${id}::uuid limit 1`,
  );
  return rows.length > 0;
}
