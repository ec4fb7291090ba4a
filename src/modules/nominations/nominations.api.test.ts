import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, nominations } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import type { Nomination } from './nominations.schemas';
import { nominate, nominated, openIteration, withdraw } from './nominations.test-support';

describe.each(drivers)('nominating on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  let georgia: Caller;
  let provider: Caller;

  const rowsOf = async (iterationId: string) =>
    (
      await world.database.db
        .select({ n: count() })
        .from(nominations)
        .where(eq(nominations.iterationId, iterationId))
    )[0]!.n;

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, 'georgia.liaison@test');
    provider = await signIn(world.app, world.users.activity_provider);
  });
  afterAll(() => world?.close());

  it('gives seats in order of arrival, then waitlists, and says where each stands', async () => {
    const { iteration } = await openIteration(world, staff, { seats: 2 });
    const first = await nominated(world, liaison, iteration.id, { fullName: 'Sato Hanako' });
    expect(first).toMatchObject({
      status: 'accepted',
      waitlistPosition: null,
      fullName: 'Sato Hanako',
      partner: { id: world.partners.japan, name: { en: 'Japan', fr: 'Japon' } },
      iteration: { startsOn: '2027-03-08', status: 'open' },
      priority: 1,
      version: 1,
    });
    const second = await nominated(world, georgia, iteration.id, { nationality: 'GE' });
    expect(second.status).toBe('accepted');
    const third = await nominated(world, liaison, iteration.id, { priority: 2 });
    const fourth = await nominated(world, staff, iteration.id, { partnerId: world.partners.emirates });
    expect([third.status, third.waitlistPosition]).toEqual(['waitlisted', 1]);
    expect([fourth.status, fourth.waitlistPosition]).toEqual(['waitlisted', 1]);
    // Priority 1 goes before priority 2 on the waiting list, whatever the arrival.
    const list = await world.app.inject({
      url: `/api/v1/menu/iterations/${iteration.id}/nominations`,
      headers: staff.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().seats).toEqual({
      offered: 2,
      accepted: 2,
      waitlisted: 2,
      pending: 0,
      free: 0,
      partnerSeatLimit: null,
      releasedAt: null,
    });
    expect(list.json().items.map((n: Nomination) => [n.id, n.status, n.waitlistPosition])).toEqual([
      [first.id, 'accepted', null],
      [second.id, 'accepted', null],
      [fourth.id, 'waitlisted', 1],
      [third.id, 'waitlisted', 2],
    ]);
  });

  it('leaves a nomination pending when the activity needs a second approval', async () => {
    const { iteration } = await openIteration(world, staff, { secondApproval: true });
    const pending = await nominated(world, liaison, iteration.id);
    expect([pending.status, pending.activity.secondApproval]).toEqual(['pending', true]);
  });

  it('holds a partner to its share of the seats until the release', async () => {
    const { iteration } = await openIteration(world, staff, { seats: 3, partnerSeatLimit: 1 });
    expect((await nominated(world, liaison, iteration.id)).status).toBe('accepted');
    expect((await nominated(world, liaison, iteration.id)).status).toBe('waitlisted');
    expect((await nominated(world, georgia, iteration.id)).status).toBe('accepted');
  });

  it('refuses the same person twice, whatever the case of the address, until withdrawn', async () => {
    const { iteration } = await openIteration(world, staff);
    const first = await nominated(world, liaison, iteration.id, { email: 'k.tanaka@example.jp' });
    const again = await nominate(world, staff, iteration.id, {
      email: 'K.Tanaka@Example.JP',
      partnerId: world.partners.japan,
    });
    expect(again.statusCode).toBe(409);
    expect(problem(again)).toMatchObject({
      code: 'nomination.duplicate',
      detail: expect.stringContaining('K.Tanaka'),
    });
    expect(await rowsOf(iteration.id)).toBe(1);
    expect((await withdraw(world, liaison, first)).statusCode).toBe(200);
    expect((await nominate(world, liaison, iteration.id, { email: 'k.tanaka@example.jp' })).statusCode).toBe(
      201,
    );
  });

  it('refuses after the deadline, once begun, and when not open, writing nothing', async () => {
    const late = await openIteration(world, staff, { nominationDeadline: '2026-11-23' });
    const afterDeadline = await nominate(world, liaison, late.iteration.id);
    expect(afterDeadline.statusCode).toBe(422);
    expect(problem(afterDeadline).code).toBe('nomination.deadline_passed');
    // On the day of the deadline itself nominations are still taken.
    const today = await openIteration(world, staff, { nominationDeadline: '2026-11-24' });
    expect((await nominate(world, liaison, today.iteration.id)).statusCode).toBe(201);

    const begun = await openIteration(world, staff, {
      startsOn: '2026-11-24',
      endsOn: '2026-11-28',
      nominationDeadline: null,
    });
    const started = await nominate(world, liaison, begun.iteration.id);
    expect([started.statusCode, problem(started).code]).toEqual([422, 'nomination.iteration_started']);

    const published = await openIteration(world, staff, { status: 'published' });
    const notOpen = await nominate(world, liaison, published.iteration.id);
    expect([notOpen.statusCode, problem(notOpen).code]).toEqual([409, 'nomination.iteration_not_open']);
    expect(problem(notOpen).detail).toContain('published');
    for (const it of [late, begun, published]) expect(await rowsOf(it.iteration.id)).toBe(0);
  });

  it('keeps a liaison to its own partner and to what its menu shows', async () => {
    const { iteration } = await openIteration(world, staff);
    const foreign = await nominate(world, liaison, iteration.id, { partnerId: world.partners.georgia });
    expect([foreign.statusCode, problem(foreign).code]).toEqual([422, 'nomination.partner_not_own']);
    // Open to PfP partners only: Japan is not one, so its liaison does not even see it.
    const pfp = await openIteration(world, staff, {
      activity: {
        eligibility: { kind: 'frameworks', frameworkIds: [world.frameworks.get('PFP')], partnerIds: [] },
      },
    });
    const hidden = await nominate(world, liaison, pfp.iteration.id);
    expect([hidden.statusCode, problem(hidden).code]).toEqual([404, 'iteration.not_found']);
    // The staff are told why instead; Georgia is in the PfP.
    const ineligible = await nominate(world, staff, pfp.iteration.id, { partnerId: world.partners.japan });
    expect([ineligible.statusCode, problem(ineligible).code]).toEqual([422, 'nomination.not_eligible']);
    expect((await nominate(world, georgia, pfp.iteration.id)).statusCode).toBe(201);
    // A suspended partner takes no seat.
    const suspended = await nominate(world, staff, iteration.id, { partnerId: world.partners.russia });
    expect([suspended.statusCode, problem(suspended).code]).toEqual([422, 'nomination.not_eligible']);
    const missing = await nominate(world, liaison, '00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(await rowsOf(iteration.id)).toBe(0);
  });

  it('asks the staff which partner, and checks the programme is the partner’s', async () => {
    const { iteration } = await openIteration(world, staff);
    const noPartner = await nominate(world, staff, iteration.id);
    expect(problem(noPartner)).toMatchObject({
      code: 'reference.unknown',
      detail: expect.stringContaining('partnerId'),
    });
    const programme = await nominate(world, liaison, iteration.id, {
      programmeId: '00000000-0000-4000-8000-000000000000',
    });
    expect([programme.statusCode, problem(programme).code]).toEqual([422, 'reference.unknown']);
    expect(await rowsOf(iteration.id)).toBe(0);
  });

  it('refuses bad input field by field, and roles without the right', async () => {
    const { iteration } = await openIteration(world, staff);
    const bad = await nominate(world, liaison, iteration.id, {
      fullName: '  ',
      email: 'not an address',
      nationality: 'Japan',
      workingLanguage: 'tlh',
      priority: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      problem(bad)
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['email', 'fullName', 'nationality', 'priority', 'workingLanguage']);
    const unknownField = await nominate(world, liaison, iteration.id, { seat: 1 });
    expect(unknownField.statusCode).toBe(400);
    expect((await nominate(world, provider, iteration.id)).statusCode).toBe(403);
    const viewer = await signIn(world.app, world.users.viewer);
    expect((await nominate(world, viewer, iteration.id)).statusCode).toBe(403);
    expect(await rowsOf(iteration.id)).toBe(0);
  });

  it('audits the nomination with who made it', async () => {
    const { iteration } = await openIteration(world, staff);
    const made = await nominated(world, liaison, iteration.id, { fullName: 'Ito Ken' });
    const [event] = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, made.id));
    expect(event).toMatchObject({
      action: 'nomination.create',
      entityType: 'nomination',
      actorLabel: world.users.partner_liaison,
      partnerId: world.partners.japan,
      after: expect.objectContaining({ fullName: 'Ito Ken', status: 'accepted' }),
    });
  });
});
