import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, signIn, type World } from '../../test/world';
import type { Iteration, MenuPage } from './menu.schemas';
import { createActivity, moveActivity } from './menu.test-support';

describe.each(drivers)('the schedule kept on each activity, on %s', (driver) => {
  let world: World;
  let staff: Caller;
  const ifMatch = (x: { id: string; version: number }) => ({ 'if-match': `"${x.id}.${x.version}"` });

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
  });
  afterAll(() => world?.close());

  it('keeps the order by first start and the country counts in step with every iteration write', async () => {
    // The first start and countries are kept on the activity row by triggers (migration 0002).
    const early = await moveActivity(
      world,
      staff,
      await createActivity(world, staff, {
        year: 2036,
        iterations: [
          { startsOn: '2036-03-04', endsOn: '2036-03-08', city: 'Bonn', countryCode: 'DE', seats: 5 },
        ],
      }),
      'published',
    );
    const late = await moveActivity(
      world,
      staff,
      await createActivity(world, staff, {
        year: 2036,
        iterations: [
          { startsOn: '2036-05-06', endsOn: '2036-05-10', city: 'Paris', countryCode: 'FR', seats: 5 },
        ],
      }),
      'published',
    );
    const read = async (caller: Caller) => {
      const response = await world.app.inject({
        url: '/api/v1/menu/activities?year=2036',
        headers: caller.headers,
      });
      const page = response.json() as MenuPage;
      return {
        order: page.items.map((item) => item.id),
        countries: Object.fromEntries(page.facets!.country.map((f) => [f.value, f.count])),
      };
    };
    const anonymousCaller = { headers: {} } as Caller;
    expect(await read(staff)).toEqual({ order: [early.id, late.id], countries: { DE: 1, FR: 1 } });
    // A draft iteration, earlier than all: the staff see it, the public not yet.
    const added = await world.app.inject({
      method: 'POST',
      url: `/api/v1/menu/activities/${late.id}/iterations`,
      headers: staff.write,
      payload: { startsOn: '2036-01-07', endsOn: '2036-01-11', city: 'Rome', countryCode: 'IT', seats: 8 },
    });
    const draft: Iteration = added.json();
    expect(await read(staff)).toEqual({ order: [late.id, early.id], countries: { DE: 1, FR: 1, IT: 1 } });
    expect(await read(anonymousCaller)).toEqual({
      order: [early.id, late.id],
      countries: { DE: 1, FR: 1 },
    });
    const published = await world.app.inject({
      method: 'POST',
      url: `/api/v1/menu/activities/${late.id}/iterations/${draft.id}/transitions`,
      headers: { ...staff.write, ...ifMatch(draft) },
      payload: { to: 'published' },
    });
    expect(published.statusCode).toBe(200);
    expect(await read(anonymousCaller)).toEqual({
      order: [late.id, early.id],
      countries: { DE: 1, FR: 1, IT: 1 },
    });
    // Moving the other activity's only iteration earlier still puts it first, for everyone.
    const moved = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/menu/activities/${early.id}/iterations/${early.iterations[0]!.id}`,
      headers: { ...staff.write, ...ifMatch(early.iterations[0]!) },
      payload: { startsOn: '2035-12-31', endsOn: '2036-01-04', countryCode: 'BE', city: 'Brussels' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await read(anonymousCaller)).toEqual({
      order: [early.id, late.id],
      countries: { BE: 1, FR: 1, IT: 1 },
    });
    // Only the filtered countries' activities, counted from the same kept values.
    const italy = await world.app.inject({
      url: '/api/v1/menu/activities?year=2036&country=IT',
      headers: staff.headers,
    });
    expect((italy.json() as MenuPage).items.map((item) => item.id)).toEqual([late.id]);
  });
});
