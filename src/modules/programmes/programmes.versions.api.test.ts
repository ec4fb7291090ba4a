import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import type { Activity } from '../menu/menu.schemas';
import { publishedActivity } from '../menu/menu.test-support';
import type { Programme, ProgrammeDiff } from './programmes.schemas';
import {
  getProgramme,
  ifMatch,
  newVersion,
  pathTo,
  programmeAt,
  programmeCounts,
  step,
  stepExtra,
} from './programmes.test-support';

describe.each(drivers)('programme versions and their comparison on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  const act: Record<string, Activity> = {};
  const cyberKey = randomUUID();
  const crisisKey = randomUUID();

  const versionRequest = (caller: Caller, p: Pick<Programme, 'id'>) =>
    world.app.inject({ method: 'POST', url: `/api/v1/programmes/${p.id}/versions`, headers: caller.write });
  const diff = (caller: Caller, id: string, other: string) =>
    world.app.inject({ url: `/api/v1/programmes/${id}/diff?with=${other}`, headers: caller.headers });
  const agree = async (p: Programme) => {
    let current = p;
    for (const to of pathTo.agreed) current = await step(world, staff, current, to, stepExtra(to));
    return current;
  };
  const agreedOne = () =>
    programmeAt(world, staff, 'agreed', {
      objectives: [
        {
          key: cyberKey,
          areaId: world.areas.get('CYBER'),
          priority: 'high',
          text: { en: 'Defend networks', fr: 'Défendre les réseaux' },
        },
        {
          key: crisisKey,
          areaId: world.areas.get('CRISIS'),
          priority: 'medium',
          text: { en: 'Plan for crises', fr: '' },
        },
      ],
      activities: [
        { activityId: act.x!.id, objectiveKey: cyberKey, plannedParticipants: 2 },
        { activityId: act.y!.id, objectiveKey: crisisKey, plannedParticipants: 1 },
      ],
    });

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    act.x = await publishedActivity(world, staff, { code: 'NSO.V1', areaIds: [world.areas.get('CYBER')] });
    act.y = await publishedActivity(world, staff, { code: 'NSO.V2' });
    act.z = await publishedActivity(world, staff, { code: 'NSO.V3' });
  });
  afterAll(() => world?.close());

  it('copies an agreed version into a draft numbered after it, with the same objective keys', async () => {
    const v1 = await agreedOne();
    expect(v1.canCreateVersion).toBe(true);
    const v2 = await newVersion(world, liaison, v1);
    expect(v2).toMatchObject({
      lineageId: v1.id,
      versionNo: 2,
      status: 'draft',
      title: v1.title,
      period: v1.period,
      agreement: null,
      editable: true,
    });
    expect(v2.id).not.toBe(v1.id);
    expect(v2.objectives).toEqual(v1.objectives);
    expect(v2.activities).toEqual(v1.activities);
    expect(v2.history).toMatchObject([{ from: null, to: 'draft', actor: { name: 'partner_liaison' } }]);
    expect(v2.versions.map((v) => [v.versionNo, v.status])).toEqual([
      [1, 'agreed'],
      [2, 'draft'],
    ]);
    // The agreed one is untouched, and now has an open version.
    const after = await getProgramme(world, staff, v1.id);
    expect(after).toMatchObject({ status: 'agreed', version: v1.version, canCreateVersion: false });
  });

  it('allows one open version at a time, and new versions only from the version in force', async () => {
    const v1 = await agreedOne();
    const v2 = await newVersion(world, staff, v1);
    const before = await programmeCounts(world);
    const second = await versionRequest(staff, v1);
    expect(second.statusCode).toBe(409);
    expect(problem(second)).toMatchObject({
      code: 'programme.open_version_exists',
      params: { versionNo: 2 },
    });
    const fromDraft = await versionRequest(liaison, v2);
    expect(fromDraft.statusCode).toBe(409);
    expect(problem(fromDraft)).toMatchObject({
      code: 'programme.not_versionable',
      params: { status: 'draft' },
    });
    expect(await programmeCounts(world)).toEqual(before);
  });

  it('supersedes the version in force (agreed or active) when the new one is agreed', async () => {
    for (const inForce of ['agreed', 'active'] as const) {
      let v1 = await agreedOne();
      if (inForce === 'active') v1 = await step(world, staff, v1, 'active');
      const v2 = await agree(await newVersion(world, liaison, v1));
      expect(v2.status).toBe('agreed');
      const old = await getProgramme(world, staff, v1.id);
      expect(old).toMatchObject({ status: 'superseded', version: v1.version + 1, canCreateVersion: false });
      expect(old.history.at(-1)).toMatchObject({ from: inForce, to: 'superseded' });
      expect(v2.versions.map((v) => [v.versionNo, v.status])).toEqual([
        [1, 'superseded'],
        [2, 'agreed'],
      ]);
      const fromOld = await versionRequest(staff, v1);
      expect(problem(fromOld).code).toBe('programme.not_versionable');
      // Version 3 starts from version 2.
      expect((await newVersion(world, liaison, v2)).versionNo).toBe(3);
    }
  });

  it('compares two versions readably, the older first whichever is asked', async () => {
    const v1 = await agreedOne();
    const v2 = await newVersion(world, liaison, v1);
    const newKey = randomUUID();
    const changed = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/programmes/${v2.id}`,
      headers: { ...liaison.write, ...ifMatch(v2) },
      payload: {
        title: { en: 'Renewed programme', fr: v1.title.fr },
        objectives: [
          {
            key: cyberKey,
            areaId: world.areas.get('CYBER'),
            priority: 'medium',
            text: { en: 'Defend networks and data', fr: 'Défendre les réseaux' },
          },
          { key: newKey, areaId: world.areas.get('MARSEC'), text: { en: 'Secure sea lanes', fr: '' } },
        ],
        activities: [
          { activityId: act.x!.id, objectiveKey: cyberKey, plannedParticipants: 5 },
          { activityId: act.z!.id, objectiveKey: newKey },
        ],
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    for (const [id, other] of [
      [v2.id, v1.id],
      [v1.id, v2.id],
    ]) {
      const response = await diff(liaison, id!, other!);
      expect(response.statusCode, response.body).toBe(200);
      const d: ProgrammeDiff = response.json();
      expect(d.from).toEqual({ id: v1.id, versionNo: 1, status: 'agreed' });
      expect(d.to).toEqual({ id: v2.id, versionNo: 2, status: 'draft' });
      expect(d.fields).toEqual([
        { field: 'title', before: v1.title, after: { en: 'Renewed programme', fr: v1.title.fr } },
      ]);
      expect(d.objectives.added.map((o) => [o.key, o.area.code])).toEqual([[newKey, 'MARSEC']]);
      expect(d.objectives.removed.map((o) => [o.key, o.text.en])).toEqual([[crisisKey, 'Plan for crises']]);
      expect(d.objectives.changed).toMatchObject([
        {
          key: cyberKey,
          fields: ['priority', 'text'],
          before: { priority: 'high', text: { en: 'Defend networks' } },
          after: { priority: 'medium', text: { en: 'Defend networks and data' } },
        },
      ]);
      expect(d.activities.added.map((x) => x.activity.code)).toEqual(['NSO.V3']);
      expect(d.activities.removed.map((x) => x.activity.code)).toEqual(['NSO.V2']);
      expect(d.activities.changed).toMatchObject([
        {
          activityId: act.x!.id,
          fields: ['plannedParticipants'],
          before: { plannedParticipants: 2 },
          after: { plannedParticipants: 5 },
        },
      ]);
    }
    const itself = (await diff(staff, v1.id, v1.id)).json() as ProgrammeDiff;
    expect(itself).toMatchObject({ fields: [], objectives: { added: [], removed: [], changed: [] } });
  });

  it('refuses to compare versions of different programmes (422) or an unknown one (404)', async () => {
    const one = await agreedOne();
    const other = await agreedOne();
    const response = await diff(staff, one.id, other.id);
    expect(response.statusCode).toBe(422);
    expect(problem(response).code).toBe('programme.other_lineage');
    expect((await diff(staff, one.id, randomUUID())).statusCode).toBe(404);
    expect((await diff(staff, one.id, 'v1')).statusCode).toBe(400);
    expect(
      (await world.app.inject({ url: `/api/v1/programmes/${one.id}/diff`, headers: staff.headers }))
        .statusCode,
    ).toBe(400);
  });

  it('refuses a new version to the roles without programme.write', async () => {
    const v1 = await agreedOne();
    const viewer = await signIn(world.app, world.users.viewer);
    expect((await versionRequest(viewer, v1)).statusCode).toBe(403);
  });
});
