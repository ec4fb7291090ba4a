import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import type { Activity } from '../menu/menu.schemas';
import { publishedActivity } from '../menu/menu.test-support';
import type { Programme } from './programmes.schemas';
import {
  createProgramme,
  ifMatch,
  programmeAt,
  programmeBody,
  programmeCounts,
} from './programmes.test-support';

describe.each(drivers)('programme drafts on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  let course: Activity;
  let seminar: Activity;

  const post = (caller: Caller, payload: object, headers: Record<string, string> = {}) =>
    world.app.inject({
      method: 'POST',
      url: '/api/v1/programmes',
      headers: { ...caller.write, ...headers },
      payload,
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
    course = await publishedActivity(world, staff, { code: 'NSO.P1' });
    seminar = await publishedActivity(world, staff, {
      code: 'NSO.P2',
      kind: 'seminar',
      areaIds: [world.areas.get('CYBER')],
    });
  });
  afterAll(() => world?.close());

  describe('create', () => {
    it('lets a liaison draft its own partner’s programme with objectives and activities at once', async () => {
      const key = randomUUID();
      const body = programmeBody(world, {
        partnerId: undefined,
        objectives: [
          {
            key,
            areaId: world.areas.get('CRISIS'),
            priority: 'high',
            text: { en: 'Crisis management skills', fr: 'Savoir-faire en gestion de crise' },
          },
          { areaId: world.areas.get('CYBER'), text: { en: 'Cyber defence', fr: '' } },
        ],
        activities: [{ activityId: course.id, objectiveKey: key, plannedParticipants: 3 }],
      });
      const response = await post(liaison, body);
      expect(response.statusCode, response.body).toBe(201);
      const created: Programme = response.json();
      expect(response.headers.location).toBe(`/api/v1/programmes/${created.id}`);
      expect(response.headers.etag).toBe(`"${created.id}.1"`);
      expect(created).toMatchObject({
        lineageId: created.id,
        versionNo: 1,
        status: 'draft',
        partner: { id: world.partners.japan, isoCode: 'JP', name: { en: 'Japan' } },
        period: { startsOn: '2026-01-01', endsOn: '2027-12-31' },
        editable: true,
        transitions: ['submitted'],
        canCreateVersion: false,
        objectiveCount: 2,
        activityCount: 1,
        agreement: null,
      });
      expect(created.objectives.map((o) => [o.area.code, o.priority, o.position])).toEqual([
        ['CRISIS', 'high', 0],
        ['CYBER', 'medium', 1],
      ]);
      expect(created.objectives[0]!.key).toBe(key);
      expect(created.activities).toEqual([
        {
          activity: {
            id: course.id,
            code: 'NSO.P1',
            title: course.title,
            year: 2026,
            status: 'published',
            iterations: 1,
          },
          objectiveKey: key,
          plannedParticipants: 3,
          note: { en: '', fr: '' },
        },
      ]);
      expect(created.history).toMatchObject([
        { from: null, to: 'draft', actor: { name: 'partner_liaison' } },
      ]);
      expect(created.versions).toEqual([{ id: created.id, versionNo: 1, status: 'draft', agreedOn: null }]);
    });

    it('lets the staff draft for any partner, and needs the partner named', async () => {
      const forGeorgia = await createProgramme(world, staff, { partnerId: world.partners.georgia });
      expect(forGeorgia.partner.name.en).toBe('Georgia');
      const before = await programmeCounts(world);
      const unnamed = await post(staff, programmeBody(world, { partnerId: undefined }));
      expect(unnamed.statusCode).toBe(422);
      expect(problem(unnamed).code).toBe('reference.unknown');
      const unknown = await post(staff, programmeBody(world, { partnerId: randomUUID() }));
      expect(unknown.statusCode).toBe(422);
      expect(await programmeCounts(world)).toEqual(before);
    });

    it('answers a liaison naming another partner as if the partner did not exist', async () => {
      const before = await programmeCounts(world);
      for (const partnerId of [world.partners.georgia, world.partners.russia, randomUUID()]) {
        const response = await post(liaison, programmeBody(world, { partnerId }));
        expect(response.statusCode).toBe(422);
        expect(problem(response).code).toBe('reference.unknown');
        expect(response.body).not.toMatch(/Russia|Georgia/);
      }
      expect(await programmeCounts(world)).toEqual(before);
    });

    it.each([
      ['an unknown field', { colour: 'blue' }, ''],
      ['an over-long title', { title: { en: 'x'.repeat(301), fr: '' } }, 'title.en'],
      ['no title at all', { title: { en: '', fr: ' ' } }, 'title'],
      ['a bad date', { period: { startsOn: '2026-02-30', endsOn: '2027-12-31' } }, 'period.startsOn'],
      [
        'an end before the start',
        { period: { startsOn: '2026-06-01', endsOn: '2026-05-31' } },
        'period.endsOn',
      ],
      [
        'a bad priority',
        { objectives: [{ areaId: randomUUID(), priority: 'urgent', text: { en: 'x', fr: '' } }] },
        'objectives.0.priority',
      ],
      [
        'negative planned participants',
        { activities: [{ activityId: randomUUID(), plannedParticipants: -1 }] },
        'activities.0.plannedParticipants',
      ],
      [
        'an over-long objective',
        { objectives: [{ areaId: randomUUID(), text: { en: 'x'.repeat(2001), fr: '' } }] },
        'objectives.0.text.en',
      ],
    ])('refuses %s with a field error and writes nothing', async (_name, overrides, path) => {
      const before = await programmeCounts(world);
      const response = await post(staff, programmeBody(world, overrides), { 'accept-language': 'fr' });
      expect(response.statusCode).toBe(400);
      expect(problem(response).code).toBe('request.invalid');
      if (path) expect(problem(response).errors.map((e) => e.path)).toContain(path);
      expect(await programmeCounts(world)).toEqual(before);
    });

    const key = randomUUID();
    it.each([
      [
        'a period over six years',
        () => ({ period: { startsOn: '2026-01-01', endsOn: '2032-01-01' } }),
        'programme.period_too_long',
        'period.endsOn',
      ],
      [
        'an unknown area',
        () => ({ objectives: [{ areaId: randomUUID(), text: { en: 'x', fr: '' } }] }),
        'reference.unknown',
        'objectives.0.areaId',
      ],
      [
        'an objective key given twice',
        (w: World) => ({
          objectives: [1, 2].map(() => ({ key, areaId: w.areas.get('CYBER'), text: { en: 'x', fr: '' } })),
        }),
        'programme.objective_duplicate',
        'objectives.1.key',
      ],
      [
        'an activity serving no objective of the version',
        () => ({ activities: [{ activityId: randomUUID(), objectiveKey: randomUUID() }] }),
        'programme.objective_unknown',
        'activities.0.objectiveKey',
      ],
    ])('refuses %s (422) and writes nothing', async (_name, overrides, code, path) => {
      const before = await programmeCounts(world);
      const response = await post(staff, programmeBody(world, overrides(world)));
      expect(response.statusCode, response.body).toBe(422);
      expect(problem(response)).toMatchObject({ code, errors: [{ path, code }] });
      expect(await programmeCounts(world)).toEqual(before);
    });

    it('accepts a period of exactly six years', async () => {
      const response = await post(
        staff,
        programmeBody(world, { period: { startsOn: '2026-01-01', endsOn: '2031-12-31' } }),
      );
      expect(response.statusCode).toBe(201);
    });
  });

  describe('change', () => {
    it('changes a draft, replacing the lists given and keeping the others', async () => {
      const draft = await createProgramme(world, liaison);
      const key = draft.objectives[0]!.key;
      const response = await patch(liaison, draft, {
        title: { en: 'Renamed', fr: 'Renommé' },
        activities: [
          {
            activityId: seminar.id,
            objectiveKey: key,
            plannedParticipants: 4,
            note: { en: 'Two per term', fr: '' },
          },
        ],
      });
      expect(response.statusCode, response.body).toBe(200);
      const changed: Programme = response.json();
      expect(response.headers.etag).toBe(`"${draft.id}.2"`);
      expect(changed.title).toEqual({ en: 'Renamed', fr: 'Renommé' });
      expect(changed.objectives).toEqual(draft.objectives);
      expect(changed.activities).toMatchObject([
        {
          activity: { code: 'NSO.P2' },
          objectiveKey: key,
          plannedParticipants: 4,
          note: { en: 'Two per term' },
        },
      ]);
      // Objectives replaced: the one kept by its key, another added.
      const again = await patch(liaison, changed, {
        objectives: [
          { key, areaId: world.areas.get('CYBER'), priority: 'low', text: { en: 'Defend networks', fr: '' } },
          { areaId: world.areas.get('CRISIS'), text: { en: 'Plan for crises', fr: '' } },
        ],
      });
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json().objectives).toMatchObject([
        { key, priority: 'low', text: { en: 'Defend networks' } },
        { area: { code: 'CRISIS' }, priority: 'medium' },
      ]);
      expect(again.json().activities).toHaveLength(1);
    });

    it('refuses to drop an objective an activity still serves', async () => {
      const draft = await createProgramme(world, staff, {
        activities: [{ activityId: seminar.id, objectiveKey: null }],
      });
      const key = draft.objectives[0]!.key;
      const linked = (
        await patch(staff, draft, { activities: [{ activityId: seminar.id, objectiveKey: key }] })
      ).json();
      const before = await programmeCounts(world);
      const response = await patch(staff, linked, { objectives: [] });
      expect(response.statusCode).toBe(422);
      expect(problem(response)).toMatchObject({
        code: 'programme.objective_unknown',
        errors: [{ path: 'activities.0.objectiveKey' }],
      });
      expect(await programmeCounts(world)).toEqual(before);
    });

    it('needs If-Match (428) and refuses a stale one (412), writing nothing', async () => {
      const draft = await createProgramme(world, liaison);
      const url = `/api/v1/programmes/${draft.id}`;
      const missing = await world.app.inject({
        method: 'PATCH',
        url,
        headers: liaison.write,
        payload: { summary: { en: 'x', fr: '' } },
      });
      expect(missing.statusCode).toBe(428);
      expect(problem(missing).code).toBe('precondition.required');
      await patch(liaison, draft, { summary: { en: 'First', fr: '' } });
      const before = await programmeCounts(world);
      const stale = await patch(liaison, draft, { summary: { en: 'Second', fr: '' } });
      expect(stale.statusCode).toBe(412);
      expect(problem(stale).code).toBe('precondition.failed');
      expect(await programmeCounts(world)).toEqual(before);
    });

    it.each(['submitted', 'under_review', 'agreed', 'active', 'completed', 'superseded'] as const)(
      'refuses to change the version once %s (409) and writes nothing',
      async (status) => {
        const programme = await programmeAt(world, staff, status);
        const before = await programmeCounts(world);
        const response = await patch(staff, programme, { title: { en: 'Changed after all', fr: '' } });
        expect(response.statusCode).toBe(409);
        expect(problem(response)).toMatchObject({ code: 'programme.not_editable', status: 409 });
        expect(await programmeCounts(world)).toEqual(before);
      },
    );

    it('lets a returned version change again', async () => {
      const returned = await programmeAt(world, staff, 'returned');
      expect(returned).toMatchObject({ editable: true, returnComment: 'Please add a maritime objective.' });
      const response = await patch(liaison, returned, { summary: { en: 'Maritime added', fr: '' } });
      expect(response.statusCode).toBe(200);
    });

    it('refuses unknown fields and over-long strings in a change, writing nothing', async () => {
      const draft = await createProgramme(world, liaison);
      const before = await programmeCounts(world);
      for (const payload of [
        { partnerId: world.partners.georgia },
        { status: 'agreed' },
        { summary: { en: 'x'.repeat(10_001), fr: '' } },
      ]) {
        const response = await patch(liaison, draft, payload);
        expect(response.statusCode).toBe(400);
      }
      expect(await programmeCounts(world)).toEqual(before);
    });
  });
});
