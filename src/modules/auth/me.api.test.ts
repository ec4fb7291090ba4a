import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, TEST_PASSWORD, type World } from '../../test/world';

describe.each(drivers)('my account on %s', (driver) => {
  let world: World;

  beforeAll(async () => {
    world = await createWorld(driver);
  });
  afterAll(() => world?.close());

  const patchMe = (caller: Caller, payload: object) =>
    world.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: caller.write, payload });
  const changePassword = (caller: Caller, currentPassword: string, newPassword: string) =>
    world.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: caller.write,
      payload: { currentPassword, newPassword },
    });
  const login = (email: string, password: string) =>
    world.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const eventsOf = (action: string, label: string) =>
    world.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.actorLabel, label)));

  describe('profile', () => {
    it('shows my own account with my permissions and binding', async () => {
      const liaison = await signIn(world.app, world.users.partner_liaison);
      const response = await world.app.inject({ url: '/api/v1/me', headers: liaison.headers });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        id: expect.any(String),
        email: world.users.partner_liaison,
        displayName: 'partner_liaison',
        role: 'partner_liaison',
        partnerId: world.partners.japan,
        providerId: null,
        locale: 'en',
        permissions: [
          'partner.read',
          'taxonomy.read',
          'provider.read',
          'menu.read',
          'self.manage',
          'programme.read',
          'programme.write',
          'nomination.read',
          'nomination.write',
          'trustfund.read',
        ],
        mustChangePassword: false,
      });
    });

    it('answers in French once I choose French, whatever my browser says, and audits the change', async () => {
      const liaison = await signIn(world.app, world.users.partner_liaison);
      const chosen = await patchMe(liaison, { locale: 'fr' });
      expect(chosen.statusCode).toBe(200);
      expect(chosen.json()).toMatchObject({ locale: 'fr', email: world.users.partner_liaison });

      const missing = await world.app.inject({
        url: `/api/v1/partners/${world.partners.russia}`,
        headers: { ...liaison.headers, 'accept-language': 'en-GB,en;q=0.9' },
      });
      expect(missing.statusCode).toBe(404);
      expect(problem(missing)).toMatchObject({
        title: 'Partenaire introuvable',
        detail: 'Aucun partenaire ne porte cet identifiant.',
      });
      expect(missing.headers['content-language']).toBe('fr');
      const invalid = await patchMe(liaison, { displayName: '' });
      expect(problem(invalid)).toMatchObject({ title: 'Requête invalide' });
      expect(problem(invalid).errors).toEqual([
        { path: 'displayName', code: 'required', message: 'Ce champ est obligatoire.' },
      ]);
      // A new session remembers the choice.
      const again = await signIn(world.app, world.users.partner_liaison);
      const forbidden = await world.app.inject({ url: '/api/v1/users', headers: again.headers });
      expect(problem(forbidden)).toMatchObject({ status: 403, title: 'Action non autorisée' });

      const [event] = await eventsOf('user.update_self', world.users.partner_liaison);
      expect(event).toMatchObject({
        entityType: 'user',
        before: { locale: 'en', displayName: 'partner_liaison' },
        after: { locale: 'fr', displayName: 'partner_liaison' },
      });
      expect((await patchMe(again, { locale: 'en' })).json().locale).toBe('en');
    });

    it('renames me, trimming spaces, and refuses fields I may not change', async () => {
      const viewer = await signIn(world.app, world.users.viewer);
      const renamed = await patchMe(viewer, { displayName: '  Val Viewer  ' });
      expect(renamed.json().displayName).toBe('Val Viewer');
      for (const payload of [{ role: 'admin' }, { email: 'me@elsewhere.org' }, { locale: 'de' }]) {
        const refused = await patchMe(viewer, payload);
        expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      }
      const me = await world.app.inject({ url: '/api/v1/me', headers: viewer.headers });
      expect(me.json()).toMatchObject({ role: 'viewer', email: world.users.viewer, locale: 'en' });
      expect((await patchMe(viewer, { displayName: 'x'.repeat(121) })).statusCode).toBe(400);
    });

    it('is refused to the anonymous caller', async () => {
      const response = await world.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        payload: { locale: 'fr' },
      });
      expect(response.statusCode).toBe(401);
    });
  });

  describe('password', () => {
    it('refuses a wrong current password with 422, in the user’s language, and changes nothing', async () => {
      const georgia = await signIn(world.app, 'georgia.liaison@test');
      const wrong = await changePassword(georgia, 'not my password', 'a brand new password');
      expect(wrong.statusCode).toBe(422);
      expect(problem(wrong)).toMatchObject({ code: 'auth.password_incorrect', title: 'Mot de passe erroné' });
      expect((await login('georgia.liaison@test', TEST_PASSWORD)).statusCode).toBe(200);
      expect(await eventsOf('user.change_password', 'georgia.liaison@test')).toEqual([]);
    });

    it('refuses a weak new password with 400 and a field error', async () => {
      const georgia = await signIn(world.app, 'georgia.liaison@test');
      const weak = await changePassword(georgia, TEST_PASSWORD, 'short');
      expect(weak.statusCode).toBe(400);
      expect(problem(weak).errors).toEqual([
        { path: 'newPassword', code: 'password.weak', message: 'Au moins 12 caractères.' },
      ]);
      const huge = await changePassword(georgia, TEST_PASSWORD, 'x'.repeat(201));
      expect(problem(huge).errors[0]?.path).toBe('newPassword');
    });

    it('changes it: the old password no longer signs in, the new one does', async () => {
      const staff = await signIn(world.app, world.users.staff_officer);
      const changed = await changePassword(staff, TEST_PASSWORD, 'a brand new password');
      expect(changed.statusCode).toBe(204);
      const old = await login(world.users.staff_officer, TEST_PASSWORD);
      expect(old.statusCode).toBe(401);
      expect(problem(old).code).toBe('auth.invalid_credentials');
      expect((await login(world.users.staff_officer, 'a brand new password')).statusCode).toBe(200);

      const events = await eventsOf('user.change_password', world.users.staff_officer);
      expect(events).toHaveLength(1);
      expect(JSON.stringify(events[0])).not.toMatch(/argon2|brand new|test-password/);
    });

    it('refuses the same password again, and ends the other sessions when it changes', async () => {
      const email = world.users.trust_fund_manager;
      const here = await signIn(world.app, email);
      const elsewhere = await signIn(world.app, email);
      const same = await changePassword(here, TEST_PASSWORD, TEST_PASSWORD);
      expect(same.statusCode).toBe(422);
      expect(problem(same).code).toBe('auth.password_unchanged');
      expect((await changePassword(here, TEST_PASSWORD, 'another long password')).statusCode).toBe(204);
      expect((await world.app.inject({ url: '/api/v1/me', headers: here.headers })).statusCode).toBe(200);
      const other = await world.app.inject({ url: '/api/v1/me', headers: elsewhere.headers });
      expect(other.statusCode).toBe(401);
    });

    it('releases an account with a one-time password once the user chooses their own', async () => {
      const admin = await signIn(world.app, world.users.admin);
      const created = await world.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: admin.write,
        payload: {
          email: 'newcomer@example.org',
          displayName: 'Newcomer',
          role: 'viewer',
          password: 'a one-time password',
        },
      });
      expect(created.json().mustChangePassword).toBe(true);
      const newcomer = await signIn(world.app, 'newcomer@example.org', 'a one-time password');
      const blocked = await world.app.inject({ url: '/api/v1/partners', headers: newcomer.headers });
      expect(blocked.statusCode).toBe(403);
      expect(problem(blocked).code).toBe('auth.password_change_required');
      expect((await changePassword(newcomer, 'a one-time password', 'my own secret phrase')).statusCode).toBe(
        204,
      );
      const me = await world.app.inject({ url: '/api/v1/me', headers: newcomer.headers });
      expect(me.json().mustChangePassword).toBe(false);
      expect(
        (await world.app.inject({ url: '/api/v1/partners', headers: newcomer.headers })).statusCode,
      ).toBe(200);
    });
  });
});
