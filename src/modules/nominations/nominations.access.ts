import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/policy';

/**
 * Whose nominations a caller reaches, personal data included: the staff all of them, a liaison its own
 * partner's, a provider those to its own activities; anyone else none (their role lacks the permission
 * anyway, but a query scoped to nothing still finds nothing). The SQL is written against the aliases
 * `n` (nominations) and `a` (activities).
 */
export type NominationScope =
  | { kind: 'all' }
  | { kind: 'partner'; partnerId: string }
  | { kind: 'provider'; providerId: string }
  | { kind: 'none' };

export function nominationScope(actor: Actor): NominationScope {
  switch (actor.role) {
    case 'admin':
    case 'staff_officer':
      return { kind: 'all' };
    case 'partner_liaison':
      return actor.partnerId ? { kind: 'partner', partnerId: actor.partnerId } : { kind: 'none' };
    case 'activity_provider':
      return actor.providerId ? { kind: 'provider', providerId: actor.providerId } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

export function nominationScopeSql(scope: NominationScope): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'partner':
      return sql`n.partner_id = ${scope.partnerId}::uuid`;
    case 'provider':
      return sql`a.provider_id = ${scope.providerId}::uuid`;
    case 'none':
      return sql`false`;
  }
}

/** Whether the caller answers for this activity's nominations (decisions, attendance, reports). */
export function ownsActivity(scope: NominationScope, providerId: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'provider' && scope.providerId === providerId);
}
