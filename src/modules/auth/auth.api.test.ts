import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, partners } from '../../db/schema';
import { drivers } from '../../test/databases';
import { createWorld, problem, signIn, TEST_PASSWORD, type World } from '../../test/world';

describe.each(drivers)('sign-in and sessions on %s', (driver) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(driver);
  });
  afterAll(() => world?.close());

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    world.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: ip,
    });

  it('signs in, sets an HttpOnly SameSite cookie and returns the user with a CSRF token', async () => {
    const response = await login(world.users.staff_officer.toUpperCase(), TEST_PASSWORD, '10.0.0.2');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: {
        email: world.users.staff_officer,
        role: 'staff_officer',
        permissions: expect.arrayContaining(['partner.write']),
      },
      csrfToken: expect.any(String),
    });
    const cookie = response.cookies.find((c) => c.name === 'entente_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('answers a wrong password and an unknown e-mail the same way, and audits both failures', async () => {
    const wrong = await login(world.users.viewer, 'not the password', '10.0.0.3');
    const unknown = await login('nobody@example.org', 'not the password', '10.0.0.3');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(problem(wrong)).toMatchObject({ code: 'auth.invalid_credentials' });
    expect(problem(wrong).detail).toBe(problem(unknown).detail);
    const failures = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.login_failed'));
    expect(failures.map((f) => f.after)).toEqual(
      expect.arrayContaining([
        { email: world.users.viewer, reason: 'wrong_password' },
        { email: 'nobody@example.org', reason: 'unknown_email' },
      ]),
    );
  });

  it('refuses a cookie write without the CSRF token and writes nothing', async () => {
    const staff = await signIn(world.app, world.users.staff_officer);
    const url = `/api/v1/partners/${world.partners.georgia}`;
    const etag = (await world.app.inject({ url, headers: staff.headers })).headers.etag as string;
    for (const token of [undefined, 'forged']) {
      const response = await world.app.inject({
        method: 'PATCH',
        url,
        headers: { ...staff.headers, 'if-match': etag, ...(token ? { 'x-csrf-token': token } : {}) },
        payload: { status: 'former' },
      });
      expect(response.statusCode).toBe(403);
      expect(problem(response).code).toBe('auth.csrf_invalid');
    }
    const [row] = await world.database.db
      .select()
      .from(partners)
      .where(eq(partners.id, world.partners.georgia));
    expect(row?.status).toBe('active');
  });

  it('tells an expired session apart from no session, and forgets it', async () => {
    const viewer = await signIn(world.app, world.users.viewer);
    expect((await world.app.inject({ url: '/api/v1/me', headers: viewer.headers })).statusCode).toBe(200);
    world.clock.advance(13 * 3600 * 1000);
    const expired = await world.app.inject({ url: '/api/v1/me', headers: viewer.headers });
    expect(expired.statusCode).toBe(401);
    expect(problem(expired).code).toBe('auth.session_expired');
    const session = await world.app.inject({ url: '/api/v1/auth/session', headers: viewer.headers });
    expect(session.json()).toEqual({ user: null, csrfToken: null });
    const none = await world.app.inject({ url: '/api/v1/me' });
    expect(problem(none).code).toBe('auth.unauthenticated');
  });

  it('keeps an active session alive (sliding expiry)', async () => {
    const viewer = await signIn(world.app, world.users.viewer);
    for (let hour = 0; hour < 3; hour++) {
      world.clock.advance(10 * 3600 * 1000);
      expect((await world.app.inject({ url: '/api/v1/me', headers: viewer.headers })).statusCode).toBe(200);
    }
  });

  it('signs out: the session no longer works', async () => {
    const viewer = await signIn(world.app, world.users.viewer);
    const session = await world.app.inject({ url: '/api/v1/auth/session', headers: viewer.headers });
    expect(session.json()).toMatchObject({
      user: { role: 'viewer' },
      csrfToken: viewer.write['x-csrf-token'],
    });
    const out = await world.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: viewer.write });
    expect(out.statusCode).toBe(204);
    expect((await world.app.inject({ url: '/api/v1/me', headers: viewer.headers })).statusCode).toBe(401);
  });

  it('answers in the user’s own language once they choose it', async () => {
    const liaison = await signIn(world.app, world.users.partner_liaison);
    const chosen = await world.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: liaison.write,
      payload: { locale: 'fr' },
    });
    expect(chosen.json().locale).toBe('fr');
    const missing = await world.app.inject({
      url: `/api/v1/partners/${world.partners.russia}`,
      headers: { ...liaison.headers, 'accept-language': 'en' },
    });
    expect(problem(missing)).toMatchObject({ status: 404, title: 'Partenaire introuvable' });
    const audit = await world.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'user.update_self'),
          eq(auditEvents.actorLabel, world.users.partner_liaison),
        ),
      );
    expect(audit[0]).toMatchObject({ before: { locale: 'en' }, after: { locale: 'fr' } });
  });

  it('changes a password only with the current one, and a strong new one', async () => {
    const email = 'georgia.liaison@test';
    const user = await signIn(world.app, email);
    const change = (currentPassword: string, newPassword: string) =>
      world.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: user.write,
        payload: { currentPassword, newPassword },
      });
    const wrong = await change('wrong current password', 'a brand new password');
    expect(wrong.statusCode).toBe(422);
    expect(problem(wrong).title).toBe('Mot de passe erroné');
    const weak = await change(TEST_PASSWORD, 'short');
    expect(weak.statusCode).toBe(400);
    expect(problem(weak).errors[0]).toMatchObject({ path: 'newPassword', code: 'password.weak' });
    expect((await change(TEST_PASSWORD, 'a brand new password')).statusCode).toBe(204);
    expect((await login(email, TEST_PASSWORD, '10.0.1.1')).statusCode).toBe(401);
    expect((await login(email, 'a brand new password', '10.0.1.1')).statusCode).toBe(200);
  });
});

describe.each(drivers)('sign-in rate limit on %s', (driver) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(driver, { loginRateLimit: 5 });
  });
  afterAll(() => world?.close());

  const login = (email: string, password: string, ip: string) =>
    world.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: ip,
    });

  it('limits sign-in attempts per address (429 in the caller’s language)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await login(world.users.viewer, 'guess', '10.0.0.9')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const limited = await world.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: world.users.viewer, password: TEST_PASSWORD },
      remoteAddress: '10.0.0.9',
      headers: { 'accept-language': 'fr' },
    });
    expect(limited.statusCode).toBe(429);
    expect(problem(limited)).toMatchObject({ code: 'auth.rate_limited', title: 'Trop de tentatives' });
    // Another address is not affected.
    expect((await login(world.users.viewer, TEST_PASSWORD, '10.0.0.10')).statusCode).toBe(200);
  });
});
