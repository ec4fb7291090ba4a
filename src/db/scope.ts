import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { RecordScope } from '../core/policy';

/**
 * The SQL side of releasability: every query over a releasable table adds this condition,
 * so that a partner's user can never read a foreign record, even if a service forgets to check.
 */
export function visibleIn(
  scope: RecordScope,
  columns: { releasability: AnyPgColumn; releasableTo: AnyPgColumn },
): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'public':
      return sql`${columns.releasability} = 'public'`;
    case 'partner':
      return sql`(${columns.releasability} = 'public' or (${columns.releasability} = 'releasable' and ${scope.partnerId}::uuid = any(${columns.releasableTo})))`;
  }
}
