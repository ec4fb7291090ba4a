import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, TEST_PASSWORD, type World } from '../../test/world';
import { UNKNOWN_ID, userApi } from './users.test-support';

describe.each(drivers)('user management: updates on %s', (driver) => {
  let world: World;
  let admin: Caller;
  beforeAll(async () => {
    world = await createWorld(driver);
    admin = await signIn(world.app, world.users.admin);
  });
  afterAll(() => world?.close());
  const { create, update, emails, userByEmail, auditOf, newUser } = userApi(() => ({ world, admin }));

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
