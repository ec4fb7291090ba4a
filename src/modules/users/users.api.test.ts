import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessions } from '../../db/schema';
import { drivers } from '../../test/databases';
import {
  anonymous,
  type Caller,
  createWorld,
  problem,
  signIn,
  TEST_PASSWORD,
  type World,
} from '../../test/world';

const PASSWORD = 'a long enough password';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000009';

describe.each(drivers)('user management on %s', (driver) => {
  let world: World;
  let admin: Caller;
  beforeAll(async () => {
    world = await createWorld(driver);
    admin = await signIn(world.app, world.users.admin);
  });
  afterAll(() => world?.close());

  const create = (payload: object, caller = admin) =>
    world.app.inject({ method: 'POST', url: '/api/v1/users', headers: caller.write, payload });
  const update = (id: string, payload: object, ifMatch: string | undefined, caller = admin) =>
    world.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: { ...caller.write, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      payload,
    });
  const list = (query: string, caller = admin) =>
    world.app.inject({ url: `/api/v1/users?${query}`, headers: caller.headers });
  const emails = async (query: string) =>
    (await list(query)).json().items.map((u: { email: string }) => u.email);
  const userByEmail = async (email: string) =>
    (await list(`q=${encodeURIComponent(email)}`))
      .json()
      .items.find((u: { email: string }) => u.email === email);
  const auditOf = (id: string) =>
    world.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(auditEvents.seq);
  const newUser = (overrides: object = {}) => ({
    email: 'someone@example.org',
    displayName: 'Someone',
    role: 'viewer',
    password: PASSWORD,
    ...overrides,
  });

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

  describe('update', () => {
    it('updates with the ETag read: 428 without, 412 when stale, and audits before and after', async () => {
      const user = await userByEmail(world.users.trust_fund_manager);
      const read = await world.app.inject({ url: `/api/v1/users/${user.id}`, headers: admin.headers });
      expect(read.headers.etag).toBe(`"${user.id}.${user.version}"`);
      const missing = await update(user.id, { displayName: 'No match' }, undefined);
      expect(missing.statusCode).toBe(428);
      expect(problem(missing).code).toBe('precondition.required');
      const ok = await update(
        user.id,
        { displayName: 'Fund manager', locale: 'fr' },
        read.headers.etag as string,
      );
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({
        displayName: 'Fund manager',
        locale: 'fr',
        version: user.version + 1,
      });
      expect(ok.headers.etag).toBe(`"${user.id}.${user.version + 1}"`);
      const stale = await update(user.id, { displayName: 'Lost' }, read.headers.etag as string);
      expect(stale.statusCode).toBe(412);
      expect(problem(stale).code).toBe('precondition.failed');
      const wrongRecord = await update(user.id, { displayName: 'Lost' }, `"${UNKNOWN_ID}.2"`);
      expect(wrongRecord.statusCode).toBe(412);

      const events = (await auditOf(user.id)).filter((e) => e.action === 'user.update');
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        actorLabel: world.users.admin,
        before: { displayName: 'trust_fund_manager', locale: 'en', version: 1 },
        after: { displayName: 'Fund manager', locale: 'fr', version: 2 },
      });
      expect(JSON.stringify(events[0])).not.toMatch(/passwordHash|argon2/);
    });

    it('resets a password without recording it: the old one stops working', async () => {
      const user = await userByEmail(world.users.activity_provider);
      const reset = await update(
        user.id,
        { password: 'a reset password!', mustChangePassword: true },
        `"${user.id}.${user.version}"`,
      );
      expect(reset.json()).toMatchObject({
        mustChangePassword: true,
        providerId: world.providers.get('NSO'),
      });
      const [event] = (await auditOf(user.id)).filter((e) => e.action === 'user.update');
      expect(event?.after).toMatchObject({ passwordReset: true, mustChangePassword: true });
      expect(JSON.stringify(event)).not.toMatch(/passwordHash|argon2|a reset password/);
      const old = await world.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: world.users.activity_provider, password: TEST_PASSWORD },
      });
      expect(old.statusCode).toBe(401);
      await signIn(world.app, world.users.activity_provider, 'a reset password!');
    });

    it('moves a user to the liaison role only with a partner, and clears bindings that no longer apply', async () => {
      const created = (await create(newUser({ email: 'mover@example.org' }))).json();
      const noPartner = await update(created.id, { role: 'partner_liaison' }, `"${created.id}.1"`);
      expect(noPartner.statusCode).toBe(400);
      expect(problem(noPartner).errors).toEqual([
        expect.objectContaining({ path: 'partnerId', code: 'binding.partner_required' }),
      ]);
      const unknown = await update(
        created.id,
        { role: 'partner_liaison', partnerId: UNKNOWN_ID },
        `"${created.id}.1"`,
      );
      expect(unknown.statusCode).toBe(422);
      const liaison = await update(
        created.id,
        { role: 'partner_liaison', partnerId: world.partners.japan },
        `"${created.id}.1"`,
      );
      expect(liaison.json()).toMatchObject({
        role: 'partner_liaison',
        partnerId: world.partners.japan,
        version: 2,
      });
      const back = await update(created.id, { role: 'viewer' }, `"${created.id}.2"`);
      expect(back.json()).toMatchObject({ role: 'viewer', partnerId: null });
    });

    it('does not let an administrator demote or deactivate themself', async () => {
      const me = (await world.app.inject({ url: '/api/v1/me', headers: admin.headers })).json();
      const user = (await world.app.inject({ url: `/api/v1/users/${me.id}`, headers: admin.headers })).json();
      const etag = `"${me.id}.${user.version}"`;
      const demote = await update(me.id, { role: 'viewer' }, etag);
      expect(demote.statusCode).toBe(422);
      expect(problem(demote)).toMatchObject({
        code: 'user.cannot_demote_self',
        detail: 'You cannot remove your own administrator role or deactivate yourself.',
      });
      expect((await update(me.id, { active: false }, etag)).statusCode).toBe(422);
      // Other changes to one's own account are fine.
      expect((await update(me.id, { displayName: 'Chief' }, etag)).statusCode).toBe(200);
    });

    it('locks a deactivated user out at once, sessions and tokens alike, until reactivated', async () => {
      const viewer = await signIn(world.app, world.users.viewer);
      const token = (
        await world.app.inject({
          method: 'POST',
          url: '/api/v1/me/tokens',
          headers: viewer.write,
          payload: { name: 't' },
        })
      ).json().token;
      const user = await userByEmail(world.users.viewer);
      const off = await update(user.id, { active: false }, `"${user.id}.${user.version}"`);
      expect(off.json()).toMatchObject({ active: false });
      expect(await emails('active=false')).toEqual([world.users.viewer]);

      expect((await world.app.inject({ url: '/api/v1/me', headers: viewer.headers })).statusCode).toBe(401);
      const write = await world.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: viewer.write,
        payload: { locale: 'fr' },
      });
      expect(write.statusCode).toBe(401);
      const bearer = await world.app.inject({
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(bearer.statusCode).toBe(401);
      const login = await world.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: world.users.viewer, password: TEST_PASSWORD },
      });
      expect(login.statusCode).toBe(401);
      // Said the same way as a wrong password: the answer does not reveal that the account exists.
      expect(problem(login).code).toBe('auth.invalid_credentials');

      const on = await update(user.id, { active: true }, `"${user.id}.${user.version + 1}"`);
      expect(on.statusCode).toBe(200);
      await signIn(world.app, world.users.viewer);
      const [row] = await world.database.db
        .select()
        .from(sessions)
        .where(eq(sessions.userId, user.id))
        .limit(1);
      expect(row).toBeDefined();
    });

    it('answers 404 for an unknown user, 400 for a malformed id, 403 to staff', async () => {
      const missing = await world.app.inject({ url: `/api/v1/users/${UNKNOWN_ID}`, headers: admin.headers });
      expect(missing.statusCode).toBe(404);
      expect(problem(missing).code).toBe('user.not_found');
      expect((await update(UNKNOWN_ID, { displayName: 'Ghost' }, `"${UNKNOWN_ID}.1"`)).statusCode).toBe(404);
      expect((await world.app.inject({ url: '/api/v1/users/abc', headers: admin.headers })).statusCode).toBe(
        400,
      );
      const staff = await signIn(world.app, world.users.staff_officer);
      const target = await userByEmail(world.users.viewer);
      const refused = await update(target.id, { role: 'admin' }, `"${target.id}.${target.version}"`, staff);
      expect(refused.statusCode).toBe(403);
      expect((await userByEmail(world.users.viewer)).role).toBe('viewer');
    });
  });
});
