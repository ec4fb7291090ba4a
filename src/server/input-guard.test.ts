import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partners } from '../db/schema';
import { drivers } from '../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../test/world';

describe.each(drivers)('text the database cannot hold, on %s', (driver) => {
  let world: World;
  let staff: Caller;
  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
  });
  afterAll(() => world?.close());

  it('refuses a NUL character in a search, a body or a sign-in as a field error, never a 500', async () => {
    const search = await world.app.inject({ url: '/api/v1/partners?q=%00abc', headers: staff.headers });
    expect(search.statusCode).toBe(400);
    expect(problem(search).errors[0]).toMatchObject({
      path: 'querystring.q',
      code: 'text.control_character',
    });

    const [before] = await world.database.db.select({ n: count() }).from(partners);
    const body = await world.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { ...staff.write, 'accept-language': 'fr' },
      payload: {
        isoCode: null,
        kind: 'international_organisation',
        name: { en: 'A\u0000B', fr: 'AB' },
        status: 'active',
        releasability: 'public',
      },
    });
    expect(body.statusCode).toBe(400);
    expect(problem(body).errors[0]).toMatchObject({ path: 'name.en', code: 'text.control_character' });
    const [after] = await world.database.db.select({ n: count() }).from(partners);
    expect(after?.n).toBe(before?.n);

    const login = await world.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'fr' },
      payload: { email: 'a\u0000@example.org', password: 'whatever' },
    });
    expect(login.statusCode).toBe(400);
    expect(problem(login).errors[0]?.message).toContain('caractère NUL');
  });
});
