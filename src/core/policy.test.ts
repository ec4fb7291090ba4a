import { describe, expect, it } from 'vitest';
import { type Actor, assertCan, can, isVisible, recordScope, rolePermissions } from './policy';

const actor = (role: Actor['role'], partnerId: string | null = null): Actor => ({
  userId: role === 'public' ? null : 'u1',
  label: role,
  role,
  partnerId,
  providerId: null,
  locale: 'en',
  via: role === 'public' ? 'anonymous' : 'session',
});

const japan = '11111111-1111-4111-8111-111111111111';
const georgia = '22222222-2222-4222-8222-222222222222';

describe('role → permissions', () => {
  it('lets only administrators manage users and read the audit trail', () => {
    for (const role of Object.keys(rolePermissions) as Actor['role'][]) {
      expect(can(actor(role), 'user.write')).toBe(role === 'admin');
      expect(can(actor(role), 'audit.read')).toBe(role === 'admin');
    }
  });

  it('lets staff officers and administrators edit partners, nobody else', () => {
    const writers = (Object.keys(rolePermissions) as Actor['role'][]).filter((role) =>
      can(actor(role), 'partner.write'),
    );
    expect(writers.sort()).toEqual(['admin', 'staff_officer']);
  });

  it('lets everyone read partners and taxonomies, but only signed-in people manage their account', () => {
    for (const role of Object.keys(rolePermissions) as Actor['role'][]) {
      expect(can(actor(role), 'partner.read')).toBe(true);
      expect(can(actor(role), 'taxonomy.read')).toBe(true);
      expect(can(actor(role), 'self.manage')).toBe(role !== 'public');
    }
  });

  it('answers 401 to the anonymous caller and 403 to a signed-in one', () => {
    expect(() => assertCan(actor('public'), 'partner.write')).toThrow(
      expect.objectContaining({ status: 401 }),
    );
    expect(() => assertCan(actor('viewer'), 'partner.write')).toThrow(
      expect.objectContaining({ status: 403 }),
    );
    expect(() => assertCan(actor('staff_officer'), 'partner.write')).not.toThrow();
  });
});

describe('record scope and releasability', () => {
  const publicRecord = { releasability: 'public' as const, releasableTo: [] };
  const internalRecord = { releasability: 'internal' as const, releasableTo: [] };
  const toJapan = { releasability: 'releasable' as const, releasableTo: [japan] };

  it('shows the alliance’s own people everything', () => {
    for (const role of [
      'admin',
      'staff_officer',
      'trust_fund_manager',
      'activity_provider',
      'viewer',
    ] as const) {
      const scope = recordScope(actor(role));
      expect(scope).toEqual({ kind: 'all' });
      expect([publicRecord, internalRecord, toJapan].every((r) => isVisible(scope, r))).toBe(true);
    }
  });

  it('shows a liaison public records and those released to its own partner only', () => {
    const japanLiaison = recordScope(actor('partner_liaison', japan));
    const georgiaLiaison = recordScope(actor('partner_liaison', georgia));
    expect(isVisible(japanLiaison, publicRecord)).toBe(true);
    expect(isVisible(japanLiaison, toJapan)).toBe(true);
    expect(isVisible(japanLiaison, internalRecord)).toBe(false);
    expect(isVisible(georgiaLiaison, toJapan)).toBe(false);
  });

  it('treats a liaison bound to no partner, and the public, as public only', () => {
    for (const scope of [recordScope(actor('partner_liaison', null)), recordScope(actor('public'))]) {
      expect(scope).toEqual({ kind: 'public' });
      expect(isVisible(scope, publicRecord)).toBe(true);
      expect(isVisible(scope, toJapan)).toBe(false);
    }
  });
});
