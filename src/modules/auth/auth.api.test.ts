import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, partners } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, TEST_PASSWORD, type World } from '../../test/world';

const HOUR = 3600 * 1000;

describe.each(drivers)('sign-in and sessions on %s', (driver) => {
  let world: World;

  beforeAll(async () => {
    world = await createWorld(driver);
  });
  afterAll(() => world?.close());

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    world.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers, payload: { email, password } });
  const me = (caller: Caller) => world.app.inject({ url: '/api/v1/me', headers: caller.headers });
  const failedLogins = (email: string) =>
    world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.login_failed'))
      .orderBy(desc(auditEvents.seq))
      .then((rows) => rows.filter((row) => (row.after as { email: string }).email === email));

  describe('login', () => {
    it('returns the user and a CSRF token, and sets an HttpOnly SameSite=Lax session cookie', async () => {
      const response = await login(world.users.staff_officer, TEST_PASSWORD);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.user).toMatchObject({
        email: world.users.staff_officer,
        role: 'staff_officer',
        locale: 'en',
        mustChangePassword: false,
        permissions: expect.arrayContaining(['partner.write', 'self.manage']),
      });
      expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
      expect(response.body).not.toMatch(/passwordHash|argon2/);

      const cookie = response.cookies.find((c) => c.name === 'entente_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.value).toMatch(/^[\w-]{40,}$/);
      expect(cookie?.value).not.toBe(body.csrfToken);
      // A browser-session cookie: the server, not the browser, decides when it expires.
      expect(cookie?.maxAge).toBeUndefined();
      expect(cookie?.expires).toBeUndefined();
      // Over plain HTTP (the test's public URL) the cookie cannot be Secure.
      expect(cookie?.secure).toBeFalsy();
    });

    it('accepts the e-mail address in any letter case and with spaces around it', async () => {
      const response = await login(`  ${world.users.viewer.toUpperCase()} `, TEST_PASSWORD);
      expect(response.statusCode).toBe(200);
      expect(response.json().user.email).toBe(world.users.viewer);
    });

    it('answers a wrong password and an unknown e-mail alike, and audits both', async () => {
      const wrong = await login(world.users.viewer, 'not the password');
      const unknown = await login('nobody@test', TEST_PASSWORD);
      for (const response of [wrong, unknown]) {
        expect(response.statusCode).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.cookies).toEqual([]);
      }
      const { requestId: _a, ...wrongBody } = wrong.json();
      const { requestId: _b, ...unknownBody } = unknown.json();
      expect(wrongBody).toEqual(unknownBody);
      expect(wrongBody).toMatchObject({
        status: 401,
        code: 'auth.invalid_credentials',
        title: 'Sign-in failed',
        detail: 'The e-mail address or password is wrong.',
      });

      const [wrongEvent] = await failedLogins(world.users.viewer);
      expect(wrongEvent).toMatchObject({
        actorUserId: null,
        actorLabel: 'anonymous',
        entityType: 'user',
        entityId: expect.any(String),
        after: { email: world.users.viewer, reason: 'wrong_password' },
        requestId: wrong.json().requestId,
      });
      expect(JSON.stringify(wrongEvent)).not.toContain('not the password');
      const unknownEvents = await failedLogins('nobody@test');
      expect(unknownEvents).toHaveLength(1);
      expect(unknownEvents[0]).toMatchObject({ entityId: null, after: { reason: 'unknown_email' } });
    });

    it('records every failed attempt, one event each', async () => {
      for (let i = 0; i < 3; i++) await login('intruder@test', `guess ${i}`);
      expect(await failedLogins('intruder@test')).toHaveLength(3);
    });

    it('answers in French to a French browser', async () => {
      const response = await login('nobody@test', 'x', { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' });
      expect(problem(response)).toMatchObject({
        title: 'Échec de la connexion',
        detail: 'L’adresse électronique ou le mot de passe est incorrect.',
      });
      expect(response.headers['content-language']).toBe('fr');
    });

    it('refuses a malformed body with field errors, before checking any password', async () => {
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: '', password: TEST_PASSWORD, remember: true },
      });
      expect(response.statusCode).toBe(400);
      expect(problem(response).errors.map((e) => e.path)).toEqual(expect.arrayContaining(['email', '']));
    });
  });

  describe('session', () => {
    it('says who is signed in and gives the same CSRF token as the sign-in', async () => {
      const response = await login(world.users.viewer, TEST_PASSWORD);
      const cookie = `entente_session=${response.cookies[0]!.value}`;
      const session = await world.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
      expect(session.statusCode).toBe(200);
      expect(session.json()).toEqual({ user: response.json().user, csrfToken: response.json().csrfToken });
    });

    it('answers user null to an anonymous caller or an unknown cookie, without an error', async () => {
      const none = await world.app.inject({ url: '/api/v1/auth/session' });
      expect(none.statusCode).toBe(200);
      expect(none.json()).toEqual({ user: null, csrfToken: null });
      const forged = await world.app.inject({
        url: '/api/v1/auth/session',
        headers: { cookie: 'entente_session=forged-token' },
      });
      expect(forged.json()).toEqual({ user: null, csrfToken: null });
      // The stale cookie is cleared, so that the browser stops sending it.
      expect(forged.cookies.find((c) => c.name === 'entente_session')?.value).toBe('');
    });

    it('asks an anonymous caller to sign in, and a caller whose cookie opens nothing to sign in again', async () => {
      const anonymousMe = await world.app.inject({ url: '/api/v1/me' });
      expect(anonymousMe.statusCode).toBe(401);
      expect(problem(anonymousMe)).toMatchObject({ code: 'auth.unauthenticated', title: 'Sign-in required' });
      // A cookie that opens no session reads as an expired one: the browser did have a session.
      const stale = await world.app.inject({
        url: '/api/v1/me',
        headers: { cookie: 'entente_session=forged' },
      });
      expect(stale.statusCode).toBe(401);
      expect(problem(stale).code).toBe('auth.session_expired');
    });

    it('gives each sign-in its own session and CSRF token', async () => {
      const first = await signIn(world.app, world.users.viewer);
      const second = await signIn(world.app, world.users.viewer);
      expect(first.headers.cookie).not.toBe(second.headers.cookie);
      expect(first.write['x-csrf-token']).not.toBe(second.write['x-csrf-token']);
      // One session's token does not open the other.
      const crossed = await world.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: { ...first.headers, 'x-csrf-token': second.write['x-csrf-token']! },
        payload: { displayName: 'Crossed' },
      });
      expect(crossed.statusCode).toBe(403);
    });
  });

  describe('CSRF', () => {
    it('refuses a cookie-authenticated write without the X-CSRF-Token header, and writes nothing', async () => {
      const caller = await signIn(world.app, world.users.trust_fund_manager);
      const before = await me(caller);
      for (const headers of [caller.headers, { ...caller.headers, 'x-csrf-token': 'wrong' }]) {
        const response = await world.app.inject({
          method: 'PATCH',
          url: '/api/v1/me',
          headers,
          payload: { displayName: 'Hijacked' },
        });
        expect(response.statusCode).toBe(403);
        expect(problem(response)).toMatchObject({
          code: 'auth.csrf_invalid',
          title: 'Missing or wrong CSRF token',
        });
      }
      const token = await world.app.inject({
        method: 'POST',
        url: '/api/v1/me/tokens',
        headers: caller.headers,
        payload: { name: 'sneaky' },
      });
      expect(token.statusCode).toBe(403);
      expect((await me(caller)).json()).toEqual(before.json());
      const tokens = await world.app.inject({ url: '/api/v1/me/tokens', headers: caller.headers });
      expect(tokens.json().items).toEqual([]);
      const events = await world.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.actorLabel, world.users.trust_fund_manager));
      expect(events.map((e) => e.action)).toEqual(['auth.login']);
    });

    it('guards record writes too: a partner is not changed without the token', async () => {
      const staff = await signIn(world.app, world.users.staff_officer);
      const url = `/api/v1/partners/${world.partners.georgia}`;
      const etag = (await world.app.inject({ url, headers: staff.headers })).headers.etag as string;
      const response = await world.app.inject({
        method: 'PATCH',
        url,
        headers: { ...staff.headers, 'if-match': etag },
        payload: { status: 'former' },
      });
      expect(response.statusCode).toBe(403);
      expect(problem(response).code).toBe('auth.csrf_invalid');
      const [row] = await world.database.db
        .select()
        .from(partners)
        .where(eq(partners.id, world.partners.georgia));
      expect(row).toMatchObject({ status: 'active', version: 1 });
    });

    it('does not ask for the token on reads', async () => {
      const caller = await signIn(world.app, world.users.viewer);
      expect((await me(caller)).statusCode).toBe(200);
    });
  });

  describe('logout', () => {
    it('ends the session: the cookie is cleared and no longer opens anything', async () => {
      const caller = await signIn(world.app, world.users.viewer);
      const other = await signIn(world.app, world.users.viewer);
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: caller.write,
      });
      expect(response.statusCode).toBe(204);
      const cleared = response.cookies.find((c) => c.name === 'entente_session');
      expect(cleared?.value).toBe('');
      const after = await me(caller);
      expect(after.statusCode).toBe(401);
      expect(problem(after).code).toBe('auth.session_expired');
      const session = await world.app.inject({ url: '/api/v1/auth/session', headers: caller.headers });
      expect(session.json().user).toBeNull();
      // Signing out of one browser leaves the others signed in.
      expect((await me(other)).statusCode).toBe(200);
    });

    it('needs the CSRF token, so a foreign page cannot sign the user out', async () => {
      const caller = await signIn(world.app, world.users.viewer);
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: caller.headers,
      });
      expect(response.statusCode).toBe(403);
      expect((await me(caller)).statusCode).toBe(200);
    });
  });

  // Last: moving the clock ends every session opened before.
  describe('expiry', () => {
    it('keeps an active session alive, and ends one left idle for longer than 12 hours', async () => {
      const caller = await signIn(world.app, world.users.viewer);
      world.clock.advance(11 * HOUR);
      expect((await me(caller)).statusCode).toBe(200);
      world.clock.advance(11 * HOUR);
      // 22 hours after sign-in, but 11 after the last request: still signed in.
      expect((await me(caller)).statusCode).toBe(200);

      world.clock.advance(12 * HOUR + 1000);
      const expired = await me(caller);
      expect(expired.statusCode).toBe(401);
      expect(problem(expired)).toMatchObject({ code: 'auth.session_expired', title: 'Session expired' });
      const write = await world.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: caller.write,
        payload: { displayName: 'Too late' },
      });
      expect(problem(write).code).toBe('auth.session_expired');

      const session = await world.app.inject({ url: '/api/v1/auth/session', headers: caller.headers });
      expect(session.statusCode).toBe(200);
      expect(session.json()).toEqual({ user: null, csrfToken: null });
      expect(session.cookies.find((c) => c.name === 'entente_session')?.value).toBe('');

      const again = await signIn(world.app, world.users.viewer, TEST_PASSWORD);
      expect((await me(again)).statusCode).toBe(200);
    });
  });
});

describe.each(drivers)('sign-in rate limit on %s', (driver) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(driver, { loginRateLimit: 3 });
  });
  afterAll(() => world?.close());

  const login = (password: string, ip: string, headers: Record<string, string> = {}) =>
    world.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: world.users.viewer, password },
      remoteAddress: ip,
      headers,
    });

  it('refuses the 4th attempt within a minute from one address, even with the right password', async () => {
    const statuses = [];
    for (const password of ['guess 1', 'guess 2', TEST_PASSWORD])
      statuses.push((await login(password, '10.0.0.9')).statusCode);
    expect(statuses).toEqual([401, 401, 200]);
    const limited = await login(TEST_PASSWORD, '10.0.0.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(problem(limited)).toMatchObject({
      status: 429,
      code: 'auth.rate_limited',
      title: 'Too many attempts',
    });
    expect(problem(limited).detail).toMatch(/try again in \d+ seconds/);
    expect(limited.cookies).toEqual([]);
  });

  it('answers the refusal in the caller’s language and spares other addresses', async () => {
    const french = await login(TEST_PASSWORD, '10.0.0.9', { 'accept-language': 'fr' });
    expect(french.statusCode).toBe(429);
    expect(problem(french)).toMatchObject({ code: 'auth.rate_limited', title: 'Trop de tentatives' });
    expect((await login(TEST_PASSWORD, '10.0.0.10')).statusCode).toBe(200);
  });

  it('limits password changes the same way, so a stolen session cannot guess the password', async () => {
    const caller = await signIn(world.app, world.users.staff_officer);
    const attempt = () =>
      world.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: caller.write,
        payload: { currentPassword: 'a guess at the password', newPassword: 'a brand new password' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([422, 422, 422, 429]);
  });
});
