import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';

describe.each(drivers)('personal API tokens on %s', (driver) => {
  let world: World;
  let liaison: Caller;
  beforeAll(async () => {
    world = await createWorld(driver);
    liaison = await signIn(world.app, world.users.partner_liaison);
  });
  afterAll(() => world?.close());

  const create = (caller: Caller, payload: object) =>
    world.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: caller.write, payload });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('shows the secret once, then lists the token without it', async () => {
    const created = await create(liaison, { name: 'reporting script' });
    expect(created.statusCode).toBe(201);
    const { token, item } = created.json();
    expect(token).toMatch(/^ent_[\w-]{43}$/);
    const list = await world.app.inject({ url: '/api/v1/me/tokens', headers: liaison.headers });
    expect(list.json().items).toContainEqual(
      expect.objectContaining({ id: item.id, name: 'reporting script', revokedAt: null }),
    );
    expect(list.body).not.toContain(token);
    expect(list.body).toContain(token.slice(0, 10));
  });

  it('carries its owner’s role and partner scope', async () => {
    const { token } = (await create(liaison, { name: 'scope' })).json();
    const own = await world.app.inject({
      url: `/api/v1/partners/${world.partners.japan}`,
      headers: bearer(token),
    });
    expect(own.statusCode).toBe(200);
    const foreign = await world.app.inject({
      url: `/api/v1/partners/${world.partners.russia}`,
      headers: bearer(token),
    });
    expect(foreign.statusCode).toBe(404);
    const list = await world.app.inject({ url: '/api/v1/partners?limit=100', headers: bearer(token) });
    expect(list.json().total).toBe(4);
    const write = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/partners/${world.partners.japan}`,
      headers: { ...bearer(token), 'if-match': own.headers.etag as string },
      payload: { status: 'former' },
    });
    expect(write.statusCode).toBe(403);
  });

  it('needs no CSRF token for writes', async () => {
    const staff = await signIn(world.app, world.users.staff_officer);
    const { token } = (await create(staff, { name: 'ci' })).json();
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: bearer(token),
      payload: {
        isoCode: 'IS',
        kind: 'country',
        name: { en: 'Iceland', fr: 'Islande' },
        status: 'active',
        releasability: 'public',
      },
    });
    expect(response.statusCode).toBe(201);
  });

  it('stops working once revoked; another user cannot revoke it', async () => {
    const { token, item } = (await create(liaison, { name: 'to revoke' })).json();
    const viewer = await signIn(world.app, world.users.viewer);
    const foreign = await world.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/tokens/${item.id}`,
      headers: viewer.write,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await world.app.inject({ url: '/api/v1/me', headers: bearer(token) })).statusCode).toBe(200);
    const revoke = await world.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/tokens/${item.id}`,
      headers: liaison.write,
    });
    expect(revoke.statusCode).toBe(204);
    const after = await world.app.inject({ url: '/api/v1/me', headers: bearer(token) });
    expect(after.statusCode).toBe(401);
    expect(problem(after).code).toBe('auth.invalid_token');
  });

  it('expires when asked to', async () => {
    const { token } = (await create(liaison, { name: 'short-lived', expiresInDays: 1 })).json();
    expect((await world.app.inject({ url: '/api/v1/me', headers: bearer(token) })).statusCode).toBe(200);
    world.clock.advance(25 * 3600 * 1000);
    expect((await world.app.inject({ url: '/api/v1/me', headers: bearer(token) })).statusCode).toBe(401);
  });

  it('refuses malformed and unknown tokens, and bad token requests', async () => {
    for (const authorization of [
      'Bearer',
      'Basic dXNlcjpwYXNz',
      'Bearer ent_unknown',
      `Bearer ${'x'.repeat(500)}`,
    ]) {
      const response = await world.app.inject({ url: '/api/v1/partners', headers: { authorization } });
      expect(response.statusCode, authorization.slice(0, 20)).toBe(401);
      expect(problem(response).code).toBe('auth.invalid_token');
    }
    const fresh = await signIn(world.app, world.users.viewer);
    expect((await create(fresh, { name: '' })).statusCode).toBe(400);
    expect((await create(fresh, { name: 'x', expiresInDays: 10_000 })).statusCode).toBe(400);
    expect((await create(fresh, { name: 'x', scope: 'all' })).statusCode).toBe(400);
  });
});
