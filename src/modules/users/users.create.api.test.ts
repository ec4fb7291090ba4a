import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { PASSWORD, UNKNOWN_ID, userApi } from './users.test-support';

describe.each(drivers)('user management: list and create on %s', (driver) => {
  let world: World;
  let admin: Caller;
  beforeAll(async () => {
    world = await createWorld(driver);
    admin = await signIn(world.app, world.users.admin);
  });
  afterAll(() => world?.close());
  const { create, list, emails, userByEmail, auditOf, newUser } = userApi(() => ({ world, admin }));

  describe('list', () => {
    it('lists every user by e-mail, with the total, and never a password hash', async () => {
      const response = await list('');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ total: 7, page: 1, limit: 25 });
      const all = response.json().items.map((u: { email: string }) => u.email);
      expect(all).toEqual([...all].sort());
      expect(response.body).not.toMatch(/passwordHash|argon2/);
    });

    it('filters by role, by text in the e-mail or name, pages, and refuses bad filters', async () => {
      expect((await emails('role=partner_liaison')).sort()).toEqual([
        'georgia.liaison@test',
        'partner.liaison@test',
      ]);
      expect((await list('q=STAFF')).json()).toMatchObject({ total: 1, items: [{ role: 'staff_officer' }] });
      expect(await emails('q=Georgia liaison')).toEqual(['georgia.liaison@test']);
      // % and _ are searched for as such, not as wildcards (here: the names the test world gives).
      expect(await emails('q=%25')).toEqual([]);
      expect(await emails('q=_')).toEqual([
        'activity.provider@test',
        'partner.liaison@test',
        'staff.officer@test',
        'trust.fund_manager@test',
      ]);
      const page2 = await list('limit=3&page=2');
      expect(page2.json()).toMatchObject({ total: 7, page: 2, limit: 3 });
      expect(page2.json().items).toHaveLength(3);
      const bad = await list('role=king&active=maybe&limit=0&sort=email');
      expect(bad.statusCode).toBe(400);
      const paths = problem(bad).errors.map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['querystring.role', 'querystring.limit', 'querystring']));
    });
  });

  describe('create', () => {
    it('creates a liaison bound to a partner: 201 with its location and ETag, audited without the password', async () => {
      const response = await create(
        newUser({
          email: 'New.Liaison@Example.org',
          displayName: 'New liaison',
          role: 'partner_liaison',
          partnerId: world.partners.georgia,
          locale: 'fr',
        }),
      );
      expect(response.statusCode).toBe(201);
      const user = response.json();
      expect(user).toMatchObject({
        email: 'new.liaison@example.org',
        role: 'partner_liaison',
        partnerId: world.partners.georgia,
        providerId: null,
        locale: 'fr',
        active: true,
        mustChangePassword: true,
        lastLoginAt: null,
        version: 1,
      });
      expect(response.headers.etag).toBe(`"${user.id}.1"`);
      expect(response.headers.location).toBe(`/api/v1/users/${user.id}`);
      expect(response.body).not.toMatch(/passwordHash|argon2|a long enough password/);

      const events = await auditOf(user.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: 'user.create',
        actorLabel: world.users.admin,
        partnerId: world.partners.georgia,
        before: null,
        after: { email: 'new.liaison@example.org', role: 'partner_liaison' },
      });
      expect(JSON.stringify(events[0])).not.toMatch(/passwordHash|argon2|a long enough password/);
    });

    it('makes the new user change the one-time password first, and shows it in /me', async () => {
      await create(newUser({ email: 'first.time@example.org' }));
      const session = await signIn(world.app, 'first.time@example.org', PASSWORD);
      const me = await world.app.inject({ url: '/api/v1/me', headers: session.headers });
      expect(me.json()).toMatchObject({ email: 'first.time@example.org', mustChangePassword: true });
      const blocked = await world.app.inject({ url: '/api/v1/partners', headers: session.headers });
      expect(blocked.statusCode).toBe(403);
      expect(problem(blocked).code).toBe('auth.password_change_required');
      // Without the flag, the account is usable at once.
      await create(newUser({ email: 'ready@example.org', mustChangePassword: false }));
      const ready = await signIn(world.app, 'ready@example.org', PASSWORD);
      expect((await world.app.inject({ url: '/api/v1/partners', headers: ready.headers })).statusCode).toBe(
        200,
      );
    });

    it('refuses an e-mail already used, in any letter case, with 409 and writes nothing', async () => {
      expect((await create(newUser({ email: 'twin@example.org' }))).statusCode).toBe(201);
      const again = await create(newUser({ email: 'TWIN@Example.ORG', displayName: 'Other twin' }));
      expect(again.statusCode).toBe(409);
      expect(problem(again)).toMatchObject({
        code: 'user.duplicate_email',
        detail: expect.stringContaining('TWIN@Example.ORG'),
      });
      expect((await list('q=twin')).json().total).toBe(1);
    });

    it('requires a partner for a liaison and a provider for an activity provider, as field errors', async () => {
      const unbound = await create(newUser({ email: 'l@example.org', role: 'partner_liaison' }));
      expect(unbound.statusCode).toBe(400);
      expect(problem(unbound).errors).toEqual([
        {
          path: 'partnerId',
          code: 'binding.partner_required',
          message: 'A partner liaison must be bound to a partner.',
        },
      ]);
      const provider = await create(
        newUser({ email: 'p@example.org', role: 'activity_provider', providerId: null }),
      );
      expect(problem(provider).errors).toEqual([
        expect.objectContaining({ path: 'providerId', code: 'binding.provider_required' }),
      ]);
    });

    it('answers 422 for a partner or provider that does not exist', async () => {
      const partner = await create(
        newUser({ email: 'l@example.org', role: 'partner_liaison', partnerId: UNKNOWN_ID }),
      );
      expect(partner.statusCode).toBe(422);
      expect(problem(partner)).toMatchObject({
        code: 'reference.unknown',
        params: { field: 'partnerId', value: UNKNOWN_ID },
      });
      const provider = await create(
        newUser({ email: 'p@example.org', role: 'activity_provider', providerId: UNKNOWN_ID }),
      );
      expect(problem(provider)).toMatchObject({ status: 422, params: { field: 'providerId' } });
      expect((await list('q=example.org&role=partner_liaison')).json().items).toHaveLength(1);
    });

    it('keeps only the binding the role uses', async () => {
      const viewer = await create(
        newUser({
          email: 'bound.viewer@example.org',
          partnerId: world.partners.japan,
          providerId: world.providers.get('NSO'),
        }),
      );
      expect(viewer.json()).toMatchObject({ role: 'viewer', partnerId: null, providerId: null });
    });

    it('refuses a weak password, a malformed e-mail, an unknown role and unknown fields with every field error', async () => {
      const weak = await create(newUser({ email: 'w@example.org', password: 'short' }));
      expect(weak.statusCode).toBe(400);
      expect(problem(weak).errors).toEqual([
        expect.objectContaining({ path: 'password', code: 'password.weak' }),
      ]);
      const bad = await create({
        email: 'not-an-email',
        displayName: '',
        role: 'king',
        password: PASSWORD,
        admin: true,
      });
      expect(bad.statusCode).toBe(400);
      expect(problem(bad).errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(['email', 'displayName', 'role', '']),
      );
    });

    it('is for administrators only: 403 to staff, 401 to the anonymous caller', async () => {
      const staff = await signIn(world.app, world.users.staff_officer);
      expect((await list('', staff)).statusCode).toBe(403);
      const forbidden = await create(newUser({ email: 'x@example.org', role: 'admin' }), staff);
      expect(forbidden.statusCode).toBe(403);
      expect(problem(forbidden).code).toBe('auth.forbidden');
      expect((await list('', anonymous)).statusCode).toBe(401);
      const anon = await world.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        payload: newUser({ email: 'x@example.org' }),
      });
      expect(anon.statusCode).toBe(401);
      expect(await userByEmail('x@example.org')).toBeUndefined();
    });
  });
});
