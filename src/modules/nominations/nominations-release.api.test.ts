import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import type { IterationNominations, Nomination } from './nominations.schemas';
import { releaseSeats } from './nominations.seats';
import { nominate, nominated, notificationRows, openIteration } from './nominations.test-support';

/** The seat release, a few weeks before the start: the waiting list first, then every partner. */
describe.each(drivers)('the seat release on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  let georgia: Caller;

  const seatsOf = async (iterationId: string) => {
    const response = await world.app.inject({
      url: `/api/v1/menu/iterations/${iterationId}/nominations`,
      headers: staff.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as IterationNominations;
  };
  const statusOf = async (iterationId: string, id: string) =>
    (await seatsOf(iterationId)).items.find((n) => n.id === id)!.status;

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, 'georgia.liaison@test');
  });
  afterAll(() => world?.close());

  it('serves the waiting list by priority, lifts the partner limit, and opens the seats past the deadline', async () => {
    // Starts in nine days: within the two weeks of the release.
    const soon = await openIteration(world, staff, {
      seats: 3,
      partnerSeatLimit: 1,
      startsOn: '2026-12-03',
      endsOn: '2026-12-05',
      nominationDeadline: '2026-11-30',
    });
    const later = await openIteration(world, staff, { seats: 3, partnerSeatLimit: 1 });
    const japanFirst = await nominated(world, liaison, soon.iteration.id);
    const japanLow = await nominated(world, liaison, soon.iteration.id, { priority: 3 });
    const japanHigh = await nominated(world, liaison, soon.iteration.id, {
      priority: 1,
      fullName: 'Mori Aiko',
    });
    await nominated(world, georgia, soon.iteration.id);
    expect([japanFirst.status, japanLow.status, japanHigh.status]).toEqual([
      'accepted',
      'waitlisted',
      'waitlisted',
    ]);
    const laterWaiting = [
      await nominated(world, liaison, later.iteration.id),
      await nominated(world, liaison, later.iteration.id),
    ];
    expect(laterWaiting.map((n) => n.status)).toEqual(['accepted', 'waitlisted']);
    expect((await seatsOf(soon.iteration.id)).seats).toMatchObject({ accepted: 2, waitlisted: 2, free: 1 });

    expect(await releaseSeats(world.database.db, world.clock, 2)).toEqual({ iterations: 1, promoted: 1 });
    expect(await statusOf(soon.iteration.id, japanHigh.id)).toBe('accepted');
    expect(await statusOf(soon.iteration.id, japanLow.id)).toBe('waitlisted');
    const released = await seatsOf(soon.iteration.id);
    expect(released.seats).toMatchObject({
      accepted: 3,
      waitlisted: 1,
      free: 0,
      releasedAt: '2026-11-24T09:00:00.000Z',
    });
    expect(
      (await notificationRows(world))
        .filter((n) => n.link === `/nominations/${japanHigh.id}`)
        .map((n) => n.kind),
    ).toEqual(['nomination.promoted']);
    // The later iteration is not due yet; a second run finds nothing more to do.
    expect(await statusOf(later.iteration.id, laterWaiting[1]!.id)).toBe('waitlisted');
    expect((await seatsOf(later.iteration.id)).seats.releasedAt).toBeNull();
    expect(await releaseSeats(world.database.db, world.clock, 2)).toEqual({ iterations: 0, promoted: 0 });

    // After the deadline, before the start: a released iteration still takes nominations.
    world.clock.set(Date.parse('2026-12-01T09:00:00Z'));
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    const past = await openIteration(world, staff, {
      startsOn: '2026-12-20',
      endsOn: '2026-12-22',
      nominationDeadline: '2026-11-30',
    });
    const refused = await nominate(world, liaison, past.iteration.id);
    expect([refused.statusCode, problem(refused).code]).toEqual([422, 'nomination.deadline_passed']);
    const late = await nominate(world, staff, soon.iteration.id, { partnerId: world.partners.emirates });
    expect(late.statusCode, late.body).toBe(201);
    expect((late.json() as Nomination).status).toBe('waitlisted');
  });

  it('lets the staff release one iteration by hand, once', async () => {
    world.clock.set(Date.parse('2026-11-24T09:00:00Z'));
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    const provider = await signIn(world.app, world.users.activity_provider);
    const { iteration } = await openIteration(world, staff, { seats: 2, partnerSeatLimit: 1 });
    await nominated(world, liaison, iteration.id);
    const waiting = await nominated(world, liaison, iteration.id);
    const url = `/api/v1/menu/iterations/${iteration.id}/release-seats`;
    for (const caller of [provider, liaison]) {
      expect((await world.app.inject({ method: 'POST', url, headers: caller.write })).statusCode).toBe(403);
    }
    expect(await statusOf(iteration.id, waiting.id)).toBe('waitlisted');
    const first = await world.app.inject({ method: 'POST', url, headers: staff.write });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().seats).toMatchObject({
      accepted: 2,
      waitlisted: 0,
      releasedAt: '2026-11-24T09:00:00.000Z',
    });
    world.clock.advance(60_000);
    const again = await world.app.inject({ method: 'POST', url, headers: staff.write });
    expect(again.json().seats.releasedAt).toBe('2026-11-24T09:00:00.000Z');
    // The menu shows the release and the limit on the iteration.
    const activity = await world.app.inject({
      url: `/api/v1/menu/activities/${iteration.activityId}`,
      headers: staff.headers,
    });
    expect(activity.json().iterations[0]).toMatchObject({
      partnerSeatLimit: 1,
      seatsReleasedAt: '2026-11-24T09:00:00.000Z',
    });

    const begun = await openIteration(world, staff, {
      startsOn: '2026-11-20',
      endsOn: '2026-11-27',
      nominationDeadline: null,
    });
    const tooLate = await world.app.inject({
      method: 'POST',
      url: `/api/v1/menu/iterations/${begun.iteration.id}/release-seats`,
      headers: staff.write,
    });
    expect([tooLate.statusCode, problem(tooLate).code]).toEqual([422, 'nomination.iteration_started']);
  });
});
