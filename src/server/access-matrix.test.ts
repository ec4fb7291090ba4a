import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can } from '../core/policy';
import { nominationFixtures } from '../modules/nominations/nominations.matrix-fixtures';
import { notificationFixtures } from '../modules/notifications/notifications.matrix-fixtures';
import { programmeFixtures } from '../modules/programmes/programmes.matrix-fixtures';
import { programmeReportFixtures } from '../modules/programmes/programmes-report.matrix-fixtures';
import { documentFixtures } from '../modules/trust-funds/documents.matrix-fixtures';
import { iatiFixtures } from '../modules/trust-funds/iati.matrix-fixtures';
import { iatiImportFixtures } from '../modules/trust-funds/iati-import.matrix-fixtures';
import { tfReportFixtures } from '../modules/trust-funds/tf-reports.matrix-fixtures';
import { trustFundFixtures } from '../modules/trust-funds/trust-funds.matrix-fixtures';
import { drivers } from '../test/databases';
import {
  anonymous,
  type Caller,
  createWorld,
  signIn,
  TEST_PASSWORD,
  type World,
  worldRoles,
} from '../test/world';
import {
  etagOf,
  type Fixture,
  menuFixtures,
  partnerIdFor,
  type RoleOrPublic,
  type Variant,
} from './access-matrix.fixtures';
import { accessPlugin, type RouteEntry } from './plugins/access';

/**
 * The authorization matrix, generated from the app's own route table: every route × every role
 * × a partner of the caller's own and a foreign one. A route without a fixture here fails the test,
 * so a new route cannot ship without its row in the matrix.
 */
const fixtures: Record<string, Fixture> = {
  'POST /api/v1/auth/login': {
    prepare: ({ world, role }) => ({
      url: '/api/v1/auth/login',
      payload: { email: role === 'public' ? world.users.viewer : world.users[role], password: TEST_PASSWORD },
    }),
  },
  'POST /api/v1/auth/logout': {
    prepare: async ({ world, role }) => {
      // A session of its own, so that signing out does not end the matrix's session.
      const fresh = role === 'public' ? anonymous : await signIn(world.app, world.users[role]);
      return { url: '/api/v1/auth/logout', headers: fresh.write };
    },
  },
  'GET /api/v1/auth/session': { prepare: () => ({ url: '/api/v1/auth/session' }) },
  'GET /api/v1/me': { prepare: () => ({ url: '/api/v1/me' }) },
  'PATCH /api/v1/me': { prepare: () => ({ url: '/api/v1/me', payload: { locale: 'en' } }) },
  'POST /api/v1/me/password': {
    // Away to a temporary password first, so that the request under test puts the usual one back.
    prepare: async ({ world, caller, role }) => {
      const temporary = 'a temporary password for the matrix';
      if (role !== 'public') {
        await world.app.inject({
          method: 'POST',
          url: '/api/v1/me/password',
          headers: caller.write,
          payload: { currentPassword: TEST_PASSWORD, newPassword: temporary },
        });
      }
      return {
        url: '/api/v1/me/password',
        payload: { currentPassword: temporary, newPassword: TEST_PASSWORD },
      };
    },
  },
  'GET /api/v1/me/tokens': { prepare: () => ({ url: '/api/v1/me/tokens' }) },
  'POST /api/v1/me/tokens': { prepare: () => ({ url: '/api/v1/me/tokens', payload: { name: 'matrix' } }) },
  'DELETE /api/v1/me/tokens/:id': {
    prepare: async ({ world, caller, role }) => {
      if (role === 'public') return { url: '/api/v1/me/tokens/00000000-0000-4000-8000-000000000000' };
      const created = await world.app.inject({
        method: 'POST',
        url: '/api/v1/me/tokens',
        headers: caller.write,
        payload: { name: 'to revoke' },
      });
      return { url: `/api/v1/me/tokens/${created.json().item.id}` };
    },
  },
  'GET /api/v1/partners': { prepare: () => ({ url: '/api/v1/partners?sort=name' }) },
  'GET /api/v1/partners/:id': {
    partnerScoped: true,
    prepare: ({ world, variant }) => ({ url: `/api/v1/partners/${partnerIdFor(world, variant)}` }),
  },
  'GET /api/v1/partners/:id/history': {
    partnerScoped: true,
    prepare: ({ world, variant }) => ({ url: `/api/v1/partners/${partnerIdFor(world, variant)}/history` }),
  },
  'POST /api/v1/partners': {
    prepare: ({ n }) => ({
      url: '/api/v1/partners',
      payload: {
        isoCode: null,
        kind: 'international_organisation',
        name: { en: `Matrix organisation ${n}`, fr: `Organisation matrice ${n}` },
        status: 'active',
        releasability: 'internal',
      },
    }),
  },
  'PATCH /api/v1/partners/:id': {
    partnerScoped: true,
    prepare: async ({ world, variant }) => {
      const url = `/api/v1/partners/${partnerIdFor(world, variant)}`;
      return {
        url,
        headers: { 'if-match': await etagOf(world, url) },
        payload: { relationsSinceYear: 1990 },
      };
    },
  },
  'GET /api/v1/frameworks': { prepare: () => ({ url: '/api/v1/frameworks' }) },
  'GET /api/v1/frameworks/:id': {
    prepare: ({ world }) => ({ url: `/api/v1/frameworks/${world.frameworks.get('PAG')}` }),
  },
  'POST /api/v1/frameworks': {
    prepare: ({ n }) => ({
      url: '/api/v1/frameworks',
      payload: { code: `M${n}`, name: { en: `F ${n}`, fr: '' } },
    }),
  },
  'PATCH /api/v1/frameworks/:id': {
    prepare: async ({ world }) => {
      const url = `/api/v1/frameworks/${world.frameworks.get('ICI')}`;
      return { url, headers: { 'if-match': await etagOf(world, url) }, payload: { sinceYear: 2004 } };
    },
  },
  'GET /api/v1/areas': { prepare: () => ({ url: '/api/v1/areas' }) },
  'GET /api/v1/areas/:id': { prepare: ({ world }) => ({ url: `/api/v1/areas/${world.areas.get('CYBER')}` }) },
  'POST /api/v1/areas': {
    prepare: ({ n }) => ({
      url: '/api/v1/areas',
      payload: { code: `A${n}`, name: { en: `Area ${n}`, fr: '' } },
    }),
  },
  'PATCH /api/v1/areas/:id': {
    prepare: async ({ world }) => {
      const url = `/api/v1/areas/${world.areas.get('BMD')}`;
      return { url, headers: { 'if-match': await etagOf(world, url) }, payload: { active: true } };
    },
  },
  'GET /api/v1/providers': { prepare: () => ({ url: '/api/v1/providers' }) },
  'GET /api/v1/providers/:id': {
    prepare: ({ world }) => ({ url: `/api/v1/providers/${world.providers.get('NDC')}` }),
  },
  'POST /api/v1/providers': {
    prepare: ({ n }) => ({
      url: '/api/v1/providers',
      payload: { code: `MX${n}`, name: { en: `Matrix ${n}`, fr: `Matrice ${n}` }, kind: 'training_centre' },
    }),
  },
  'PATCH /api/v1/providers/:id': {
    prepare: async ({ world }) => {
      const url = `/api/v1/providers/${world.providers.get('NDC')}`;
      return { url, headers: { 'if-match': await etagOf(world, url) }, payload: { active: true } };
    },
  },
  'GET /api/v1/users': { prepare: () => ({ url: '/api/v1/users' }) },
  'GET /api/v1/users/:id': {
    prepare: async ({ world }) => {
      const admin = await signIn(world.app, world.users.admin);
      const users = await world.app.inject({ url: '/api/v1/users?role=viewer', headers: admin.headers });
      return { url: `/api/v1/users/${users.json().items[0].id}` };
    },
  },
  'POST /api/v1/users': {
    prepare: ({ n }) => ({
      url: '/api/v1/users',
      payload: {
        email: `matrix${n}@example.org`,
        displayName: `Matrix ${n}`,
        role: 'viewer',
        password: 'a long password 1',
      },
    }),
  },
  'PATCH /api/v1/users/:id': {
    prepare: async ({ world }) => {
      const admin = await signIn(world.app, world.users.admin);
      const users = await world.app.inject({ url: '/api/v1/users?role=viewer', headers: admin.headers });
      const url = `/api/v1/users/${users.json().items[0].id}`;
      return { url, headers: { 'if-match': await etagOf(world, url) }, payload: { displayName: 'Viewer' } };
    },
  },
  ...menuFixtures,
  ...programmeFixtures,
  ...programmeReportFixtures,
  ...nominationFixtures,
  ...notificationFixtures,
  ...trustFundFixtures,
  ...iatiFixtures,
  ...iatiImportFixtures,
  ...documentFixtures,
  ...tfReportFixtures,
};

function expectedStatus(
  entry: RouteEntry,
  role: RoleOrPublic,
  variant: Variant,
  fixture: Fixture,
): 'ok' | number {
  if (entry.access !== 'open') {
    const actor = { role } as Parameters<typeof can>[0];
    if (!can(actor, entry.access)) return role === 'public' ? 401 : 403;
  }
  if (fixture.refusedTo?.includes(role)) return 403;
  if (fixture.partnerScoped && variant === 'foreign' && (role === 'partner_liaison' || role === 'public'))
    return 404;
  if (fixture.activityScoped && variant === 'foreign' && role !== 'admin' && role !== 'staff_officer')
    return 404;
  return 'ok';
}

describe.each(drivers)('authorization matrix on %s', (driver) => {
  let world: World;
  const callers = new Map<RoleOrPublic, Caller>();
  let counter = 0;

  beforeAll(async () => {
    world = await createWorld(driver);
    callers.set('public', anonymous);
    for (const role of worldRoles) callers.set(role, await signIn(world.app, world.users[role]));
  });
  afterAll(() => world?.close());

  it('has a fixture for every route the app serves, and every route declares its access', () => {
    const keys = world.app.routeTable.map((r) => `${r.method} ${r.url}`);
    expect(keys.filter((key) => !(key in fixtures))).toEqual([]);
    expect(Object.keys(fixtures).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it.each(['public', ...worldRoles] as RoleOrPublic[])(
    'answers %s as the policy says, on every route',
    async (role) => {
      const caller = callers.get(role)!;
      const outcomes: string[] = [];
      for (const entry of world.app.routeTable) {
        const fixture = fixtures[`${entry.method} ${entry.url}`]!;
        const scoped = fixture.partnerScoped || fixture.activityScoped;
        for (const variant of scoped ? (['own', 'foreign'] as const) : (['own'] as const)) {
          counter += 1;
          const request = await fixture.prepare({ world, variant, role, caller, n: counter });
          const write = entry.method !== 'GET';
          const response = await world.app.inject({
            method: entry.method as 'GET',
            url: request.url,
            headers: { ...(write ? caller.write : caller.headers), ...request.headers },
            ...(request.payload ? { payload: request.payload } : {}),
          });
          const expected = expectedStatus(entry, role, variant, fixture);
          const ok = expected === 'ok' ? response.statusCode < 300 : response.statusCode === expected;
          if (!ok)
            outcomes.push(
              `${entry.method} ${entry.url} [${variant}] → ${response.statusCode}, expected ${expected}: ${response.body.slice(0, 200)}`,
            );
          if (response.statusCode >= 400)
            expect(response.headers['content-type']).toContain('application/problem+json');
          // A foreign record never leaks, not even its id.
          if (role === 'partner_liaison' || role === 'public')
            expect(response.body).not.toContain(world.partners.russia);
        }
      }
      expect(outcomes).toEqual([]);
    },
  );
});

describe('route declarations', () => {
  it('refuses to start an app with an API route that declares no access rule', async () => {
    const app = Fastify();
    await app.register(accessPlugin, { auth: {} as never });
    await app.after();
    expect(() => app.get('/api/v1/undeclared', async () => 'hello')).toThrow(/declares no access rule/);
    expect(() =>
      app.get('/api/v1/declared', { config: { access: 'partner.read' } }, async () => 'hello'),
    ).not.toThrow();
    await app.close();
  });
});
