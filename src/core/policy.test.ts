import { describe, expect, it } from 'vitest';
import { roles } from '../shared/enums';
import {
  type Actor,
  anonymousActor,
  assertCan,
  can,
  isVisible,
  type Permission,
  permissions,
  type Releasable,
  recordScope,
  rolePermissions,
} from './policy';

const JAPAN = '11111111-1111-4111-8111-111111111111';
const GEORGIA = '22222222-2222-4222-8222-222222222222';

const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  userId: role === 'public' ? null : '99999999-9999-4999-8999-999999999999',
  label: role,
  role,
  partnerId: null,
  providerId: null,
  locale: 'en',
  via: role === 'public' ? 'anonymous' : 'session',
  ...extra,
});

describe('role → permissions', () => {
  // The table a reviewer signs off: one row per role, one column per permission.
  const everyone: Permission[] = ['partner.read', 'taxonomy.read', 'provider.read', 'menu.read'];
  const signedIn: Permission[] = [...everyone, 'self.manage'];
  const expected: Record<Actor['role'], Permission[]> = {
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
    trust_fund_manager: [...signedIn, 'programme.read', 'trustfund.read', 'trustfund.write'],
    activity_provider: [...signedIn, 'menu.write', 'nomination.read', 'nomination.decide'],
    partner_liaison: [
      ...signedIn,
      'programme.read',
      'programme.write',
      'nomination.read',
      'nomination.write',
      'trustfund.read',
    ],
    viewer: [...signedIn, 'programme.read', 'trustfund.read'],
    public: everyone,
  };

  it.each(Object.entries(expected))('%s has exactly its permissions', (role, granted) => {
    expect([...rolePermissions[role as Actor['role']]].sort()).toEqual([...granted].sort());
    for (const permission of permissions) {
      expect(can(actor(role as Actor['role']), permission), permission).toBe(granted.includes(permission));
    }
  });

  it('covers every role of the application and the public', () => {
    expect(Object.keys(rolePermissions).sort()).toEqual([...roles, 'public'].sort());
  });

  it('lets nobody but an administrator read the audit trail or manage users and lists', () => {
    for (const role of [...roles, 'public'] as const) {
      const admin = role === 'admin';
      expect(can(actor(role), 'audit.read'), role).toBe(admin);
      expect(can(actor(role), 'user.read'), role).toBe(admin);
      expect(can(actor(role), 'user.write'), role).toBe(admin);
      expect(can(actor(role), 'taxonomy.write'), role).toBe(admin);
    }
  });

  it('does not let a partner liaison, a viewer or the public write partners', () => {
    expect(can(actor('partner_liaison', { partnerId: JAPAN }), 'partner.write')).toBe(false);
    expect(can(actor('viewer'), 'partner.write')).toBe(false);
    expect(can(actor('public'), 'partner.write')).toBe(false);
    expect(can(actor('staff_officer'), 'partner.write')).toBe(true);
  });

  it('lets everyone, even the public, read partners and lists; only signed-in people manage themselves', () => {
    for (const role of [...roles, 'public'] as const) {
      expect(can(actor(role), 'partner.read')).toBe(true);
      expect(can(actor(role), 'taxonomy.read')).toBe(true);
      expect(can(actor(role), 'self.manage')).toBe(role !== 'public');
    }
  });
});

describe('assertCan', () => {
  it('answers 401 to the anonymous caller and 403 to a signed-in one', () => {
    expect(() => assertCan(anonymousActor('en'), 'partner.write')).toThrow(
      expect.objectContaining({ status: 401, code: 'auth.unauthenticated' }),
    );
    expect(() => assertCan(actor('viewer'), 'partner.write')).toThrow(
      expect.objectContaining({ status: 403, code: 'auth.forbidden' }),
    );
    expect(() => assertCan(actor('staff_officer'), 'partner.write')).not.toThrow();
  });
});

describe('record scope and visibility', () => {
  const publicRecord: Releasable = { releasability: 'public', releasableTo: [] };
  const internal: Releasable = { releasability: 'internal', releasableTo: [] };
  const toJapan: Releasable = { releasability: 'releasable', releasableTo: [JAPAN] };
  const toGeorgia: Releasable = { releasability: 'releasable', releasableTo: [GEORGIA] };
  const records = { publicRecord, internal, toJapan, toGeorgia };
  const visible = (a: Actor) =>
    Object.entries(records)
      .filter(([, record]) => isVisible(recordScope(a), record))
      .map(([name]) => name);

  it.each(['admin', 'staff_officer', 'trust_fund_manager', 'activity_provider', 'viewer'] as const)(
    '%s, one of the alliance’s own people, sees every record',
    (role) => {
      expect(recordScope(actor(role))).toEqual({ kind: 'all' });
      expect(visible(actor(role))).toEqual(['publicRecord', 'internal', 'toJapan', 'toGeorgia']);
    },
  );

  it('shows a partner liaison public records and those released to its own partner only', () => {
    const japan = actor('partner_liaison', { partnerId: JAPAN });
    expect(recordScope(japan)).toEqual({ kind: 'partner', partnerId: JAPAN });
    expect(visible(japan)).toEqual(['publicRecord', 'toJapan']);
    expect(visible(actor('partner_liaison', { partnerId: GEORGIA }))).toEqual(['publicRecord', 'toGeorgia']);
  });

  it('shows a liaison bound to no partner only what the public sees', () => {
    const unbound = actor('partner_liaison');
    expect(recordScope(unbound)).toEqual({ kind: 'public' });
    expect(visible(unbound)).toEqual(['publicRecord']);
  });

  it('shows the public public records only', () => {
    expect(recordScope(anonymousActor('fr'))).toEqual({ kind: 'public' });
    expect(visible(anonymousActor('fr'))).toEqual(['publicRecord']);
  });

  it('does not treat a partnerId on a non-liaison as a restriction', () => {
    expect(recordScope(actor('viewer', { partnerId: JAPAN }))).toEqual({ kind: 'all' });
  });

  it('never shows an internal record to a liaison, even if it lists their partner', () => {
    const odd: Releasable = { releasability: 'internal', releasableTo: [JAPAN] };
    expect(isVisible({ kind: 'partner', partnerId: JAPAN }, odd)).toBe(false);
    expect(isVisible({ kind: 'public' }, toJapan)).toBe(false);
  });
});
