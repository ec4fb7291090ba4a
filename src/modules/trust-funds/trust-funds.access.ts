import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Actor, type RecordScope, recordScope } from '../../core/policy';
import { visibleIn } from '../../db/scope';

/**
 * Who sees what of the trust funds. Staff, trust-fund managers and viewers see everything. A partner
 * liaison sees the funds and projects released to its partner (or public), and of the money only its
 * own partner's contributions: never another donor's amounts, nor the totals they make (balances,
 * spending), which the services refuse to a liaison.
 */
export interface TrustFundScope {
  records: RecordScope;
  /** The donor partner whose money the caller may see; null = all of it. */
  donorPartnerId: string | null;
}

export function trustFundScope(actor: Actor): TrustFundScope {
  const records = recordScope(actor);
  if (records.kind === 'all') return { records, donorPartnerId: null };
  // A liaison without a partner sees no money at all: a partner id that matches nothing.
  return {
    records,
    donorPartnerId: records.kind === 'partner' ? records.partnerId : '00000000-0000-0000-0000-000000000000',
  };
}

/** Whether the caller sees every amount (and so the totals that mix donors). */
export const seesAllMoney = (scope: TrustFundScope) => scope.donorPartnerId === null;

/** The releasability condition on a fund or project alias. */
export function releasedSql(
  scope: TrustFundScope,
  columns: { releasability: AnyPgColumn | SQL; releasableTo: AnyPgColumn | SQL },
): SQL {
  return visibleIn(scope.records, columns as { releasability: AnyPgColumn; releasableTo: AnyPgColumn });
}

/** The condition on a transaction alias `t`: everything, or the caller's partner's contributions. */
export function moneySql(
  scope: TrustFundScope,
  partyColumn: SQL | AnyPgColumn,
  typeColumn: SQL | AnyPgColumn,
): SQL {
  if (scope.donorPartnerId === null) return sql`true`;
  return sql`(${typeColumn} in ('incoming_pledge', 'incoming_commitment', 'incoming_funds') and ${partyColumn} in (select o.id from organisations o where o.partner_id = ${scope.donorPartnerId}::uuid))`;
}
