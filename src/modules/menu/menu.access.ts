import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/policy';

/**
 * What part of the menu a caller sees:
 * - `all`: the staff (drafts included);
 * - `published`: the alliance's other people — published activities, and a provider's own in any status;
 * - `partner`: a liaison — published, releasable to its partner, and open to it (eligibility);
 * - `public`: published and public.
 * The SQL below is written against the aliases `a` (activities) and `i` (iterations).
 */
export type MenuScope =
  | { kind: 'all' }
  | { kind: 'published'; ownProviderId: string | null }
  | { kind: 'partner'; partnerId: string; frameworkIds: string[] }
  | { kind: 'public' };

export const uuidArray = (ids: readonly string[]): SQL =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

export const textArray = (values: readonly string[]): SQL =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

export const intArray = (values: readonly number[]): SQL =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::int[]`;

/** The activity the partner may apply to: every partner, one of its frameworks, or named. */
export function eligibleSql(partnerId: string, frameworkIds: readonly string[]): SQL {
  return sql`(a.eligibility = 'all'
    or (a.eligibility = 'partners' and a.eligible_partner_ids @> ${uuidArray([partnerId])})
    or (a.eligibility = 'frameworks' and a.eligible_framework_ids && ${uuidArray(frameworkIds)}))`;
}

export function activityVisibleSql(scope: MenuScope): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'published':
      return scope.ownProviderId
        ? sql`(a.published_at is not null or a.provider_id = ${scope.ownProviderId}::uuid)`
        : sql`a.published_at is not null`;
    case 'partner':
      return sql`(a.published_at is not null
        and (a.releasability = 'public' or (a.releasability = 'releasable' and a.releasable_to @> ${uuidArray([scope.partnerId])}))
        and ${eligibleSql(scope.partnerId, scope.frameworkIds)})`;
    case 'public':
      return sql`(a.published_at is not null and a.releasability = 'public')`;
  }
}

/**
 * An iteration is seen outside the staff (and its provider) once published itself. `activity` names
 * the alias of the row that holds the activity's `provider_id`.
 */
export function iterationVisibleSql(scope: MenuScope, activity: 'a' | 'b' = 'a'): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'published' && scope.ownProviderId) {
    return sql`(i.published_at is not null or ${sql.raw(activity)}.provider_id = ${scope.ownProviderId}::uuid)`;
  }
  return sql`i.published_at is not null`;
}

/** Whether the caller may change this activity: the staff any, a provider its own. */
export function canEditActivity(actor: Actor, providerId: string): boolean {
  if (actor.role === 'admin' || actor.role === 'staff_officer') return true;
  return actor.role === 'activity_provider' && actor.providerId === providerId;
}

/** Whether the caller sees everything about who may apply (the alliance's people). */
export const seesEligibilityDetail = (scope: MenuScope) => scope.kind === 'all' || scope.kind === 'published';
