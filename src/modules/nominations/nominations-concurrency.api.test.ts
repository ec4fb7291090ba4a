import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nominations } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, signIn, type World } from '../../test/world';
import type { IterationNominations, Nomination } from './nominations.schemas';
import { decide, nominate, nominated, openIteration } from './nominations.test-support';

/**
 * The concurrency test: many requests at the same moment, through the API, on both databases
 * (on PostgreSQL through the test pool of 20 connections: real parallel transactions, held in line only
 * by the iteration's row lock).
 */
describe.each(drivers)('nominations arriving all at once on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  let georgia: Caller;
  let provider: Caller;

  const acceptedIn = async (iterationId: string) =>
    (
      await world.database.db
        .select({ n: count() })
        .from(nominations)
        .where(and(eq(nominations.iterationId, iterationId), eq(nominations.status, 'accepted')))
    )[0]!.n;
  const range = (n: number) => Array.from({ length: n }, (_, k) => k + 1);

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, 'georgia.liaison@test');
    provider = await signIn(world.app, world.users.activity_provider);
  });
  afterAll(() => world?.close());

  it('gives exactly the 20 seats to 200 simultaneous nominations and waitlists the 180 others in order', async () => {
    const { iteration } = await openIteration(world, staff, { seats: 20 });
    // Four partners: two liaisons for their own, the staff for two more.
    const senders = [
      { caller: liaison, partnerId: undefined },
      { caller: georgia, partnerId: undefined },
      { caller: staff, partnerId: world.partners.emirates },
      { caller: staff, partnerId: world.partners.mongolia },
    ];
    const responses = await Promise.all(
      range(200).map((k) => {
        const { caller, partnerId } = senders[k % senders.length]!;
        return nominate(world, caller, iteration.id, {
          email: `crowd${k}@example.org`,
          ...(partnerId ? { partnerId } : {}),
        });
      }),
    );
    expect(responses.filter((r) => r.statusCode !== 201).map((r) => r.body)).toEqual([]);
    const made = responses.map((r) => r.json() as Nomination);
    expect(made.filter((n) => n.status === 'accepted')).toHaveLength(20);
    const waiting = made.filter((n) => n.status === 'waitlisted');
    expect(waiting).toHaveLength(180);
    expect(waiting.map((n) => n.waitlistPosition).sort((x, y) => x! - y!)).toEqual(range(180));

    const list = await world.app.inject({
      url: `/api/v1/menu/iterations/${iteration.id}/nominations`,
      headers: staff.headers,
    });
    const seats = list.json() as IterationNominations;
    expect(seats.seats).toMatchObject({ offered: 20, accepted: 20, waitlisted: 180, pending: 0, free: 0 });
    expect(seats.items.filter((n) => n.status === 'waitlisted').map((n) => n.waitlistPosition)).toEqual(
      range(180),
    );
    expect(await acceptedIn(iteration.id)).toBe(20);
  });

  it('never gives more seats than offered to 50 simultaneous decisions', async () => {
    const { iteration } = await openIteration(world, staff, { seats: 20, secondApproval: true });
    const pending = await Promise.all(
      range(50).map((k) =>
        nominated(world, k % 2 ? liaison : georgia, iteration.id, { email: `decided${k}@example.org` }),
      ),
    );
    expect(pending.every((n) => n.status === 'pending')).toBe(true);
    const decisions = await Promise.all(
      pending.map((n, k) => decide(world, k % 2 ? provider : staff, n, 'accept')),
    );
    expect(decisions.filter((r) => r.statusCode !== 200).map((r) => r.body)).toEqual([]);
    const statuses = decisions.map((r) => (r.json() as Nomination).status);
    expect(statuses.filter((s) => s === 'accepted')).toHaveLength(20);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(30);
    expect(await acceptedIn(iteration.id)).toBe(20);
  });
});
