import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditEvents } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';

const DAY = 24 * 3600 * 1000;

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
  const revoke = (caller: Caller, id: string) =>
    world.app.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${id}`, headers: caller.write });
  const list = (caller: Caller) => world.app.inject({ url: '/api/v1/me/tokens', headers: caller.headers });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const meWith = (token: string) => world.app.inject({ url: '/api/v1/me', headers: bearer(token) });

  it('shows the secret once, then lists the token without it', async () => {
    const created = await create(liaison, { name: 'reporting script' });
    expect(created.statusCode).toBe(201);
    const { token, item } = created.json();
    expect(token).toMatch(/^ent_[\w-]{43}$/);
    expect(item).toMatchObject({
      name: 'reporting script',
      prefix: token.slice(0, 10),
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
    });
    const listed = await list(liaison);
    expect(listed.json().items).toContainEqual(item);
    expect(listed.body).not.toContain(token);
    expect(listed.body).toContain(token.slice(0, 10));

    // Neither the database nor the audit trail keeps the secret.
    const [row] = await world.database.db.select().from(apiTokens).where(eq(apiTokens.id, item.id));
    expect(JSON.stringify(row)).not.toContain(token);
    const events = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, item.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'token.create', actorLabel: world.users.partner_liaison });
    expect(JSON.stringify(events[0])).not.toContain(token);
  });

  it('carries its owner’s role and partner scope', async () => {
    const { token } = (await create(liaison, { name: 'scope' })).json();
    const me = await meWith(token);
    expect(me.json()).toMatchObject({ role: 'partner_liaison', partnerId: world.partners.japan });
    const own = await world.app.inject({
      url: `/api/v1/partners/${world.partners.japan}`,
      headers: bearer(token),
    });
    expect(own.statusCode).toBe(200);
    const released = await world.app.inject({
      url: `/api/v1/partners/${world.partners.mongolia}`,
      headers: bearer(token),
    });
    expect(released.statusCode).toBe(200);
    const foreign = await world.app.inject({
      url: `/api/v1/partners/${world.partners.russia}`,
      headers: bearer(token),
    });
    expect(foreign.statusCode).toBe(404);
    expect(problem(foreign).code).toBe('partner.not_found');
    const partners = await world.app.inject({ url: '/api/v1/partners?limit=100', headers: bearer(token) });
    expect(partners.json().total).toBe(4);
    const write = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/partners/${world.partners.japan}`,
      headers: { ...bearer(token), 'if-match': own.headers.etag as string },
      payload: { status: 'former' },
    });
    expect(write.statusCode).toBe(403);
    expect((await world.app.inject({ url: '/api/v1/audit-events', headers: bearer(token) })).statusCode).toBe(
      403,
    );
  });

  it('needs no CSRF token for writes, and records its uses', async () => {
    const staff = await signIn(world.app, world.users.staff_officer);
    const { token, item } = (await create(staff, { name: 'ci' })).json();
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
    const [event] = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, response.json().id));
    expect(event).toMatchObject({ action: 'partner.create', actorLabel: world.users.staff_officer });
    const listed = (await list(staff)).json().items.find((t: { id: string }) => t.id === item.id);
    expect(listed.lastUsedAt).toBe(world.clock.now().toISOString());
  });

  it('stops working once revoked; another user cannot revoke it', async () => {
    const { token, item } = (await create(liaison, { name: 'to revoke' })).json();
    const viewer = await signIn(world.app, world.users.viewer);
    const foreign = await revoke(viewer, item.id);
    expect(foreign.statusCode).toBe(404);
    expect(problem(foreign).code).toBe('token.not_found');
    expect((await meWith(token)).statusCode).toBe(200);

    expect((await revoke(liaison, item.id)).statusCode).toBe(204);
    const after = await meWith(token);
    expect(after.statusCode).toBe(401);
    expect(problem(after)).toMatchObject({ code: 'auth.invalid_token', title: 'Invalid API token' });
    const listed = (await list(liaison)).json().items.find((t: { id: string }) => t.id === item.id);
    expect(listed.revokedAt).toBe(world.clock.now().toISOString());
    // Revoking it again finds nothing to revoke.
    expect((await revoke(liaison, item.id)).statusCode).toBe(404);
    const events = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, item.id));
    expect(events.map((e) => e.action).sort()).toEqual(['token.create', 'token.revoke']);
  });

  it('refuses malformed and unknown tokens instead of treating the caller as anonymous', async () => {
    for (const authorization of [
      'Bearer',
      'Bearer ',
      'Basic dXNlcjpwYXNz',
      'Bearer ent_unknown',
      'Bearer not-an-entente-token',
      'Bearer ent_a ent_b',
      `Bearer ent_${'x'.repeat(500)}`,
    ]) {
      const response = await world.app.inject({ url: '/api/v1/partners', headers: { authorization } });
      expect(response.statusCode, authorization.slice(0, 20)).toBe(401);
      expect(problem(response).code).toBe('auth.invalid_token');
    }
  });

  it('refuses bad token requests with field errors', async () => {
    const fresh = await signIn(world.app, world.users.viewer);
    const noName = await create(fresh, { name: '  ' });
    expect(noName.statusCode).toBe(400);
    expect(problem(noName).errors[0]?.path).toBe('name');
    const tooLong = await create(fresh, { name: 'x', expiresInDays: 10_000 });
    expect(problem(tooLong).errors[0]?.path).toBe('expiresInDays');
    expect((await create(fresh, { name: 'x', expiresInDays: 0 })).statusCode).toBe(400);
    expect((await create(fresh, { name: 'x', scope: 'all' })).statusCode).toBe(400);
    expect((await list(fresh)).json().items).toEqual([]);
    expect(
      (await world.app.inject({ method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'x' } }))
        .statusCode,
    ).toBe(401);
  });

  // Last: moving the clock ends the sessions opened before.
  it('expires when asked to', async () => {
    const fresh = await signIn(world.app, world.users.partner_liaison);
    const created = (await create(fresh, { name: 'short-lived', expiresInDays: 1 })).json();
    expect(created.item.expiresAt).toBe(new Date(world.clock.now().getTime() + DAY).toISOString());
    expect((await meWith(created.token)).statusCode).toBe(200);
    world.clock.advance(DAY - 60_000);
    expect((await meWith(created.token)).statusCode).toBe(200);
    world.clock.advance(60_000);
    const expired = await meWith(created.token);
    expect(expired.statusCode).toBe(401);
    expect(problem(expired).code).toBe('auth.invalid_token');
  });
});
