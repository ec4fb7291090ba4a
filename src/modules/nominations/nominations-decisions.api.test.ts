import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, nominations } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import type { Nomination } from './nominations.schemas';
import {
  decide,
  nominated,
  notificationRows,
  openIteration,
  readNomination,
  signInNew,
  withdraw,
} from './nominations.test-support';

describe.each(drivers)('decisions and withdrawals on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  let georgia: Caller;
  let provider: Caller;
  let otherProvider: Caller;

  const statusOf = async (id: string) =>
    (await world.database.db.select().from(nominations).where(eq(nominations.id, id)))[0]!.status;
  const toldAbout = async (id: string) =>
    (await notificationRows(world))
      .filter((n) => n.link === `/nominations/${id}`)
      .map((n) => ({ kind: n.kind, to: n.email, params: n.params }));

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, 'georgia.liaison@test');
    provider = await signIn(world.app, world.users.activity_provider);
    otherProvider = await signInNew(world, 'ccdcoe.provider@test', 'activity_provider', {
      providerId: world.providers.get('CCDCOE')!,
    });
  });
  afterAll(() => world?.close());

  it('lets the provider accept, waitlist and reject with a reason, telling the partner each time', async () => {
    const { iteration } = await openIteration(world, staff, { secondApproval: true, seats: 1 });
    const a = await nominated(world, liaison, iteration.id, { fullName: 'Sato Hanako' });
    const b = await nominated(world, liaison, iteration.id);
    const c = await nominated(world, georgia, iteration.id);

    const accepted = await decide(world, provider, a, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2 });
    expect(accepted.headers.etag).toBe(`"${a.id}.2"`);
    expect(await toldAbout(a.id)).toEqual([
      {
        kind: 'nomination.accepted',
        to: world.users.partner_liaison,
        params: {
          participantName: 'Sato Hanako',
          activityCode: accepted.json().activity.code,
          activityTitle: { en: 'Crisis management course', fr: 'Cours de gestion des crises' },
          startsOn: '2027-03-08',
        },
      },
    ]);

    // The only seat is taken: "accept" waitlists instead, never over the seats.
    const full = await decide(world, provider, b, 'accept');
    expect(full.json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await toldAbout(b.id)).map((n) => n.kind)).toEqual(['nomination.waitlisted']);

    const noReason = await decide(world, provider, c, 'reject');
    expect([noReason.statusCode, problem(noReason).code]).toEqual([422, 'nomination.reason_required']);
    expect(await statusOf(c.id)).toBe('pending');
    const rejected = await decide(world, staff, c, 'reject', 'Rank below the course prerequisite.');
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      decisionReason: 'Rank below the course prerequisite.',
    });
    expect(await toldAbout(c.id)).toEqual([
      expect.objectContaining({
        kind: 'nomination.rejected',
        to: 'georgia.liaison@test',
        params: expect.objectContaining({ reason: 'Rank below the course prerequisite.' }),
      }),
    ]);
    // A rejected nomination takes no further decision.
    const again = await decide(world, staff, rejected.json(), 'accept');
    expect([again.statusCode, problem(again).code]).toEqual([409, 'nomination.decision_invalid']);

    // A waitlisted one accepted while the seat is still taken: nothing to change.
    const stillFull = await decide(world, provider, full.json(), 'accept');
    expect([stillFull.statusCode, problem(stillFull).code]).toEqual([409, 'nomination.no_seat']);

    const [event] = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'nomination.decide'));
    expect(event).toMatchObject({ entityType: 'nomination', partnerId: expect.any(String) });
  });

  it('gives a seat the provider takes back to the first on the waiting list', async () => {
    const { iteration } = await openIteration(world, staff, { seats: 1 });
    const seated = await nominated(world, liaison, iteration.id);
    const waiting = await nominated(world, georgia, iteration.id);
    const moved = await decide(world, provider, seated, 'waitlist');
    expect(moved.json()).toMatchObject({ status: 'waitlisted' });
    expect(await statusOf(waiting.id)).toBe('accepted');
    expect((await toldAbout(waiting.id)).map((n) => [n.kind, n.to])).toEqual([
      ['nomination.promoted', 'georgia.liaison@test'],
    ]);
  });

  it('answers 404 to a provider deciding on another provider’s nominations, and 403 to a liaison', async () => {
    const { iteration } = await openIteration(world, staff, { secondApproval: true });
    const pending = await nominated(world, liaison, iteration.id);
    const foreign = await decide(world, otherProvider, pending, 'accept');
    expect([foreign.statusCode, problem(foreign).code]).toEqual([404, 'nomination.not_found']);
    expect((await decide(world, liaison, pending, 'accept')).statusCode).toBe(403);
    expect(await statusOf(pending.id)).toBe('pending');
    expect(await toldAbout(pending.id)).toEqual([]);
  });

  it('wants the version read: 428 without If-Match, 412 when stale, nothing written', async () => {
    const { iteration } = await openIteration(world, staff, { secondApproval: true });
    const pending = await nominated(world, liaison, iteration.id);
    const bare = await world.app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${pending.id}/decision`,
      headers: provider.write,
      payload: { decision: 'accept' },
    });
    expect(bare.statusCode).toBe(428);
    expect((await decide(world, provider, pending, 'waitlist')).statusCode).toBe(200);
    const stale = await decide(world, provider, pending, 'accept');
    expect([stale.statusCode, problem(stale).code]).toEqual([412, 'precondition.failed']);
    expect((await withdraw(world, liaison, pending)).statusCode).toBe(412);
    expect(await statusOf(pending.id)).toBe('waitlisted');
  });

  it('promotes the first on the waiting list, by priority then arrival, when a seat is withdrawn', async () => {
    const { iteration } = await openIteration(world, staff, { seats: 1 });
    const seated = await nominated(world, liaison, iteration.id);
    const later = await nominated(world, liaison, iteration.id, { priority: 2 });
    const first = await nominated(world, georgia, iteration.id, { priority: 1 });
    const second = await nominated(world, staff, iteration.id, { partnerId: world.partners.emirates });
    expect([later, first, second].map((n) => n.waitlistPosition)).toEqual([1, 1, 2]);

    const withdrawn = await withdraw(world, liaison, seated);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
    expect(await statusOf(first.id)).toBe('accepted');
    expect((await toldAbout(first.id)).map((n) => n.kind)).toEqual(['nomination.promoted']);
    const after = await readNomination(world, staff, second.id);
    expect(after.json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(after.json().seats).toMatchObject({ accepted: 1, waitlisted: 2, free: 0 });

    // A waitlisted withdrawal frees nothing; a withdrawn one cannot be withdrawn again.
    const current = (await readNomination(world, liaison, later.id)).json() as Nomination;
    expect((await withdraw(world, liaison, current)).statusCode).toBe(200);
    expect(await statusOf(first.id)).toBe('accepted');
    const twice = await withdraw(world, liaison, { ...current, version: current.version + 1 });
    expect([twice.statusCode, problem(twice).code]).toEqual([409, 'nomination.withdraw_invalid']);
  });

  it('lets a liaison withdraw its own partner’s nominations only', async () => {
    const { iteration } = await openIteration(world, staff);
    const japanese = await nominated(world, liaison, iteration.id);
    const foreign = await withdraw(world, georgia, japanese);
    expect([foreign.statusCode, problem(foreign).code]).toEqual([404, 'nomination.not_found']);
    expect((await withdraw(world, provider, japanese)).statusCode).toBe(403);
    expect(await statusOf(japanese.id)).toBe('accepted');
    expect((await withdraw(world, staff, japanese)).statusCode).toBe(200);
  });
});
