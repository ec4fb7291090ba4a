import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nominations } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, signIn, type World } from '../../test/world';
import type { Activity } from '../menu/menu.schemas';
import { createActivity, moveActivity, publishedActivity } from '../menu/menu.test-support';
import type { Programme, ProgrammeCoverage } from './programmes.schemas';
import { createProgramme } from './programmes.test-support';
import { objectiveQuery } from './programmes-coverage';

describe('the words an objective is searched by', () => {
  it('keeps the meaningful words as prefixes, any of which may match', () => {
    expect(objectiveQuery('Train the network defenders of the forces')).toBe(
      'train:* | network:* | defenders:* | forces:*',
    );
    expect(objectiveQuery('Sécurité des réseaux et de la défense')).toBe(
      'securite:* | reseaux:* | defense:*',
    );
    expect(objectiveQuery('a | b & !c')).toBe('');
  });
});

describe.each(drivers)('programme coverage on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  let programme: Programme;
  const act: Record<string, Activity> = {};
  const cyber = randomUUID();
  const crisis = randomUUID();

  const coverage = async (caller: Caller, id = programme.id) => {
    const response = await world.app.inject({
      url: `/api/v1/programmes/${id}/coverage`,
      headers: caller.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ProgrammeCoverage;
  };

  const nominate = (
    activity: Activity,
    partnerId: string,
    status: string,
    attendance: string | null = null,
  ) =>
    world.database.db.insert(nominations).values({
      iterationId: activity.iterations[0]!.id,
      partnerId,
      fullName: 'A. Participant',
      email: `${randomUUID()}@example.org`,
      workingLanguage: 'en',
      nationality: 'JP',
      status,
      attendance,
    });

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    const cyberArea = [world.areas.get('CYBER')];
    act.served = await publishedActivity(world, staff, {
      code: 'CCD.C1',
      areaIds: cyberArea,
      title: { en: 'Network defence course', fr: 'Cours de défense des réseaux' },
    });
    act.unassigned = await publishedActivity(world, staff, { code: 'NSO.C2' });
    // Candidates for the crisis objective: in the area, for Japan, in 2026–2027.
    act.best = await publishedActivity(world, staff, {
      code: 'NSO.C3',
      title: { en: 'Crisis response planning', fr: 'Planification de la réponse aux crises' },
      description: { en: 'Planning a response to a crisis.', fr: '' },
    });
    for (let n = 4; n <= 9; n++) {
      act[`filler${n}`] = await publishedActivity(world, staff, {
        code: `NSO.C${n}`,
        title: { en: `Humanitarian logistics ${n}`, fr: `Logistique humanitaire ${n}` },
        description: { en: 'Moving relief supplies.', fr: '' },
      });
    }
    // Never suggested: cancelled, a draft, another year's menu, not open to Japan.
    act.cancelled = await moveActivity(
      world,
      staff,
      await publishedActivity(world, staff, {
        code: 'NSO.C10',
        title: { en: 'Crisis response planning II', fr: '' },
      }),
      'cancelled',
    );
    act.draft = await createActivity(world, staff, {
      code: 'NSO.C11',
      title: { en: 'Crisis response drafting', fr: '' },
    });
    act.later = await publishedActivity(world, staff, {
      code: 'NSO.C12',
      year: 2029,
      iterations: [],
      title: { en: 'Crisis response planning 2029', fr: '' },
    });
    act.pfp = await publishedActivity(world, staff, {
      code: 'NSO.C13',
      title: { en: 'Crisis response planning for PfP', fr: '' },
      eligibility: { kind: 'frameworks', frameworkIds: [world.frameworks.get('PFP')], partnerIds: [] },
    });
    programme = await createProgramme(world, liaison, {
      objectives: [
        {
          key: cyber,
          areaId: cyberArea[0],
          priority: 'high',
          text: { en: 'Train network defenders', fr: '' },
        },
        {
          key: crisis,
          areaId: world.areas.get('CRISIS'),
          priority: 'medium',
          // The two texts differ on purpose: the suggestions follow the reader's language.
          text: { en: 'Plan the response to a crisis', fr: 'Logistique humanitaire des secours' },
        },
      ],
      activities: [
        { activityId: act.served!.id, objectiveKey: cyber, plannedParticipants: 4 },
        { activityId: act.unassigned!.id, objectiveKey: null, plannedParticipants: 2 },
      ],
    });
    // Japan's people on the served course: three nominated (one withdrawn besides), two accepted, one attended.
    await nominate(act.served!, world.partners.japan, 'accepted', 'attended');
    await nominate(act.served!, world.partners.japan, 'accepted');
    await nominate(act.served!, world.partners.japan, 'waitlisted');
    await nominate(act.served!, world.partners.japan, 'withdrawn');
    // Another partner's people count for nobody here.
    await nominate(act.served!, world.partners.georgia, 'accepted', 'attended');
  });
  afterAll(() => world?.close());

  it('counts, per objective, the activities serving it and the partner’s people nominated, accepted, attending', async () => {
    const c = await coverage(liaison);
    expect(c.programmeId).toBe(programme.id);
    const [first, second] = c.objectives;
    expect(first).toMatchObject({
      key: cyber,
      area: { code: 'CYBER' },
      uncovered: false,
      plannedParticipants: 4,
      nominated: 3,
      accepted: 2,
      attended: 1,
    });
    expect(first!.activities).toEqual([
      {
        activity: {
          id: act.served!.id,
          code: 'CCD.C1',
          title: act.served!.title,
          year: 2026,
          status: 'published',
        },
        plannedParticipants: 4,
        nominated: 3,
        accepted: 2,
        attended: 1,
      },
    ]);
    expect(second).toMatchObject({
      key: crisis,
      uncovered: true,
      activities: [],
      plannedParticipants: 0,
      nominated: 0,
    });
    expect(c.unassigned.map((u) => [u.activity.code, u.plannedParticipants, u.nominated])).toEqual([
      ['NSO.C2', 2, 0],
    ]);
    expect(c.totals).toEqual({ plannedParticipants: 6, nominated: 3, accepted: 2, attended: 1 });
  });

  it('suggests at most five activities the partner may apply to, the best match with the objective first', async () => {
    const c = await coverage(liaison);
    const suggested = c.objectives[1]!.suggestions;
    expect(suggested).toHaveLength(5);
    expect(suggested[0]!.activity.code).toBe('NSO.C3');
    expect(suggested[0]!.rank).toBeGreaterThan(suggested[1]!.rank);
    const codes = suggested.map((s) => s.activity.code);
    for (const never of ['NSO.C2', 'NSO.C10', 'NSO.C11', 'NSO.C12', 'NSO.C13', 'CCD.C1']) {
      expect(codes).not.toContain(never);
    }
    // The covered objective's area holds nothing else: no suggestion, not even the selected course.
    expect(c.objectives[0]!.suggestions).toEqual([]);
  });

  it('ranks by the objective’s text in the reader’s language', async () => {
    const reader = await signIn(world.app, world.users.viewer);
    const english = await coverage(reader);
    expect(english.objectives[1]!.suggestions[0]!.activity.code).toBe('NSO.C3');
    const changed = await world.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: reader.write,
      payload: { locale: 'fr' },
    });
    expect(changed.statusCode).toBe(200);
    const french = await coverage(reader);
    const first = french.objectives[1]!.suggestions[0]!;
    expect(first.activity.code).toMatch(/^NSO\.C[4-9]$/);
    expect(first.rank).toBeGreaterThan(0);
  });

  it('shows the staff the same coverage, and nominations entered later', async () => {
    await nominate(act.unassigned!, world.partners.japan, 'pending');
    const c = await coverage(staff);
    expect(c.unassigned[0]).toMatchObject({ nominated: 1, accepted: 0 });
    expect(c.totals.nominated).toBe(4);
  });
});
