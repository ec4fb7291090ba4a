import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import type { Activity } from '../menu/menu.schemas';
import { createActivity, moveActivity, publishedActivity } from '../menu/menu.test-support';
import type { Programme } from './programmes.schemas';
import { createProgramme, ifMatch, programmeBody, programmeCounts } from './programmes.test-support';

/** Selecting menu activities for Japan's programme (2026–2027): the menu's rules, each refusal with its reason. */
describe.each(drivers)('activities selected for a programme on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  const a: Record<string, Activity> = {};

  const post = (caller: Caller, activityIds: string[]) =>
    world.app.inject({
      method: 'POST',
      url: '/api/v1/programmes',
      headers: caller.write,
      payload: programmeBody(world, { activities: activityIds.map((activityId) => ({ activityId })) }),
    });
  const patch = (caller: Caller, p: Pick<Programme, 'id' | 'version'>, payload: object) =>
    world.app.inject({
      method: 'PATCH',
      url: `/api/v1/programmes/${p.id}`,
      headers: { ...caller.write, ...ifMatch(p) },
      payload,
    });

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    a.open = await publishedActivity(world, staff, { code: 'NSO.S1' });
    a.named = await publishedActivity(world, staff, {
      code: 'NSO.S2',
      eligibility: { kind: 'partners', frameworkIds: [], partnerIds: [world.partners.japan] },
    });
    a.nextYear = await publishedActivity(world, staff, { code: 'NSO.S3', year: 2027, iterations: [] });
    a.pfpOnly = await publishedActivity(world, staff, {
      code: 'NSO.S4',
      eligibility: { kind: 'frameworks', frameworkIds: [world.frameworks.get('PFP')], partnerIds: [] },
    });
    a.cancelled = await moveActivity(
      world,
      staff,
      await publishedActivity(world, staff, { code: 'NSO.S5' }),
      'cancelled',
    );
    a.draft = await createActivity(world, staff, { code: 'NSO.S6' });
    a.internal = await publishedActivity(world, staff, { code: 'NSO.S7', releasability: 'internal' });
    a.forGeorgia = await publishedActivity(world, staff, {
      code: 'NSO.S8',
      releasability: 'releasable',
      releasableTo: [world.partners.georgia],
    });
    a.later = await publishedActivity(world, staff, { code: 'NSO.S9', year: 2028, iterations: [] });
    a.earlier = await publishedActivity(world, staff, { code: 'NSO.S10', year: 2025, iterations: [] });
  });
  afterAll(() => world?.close());

  it('accepts activities open to the partner in the period’s menu years', async () => {
    for (const caller of [staff, liaison]) {
      const response = await post(caller, [a.open!.id, a.named!.id, a.nextYear!.id]);
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json().activities.map((x: { activity: { code: string } }) => x.activity.code)).toEqual([
        'NSO.S1',
        'NSO.S2',
        'NSO.S3',
      ]);
    }
  });

  const cases: [string, 'staff' | 'liaison', string, number, string][] = [
    ['an unknown activity', 'staff', 'unknown', 422, 'reference.unknown'],
    ['an unknown activity', 'liaison', 'unknown', 422, 'reference.unknown'],
    ['a cancelled activity', 'staff', 'cancelled', 422, 'programme.activity_cancelled'],
    ['a cancelled activity', 'liaison', 'cancelled', 422, 'programme.activity_cancelled'],
    ['an activity for PfP partners only', 'staff', 'pfpOnly', 422, 'programme.activity_ineligible'],
    ['an activity for PfP partners only', 'liaison', 'pfpOnly', 422, 'programme.activity_ineligible'],
    ['a draft activity', 'staff', 'draft', 422, 'programme.activity_ineligible'],
    ['an internal activity', 'staff', 'internal', 422, 'programme.activity_ineligible'],
    ['an activity released to Georgia only', 'staff', 'forGeorgia', 422, 'programme.activity_ineligible'],
    // What its partner may not see at all is, to a liaison, nothing that exists.
    ['a draft activity', 'liaison', 'draft', 422, 'reference.unknown'],
    ['an internal activity', 'liaison', 'internal', 422, 'reference.unknown'],
    ['an activity released to Georgia only', 'liaison', 'forGeorgia', 422, 'reference.unknown'],
    ['an activity of a later menu', 'staff', 'later', 422, 'programme.activity_other_year'],
    ['an activity of an earlier menu', 'liaison', 'earlier', 422, 'programme.activity_other_year'],
  ];

  it.each(cases)(
    'refuses %s (asked by the %s) with its reason, naming the field, writing nothing',
    async (_n, who, key, status, code) => {
      const id = key === 'unknown' ? randomUUID() : a[key]!.id;
      const before = await programmeCounts(world);
      const response = await post(who === 'staff' ? staff : liaison, [a.open!.id, id]);
      expect(response.statusCode, response.body).toBe(status);
      expect(problem(response)).toMatchObject({ code, errors: [{ path: 'activities.1.activityId', code }] });
      expect(problem(response).errors[0]!.message).not.toBe('');
      expect(await programmeCounts(world)).toEqual(before);
    },
  );

  it('says why in the caller’s language', async () => {
    // Georgia's liaison reads French.
    const georgia = await signIn(world.app, 'georgia.liaison@test');
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/v1/programmes',
      headers: georgia.write,
      payload: programmeBody(world, {
        partnerId: world.partners.georgia,
        activities: [{ activityId: a.later!.id }],
      }),
    });
    expect(problem(response).detail).toBe(
      'L’activité NSO.S9 figure au menu 2028, hors des années 2026–2027 du programme.',
    );
  });

  it('refuses the same activity twice', async () => {
    const before = await programmeCounts(world);
    const response = await post(staff, [a.open!.id, a.open!.id]);
    expect(response.statusCode).toBe(422);
    expect(problem(response)).toMatchObject({
      code: 'programme.activity_duplicate',
      errors: [{ path: 'activities.1.activityId' }],
    });
    expect(await programmeCounts(world)).toEqual(before);
  });

  it('keeps a selected activity that is cancelled later, but refuses a period that leaves it out', async () => {
    const soon = await publishedActivity(world, staff, { code: 'NSO.S11' });
    const draft = await createProgramme(world, liaison, { activities: [{ activityId: soon.id }] });
    await moveActivity(world, staff, soon, 'cancelled');
    const renamed = await patch(liaison, draft, {
      title: { en: 'Still fine', fr: '' },
      activities: [{ activityId: soon.id, plannedParticipants: 2 }],
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().activities[0]).toMatchObject({
      activity: { status: 'cancelled' },
      plannedParticipants: 2,
    });
    const before = await programmeCounts(world);
    const moved = await patch(liaison, renamed.json(), {
      period: { startsOn: '2027-01-01', endsOn: '2028-12-31' },
    });
    expect(moved.statusCode).toBe(422);
    expect(problem(moved)).toMatchObject({
      code: 'programme.activity_other_year',
      params: { code: 'NSO.S11', year: 2026 },
    });
    expect(await programmeCounts(world)).toEqual(before);
  });

  it('checks activities added by a change like those of a new programme', async () => {
    const draft = await createProgramme(world, liaison);
    const before = await programmeCounts(world);
    const response = await patch(liaison, draft, { activities: [{ activityId: a.pfpOnly!.id }] });
    expect(response.statusCode).toBe(422);
    expect(problem(response).code).toBe('programme.activity_ineligible');
    expect(await programmeCounts(world)).toEqual(before);
  });
});
