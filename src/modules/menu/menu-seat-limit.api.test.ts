import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iterations } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import type { Iteration } from './menu.schemas';
import { activityBody, createActivity } from './menu.test-support';

/** The per-partner seat limit of an iteration: 1 up to its seats, or none. */
describe.each(drivers)('the per-partner seat limit on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let frenchUser: Caller;

  const iterationCount = async () => {
    const [row] = await world.database.db.select({ n: count() }).from(iterations);
    return row!.n;
  };
  const ifMatch = (x: { id: string; version: number }) => ({ 'if-match': `"${x.id}.${x.version}"` });
  const dated = { startsOn: '2026-10-05', endsOn: '2026-10-09', seats: 4 };

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    frenchUser = await signIn(world.app, world.users.admin);
    const toFrench = await world.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: frenchUser.write,
      payload: { locale: 'fr' },
    });
    expect(toFrench.statusCode).toBe(200);
  });
  afterAll(() => world?.close());

  it('is kept when it is at most the seats, and absent means no limit', async () => {
    // Distinct starts, so that the iterations come back in this order.
    const created = await createActivity(world, staff, {
      iterations: [
        { ...dated, partnerSeatLimit: 4 },
        { ...dated, startsOn: '2026-10-06', partnerSeatLimit: null },
        { ...dated, startsOn: '2026-10-07' },
      ],
    });
    expect(created.iterations.map((i) => i.partnerSeatLimit)).toEqual([4, null, null]);
  });

  it.each([
    ['above the seats', 5, 'too_big_number', ['Must be at most 4.', 'Au plus 4.']],
    ['zero', 0, 'too_small_number', ['Must be at least 1.', 'Au moins 1.']],
    ['not whole', 1.5, 'invalid_type', [expect.any(String), expect.any(String)]],
  ])(
    'refuses a limit %s with a field error in the caller’s language, writing nothing',
    async (_name, limit, code, [english, french]) => {
      const before = await iterationCount();
      for (const [caller, message] of [
        [staff, english],
        [frenchUser, french],
      ] as const) {
        const response = await world.app.inject({
          method: 'POST',
          url: '/api/v1/menu/activities',
          headers: caller.write,
          payload: activityBody(world, { iterations: [{ ...dated, partnerSeatLimit: limit }] }),
        });
        expect(response.statusCode).toBe(400);
        expect(problem(response).errors).toEqual([{ path: 'iterations.0.partnerSeatLimit', code, message }]);
      }
      expect(await iterationCount()).toBe(before);
    },
  );

  it('checks an added iteration and every update against the seats it ends with', async () => {
    const activity = await createActivity(world, staff, { iterations: [] });
    const url = `/api/v1/menu/activities/${activity.id}/iterations`;
    const tooMany = await world.app.inject({
      method: 'POST',
      url,
      headers: staff.write,
      payload: { ...dated, partnerSeatLimit: 9 },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(problem(tooMany).errors).toEqual([
      { path: 'partnerSeatLimit', code: 'too_big_number', message: 'Must be at most 4.' },
    ]);
    const added = await world.app.inject({
      method: 'POST',
      url,
      headers: staff.write,
      payload: { ...dated, partnerSeatLimit: 2 },
    });
    expect(added.statusCode, added.body).toBe(201);
    let iteration: Iteration = added.json();
    const patch = (payload: object) =>
      world.app.inject({
        method: 'PATCH',
        url: `${url}/${iteration.id}`,
        headers: { ...staff.write, ...ifMatch(iteration) },
        payload,
      });
    // The limit alone, above the stored seats: said on the limit.
    const above = await patch({ partnerSeatLimit: 5 });
    expect(above.statusCode).toBe(400);
    expect(problem(above).errors).toMatchObject([{ path: 'partnerSeatLimit', code: 'too_big_number' }]);
    // The seats alone, below the stored limit: said on the seats.
    const below = await patch({ seats: 1 });
    expect(below.statusCode).toBe(400);
    expect(problem(below).errors).toMatchObject([{ path: 'seats', code: 'too_big_number' }]);
    const both = await patch({ seats: 1, partnerSeatLimit: 1 });
    expect(both.statusCode, both.body).toBe(200);
    iteration = both.json();
    expect(iteration).toMatchObject({ seats: 1, partnerSeatLimit: 1 });
    const lifted = await patch({ seats: 0, partnerSeatLimit: null });
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json()).toMatchObject({ seats: 0, partnerSeatLimit: null });
  });
});
