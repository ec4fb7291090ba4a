import { type SQL, sql } from 'drizzle-orm';
import { type Actor, can, type Permission } from '../../core/policy';
import { editableProgrammeStatuses, type ProgrammeStatus, programmeTransitions } from '../../shared/enums';

/**
 * Which programmes a caller sees: the alliance's people (staff, viewers, the administrator) all of
 * them; a partner liaison its own partner's only — and a liaison bound to no partner none. The SQL
 * below is written against the alias `p` (programmes), so a query that forgets a check still finds
 * nothing foreign.
 */
export type ProgrammeScope = { kind: 'all' } | { kind: 'partner'; partnerId: string } | { kind: 'none' };

export function programmeScope(actor: Actor): ProgrammeScope {
  if (actor.role === 'partner_liaison') {
    return actor.partnerId ? { kind: 'partner', partnerId: actor.partnerId } : { kind: 'none' };
  }
  return can(actor, 'programme.read') ? { kind: 'all' } : { kind: 'none' };
}

export function programmeVisibleSql(scope: ProgrammeScope): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'partner':
      return sql`p.partner_id = ${scope.partnerId}::uuid`;
    case 'none':
      return sql`false`;
  }
}

/** Submitting is the drafter's step (the liaison's or the staff's); every later one is the reviewer's. */
export function permissionForStep(to: ProgrammeStatus): Permission {
  return to === 'submitted' ? 'programme.write' : 'programme.review';
}

/** The statuses this caller may move a version to from `status` (the caller already sees it). */
export function stepsFor(actor: Actor, status: ProgrammeStatus): ProgrammeStatus[] {
  return programmeTransitions[status].filter((to) => can(actor, permissionForStep(to)));
}

export const isEditable = (status: ProgrammeStatus) => editableProgrammeStatuses.includes(status);

/** The versions a new version can start from: those in force. */
export const isVersionSource = (status: ProgrammeStatus) => status === 'agreed' || status === 'active';

/** A version still being drafted or reviewed: one at a time per programme. */
export const isOpenVersion = (status: ProgrammeStatus) =>
  status === 'draft' || status === 'returned' || status === 'submitted' || status === 'under_review';
