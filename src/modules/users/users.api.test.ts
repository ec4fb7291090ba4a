import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, TEST_PASSWORD, type World } from '../../test/world';

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

  it('lists and filters users', async () => {
    const liaisons = await world.app.inject({
      url: '/api/v1/users?role=partner_liaison',
      headers: admin.headers,
    });
    expect(
      liaisons
        .json()
        .items.map((u: { email: string }) => u.email)
        .sort(),
    ).toEqual(['georgia.liaison@test', 'partner.liaison@test']);
    const search = await world.app.inject({ url: '/api/v1/users?q=staff', headers: admin.headers });
    expect(search.json()).toMatchObject({ total: 1, items: [{ role: 'staff_officer' }] });
  });

  it('creates a liaison bound to a partner, audited without the password hash', async () => {
    const response = await create({
      email: 'New.Liaison@Example.org',
      displayName: 'New liaison',
      role: 'partner_liaison',
      partnerId: world.partners.georgia,
      password: 'a temporary password',
    });
    expect(response.statusCode).toBe(201);
    const user = response.json();
    expect(user).toMatchObject({
      email: 'new.liaison@example.org',
      partnerId: world.partners.georgia,
      mustChangePassword: true,
    });
    expect(response.headers.etag).toBe(`"${user.id}.1"`);
    const [event] = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, user.id));
    expect(event).toMatchObject({
      action: 'user.create',
      actorLabel: world.users.admin,
      partnerId: world.partners.georgia,
    });
    expect(JSON.stringify(event?.after)).not.toMatch(/passwordHash|argon2/);

    // The new account must change its temporary password before anything else.
    const session = await signIn(world.app, 'new.liaison@example.org', 'a temporary password');
    const me = await world.app.inject({ url: '/api/v1/me', headers: session.headers });
    expect(me.json().mustChangePassword).toBe(true);
    const blocked = await world.app.inject({ url: '/api/v1/partners', headers: session.headers });
    expect(problem(blocked).code).toBe('auth.password_change_required');
  });

  it('refuses a duplicate e-mail (any case), a missing binding, an unknown partner and a weak password', async () => {
    const duplicate = await create({
      email: world.users.viewer.toUpperCase().replace('@TEST', '@test'),
      displayName: 'Twin',
      role: 'viewer',
      password: 'a long enough password',
    });
    expect(duplicate.statusCode).toBe(400);
    const clash = await create({
      email: 'twin@example.org',
      displayName: 'Twin',
      role: 'viewer',
      password: 'a long enough password',
    });
    expect(clash.statusCode).toBe(201);
    const again = await create({
      email: 'TWIN@example.org',
      displayName: 'Twin',
      role: 'viewer',
      password: 'a long enough password',
    });
    expect(again.statusCode).toBe(409);
    expect(problem(again).code).toBe('user.duplicate_email');

    const unbound = await create({
      email: 'l@example.org',
      displayName: 'L',
      role: 'partner_liaison',
      password: 'a long enough password',
    });
    expect(unbound.statusCode).toBe(400);
    expect(problem(unbound).errors).toContainEqual(
      expect.objectContaining({ path: 'partnerId', code: 'binding.partner_required' }),
    );

    const unknownPartner = await create({
      email: 'l@example.org',
      displayName: 'L',
      role: 'partner_liaison',
      partnerId: '00000000-0000-4000-8000-000000000009',
      password: 'a long enough password',
    });
    expect(unknownPartner.statusCode).toBe(422);
    expect(problem(unknownPartner)).toMatchObject({
      code: 'reference.unknown',
      params: { field: 'partnerId' },
    });

    const weak = await create({
      email: 'w@example.org',
      displayName: 'W',
      role: 'viewer',
      password: 'short',
    });
    expect(problem(weak).errors).toContainEqual(
      expect.objectContaining({ path: 'password', code: 'password.weak' }),
    );
  });

  it('is for administrators only', async () => {
    const staff = await signIn(world.app, world.users.staff_officer);
    expect((await world.app.inject({ url: '/api/v1/users', headers: staff.headers })).statusCode).toBe(403);
    expect(
      (
        await create(
          { email: 'x@example.org', displayName: 'X', role: 'admin', password: 'a long enough password' },
          staff,
        )
      ).statusCode,
    ).toBe(403);
    expect((await world.app.inject({ url: '/api/v1/users' })).statusCode).toBe(401);
  });

  it('updates with the ETag read: 428 without, 412 when stale', async () => {
    const list = await world.app.inject({
      url: '/api/v1/users?role=trust_fund_manager',
      headers: admin.headers,
    });
    const user = list.json().items[0];
    expect((await update(user.id, { displayName: 'No match' }, undefined)).statusCode).toBe(428);
    const ok = await update(
      user.id,
      { displayName: 'Fund manager', locale: 'fr' },
      `"${user.id}.${user.version}"`,
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ displayName: 'Fund manager', locale: 'fr', version: user.version + 1 });
    const stale = await update(user.id, { displayName: 'Lost' }, `"${user.id}.${user.version}"`);
    expect(stale.statusCode).toBe(412);
  });

  it('moves a user to the liaison role only with a partner, and clears bindings that no longer apply', async () => {
    const created = (
      await create({
        email: 'mover@example.org',
        displayName: 'Mover',
        role: 'viewer',
        password: 'a long enough password',
      })
    ).json();
    const noPartner = await update(created.id, { role: 'partner_liaison' }, `"${created.id}.1"`);
    expect(noPartner.statusCode).toBe(422);
    const liaison = await update(
      created.id,
      { role: 'partner_liaison', partnerId: world.partners.japan },
      `"${created.id}.1"`,
    );
    expect(liaison.json()).toMatchObject({ role: 'partner_liaison', partnerId: world.partners.japan });
    const back = await update(created.id, { role: 'viewer' }, `"${created.id}.2"`);
    expect(back.json()).toMatchObject({ role: 'viewer', partnerId: null });
  });

  it('does not let an administrator demote or deactivate themself', async () => {
    const me = (await world.app.inject({ url: '/api/v1/me', headers: admin.headers })).json();
    const user = (await world.app.inject({ url: `/api/v1/users/${me.id}`, headers: admin.headers })).json();
    const demote = await update(me.id, { role: 'viewer' }, `"${me.id}.${user.version}"`);
    expect(demote.statusCode).toBe(422);
    expect(problem(demote).code).toBe('user.cannot_demote_self');
    expect((await update(me.id, { active: false }, `"${me.id}.${user.version}"`)).statusCode).toBe(422);
  });

  it('locks a deactivated user out at once, sessions and tokens alike', async () => {
    const viewer = await signIn(world.app, world.users.viewer);
    const token = (
      await world.app.inject({
        method: 'POST',
        url: '/api/v1/me/tokens',
        headers: viewer.write,
        payload: { name: 't' },
      })
    ).json().token;
    const list = await world.app.inject({ url: '/api/v1/users?role=viewer', headers: admin.headers });
    const user = list.json().items.find((u: { email: string }) => u.email === world.users.viewer);
    expect((await update(user.id, { active: false }, `"${user.id}.${user.version}"`)).statusCode).toBe(200);
    expect((await world.app.inject({ url: '/api/v1/me', headers: viewer.headers })).statusCode).toBe(401);
    expect(
      (await world.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
    ).toBe(401);
    const login = await world.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: world.users.viewer, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    expect(
      (
        await world.app.inject({
          url: '/api/v1/users/00000000-0000-4000-8000-000000000000',
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(404);
    expect((await world.app.inject({ url: '/api/v1/users/abc', headers: admin.headers })).statusCode).toBe(
      400,
    );
  });
});
