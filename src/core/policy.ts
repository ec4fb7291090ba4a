import type { Locale, Role } from '../shared/enums';
import { forbidden, unauthenticated } from './errors';

/**
 * The access policy: one list of permissions, one role → permissions table.
 * Services call `assertCan`; queries narrow what they read with `recordScope` (see db/scope.ts),
 * so a forgotten check still finds nothing foreign.
 */
export const permissions = [
  'partner.read',
  'partner.write',
  'partner.history',
  'taxonomy.read',
  'taxonomy.write',
  'provider.read',
  'provider.write',
  'menu.read',
  'menu.write',
  'menu.manage',
  'programme.read',
  'programme.write',
  'programme.review',
  'nomination.read',
  'nomination.write',
  'nomination.decide',
  'trustfund.read',
  'trustfund.write',
  'user.read',
  'user.write',
  'audit.read',
  'self.manage',
] as const;
export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ['partner.read', 'taxonomy.read', 'provider.read', 'menu.read'];
const signedIn: Permission[] = [...everyone, 'self.manage'];

export const rolePermissions: Record<Role | 'public', readonly Permission[]> = {
  admin: [...permissions],
  staff_officer: [
    ...signedIn,
    'partner.write',
    'partner.history',
    'provider.write',
    'menu.write',
    'menu.manage',
    'programme.read',
    'programme.write',
    'programme.review',
    'nomination.read',
    'nomination.write',
    'nomination.decide',
    'trustfund.read',
  ],
  // Trust-fund managers keep the funds, projects, money, rates and results; they read programmes.
  trust_fund_manager: [...signedIn, 'programme.read', 'trustfund.read', 'trustfund.write'],
  // A provider writes its own activities only: the menu service narrows `menu.write` to them. It sees
  // and decides the nominations to its own activities only (the nominations service narrows them).
  activity_provider: [...signedIn, 'menu.write', 'nomination.read', 'nomination.decide'],
  // A liaison drafts and submits its own partner's programmes and nominates its own people: the
  // services narrow every read and write to its partner.
  // It reads the trust funds as a donor: its own partner's contributions and the projects released to
  // it, never another donor's amounts (the trust-fund services narrow every read).
  partner_liaison: [
    ...signedIn,
    'programme.read',
    'programme.write',
    'nomination.read',
    'nomination.write',
    'trustfund.read',
  ],
  // Viewers read programmes and their reports; participants' personal data is not theirs to see.
  viewer: [...signedIn, 'programme.read', 'trustfund.read'],
  public: [...everyone],
};

/** Who is calling. `public` is the anonymous caller. */
export interface Actor {
  userId: string | null;
  /** Who, as written in the audit trail (the e-mail address, or "anonymous"). */
  label: string;
  role: Role | 'public';
  partnerId: string | null;
  providerId: string | null;
  locale: Locale;
  via: 'session' | 'token' | 'anonymous';
  /** A one-time or reset password: only the caller's own account may be used until it is changed. */
  mustChangePassword?: boolean;
}

export const anonymousActor = (locale: Locale): Actor => ({
  userId: null,
  label: 'anonymous',
  role: 'public',
  partnerId: null,
  providerId: null,
  locale,
  via: 'anonymous',
});

export function can(actor: Actor, permission: Permission): boolean {
  return rolePermissions[actor.role].includes(permission);
}

/** Throws 401 for the anonymous caller and 403 for a signed-in one lacking the permission. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (can(actor, permission)) return;
  throw actor.role === 'public' ? unauthenticated() : forbidden();
}

/**
 * How much of the releasability-marked data a caller sees:
 * - `all`: the alliance's own people (every role but the partner liaison and the public);
 * - `partner`: public records and those releasable to this partner;
 * - `public`: public records only.
 */
export type RecordScope = { kind: 'all' } | { kind: 'partner'; partnerId: string } | { kind: 'public' };

export function recordScope(actor: Actor): RecordScope {
  if (actor.role === 'public') return { kind: 'public' };
  if (actor.role === 'partner_liaison') {
    // A liaison without a partner (misconfigured) sees only what the public sees.
    return actor.partnerId ? { kind: 'partner', partnerId: actor.partnerId } : { kind: 'public' };
  }
  return { kind: 'all' };
}

export interface Releasable {
  releasability: 'public' | 'internal' | 'releasable';
  releasableTo: readonly string[];
}

/** The same rule as the SQL scope, for records already in memory. */
export function isVisible(scope: RecordScope, record: Releasable): boolean {
  if (scope.kind === 'all') return true;
  if (record.releasability === 'public') return true;
  return (
    scope.kind === 'partner' &&
    record.releasability === 'releasable' &&
    record.releasableTo.includes(scope.partnerId)
  );
}
