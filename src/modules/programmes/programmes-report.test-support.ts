import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { type Caller, signIn, type World } from '../../test/world';
import type { Iteration } from '../menu/menu.schemas';
import { decide, ifMatch, nominated, openIteration, withdraw } from '../nominations/nominations.test-support';
import type { Programme } from './programmes.schemas';
import { createProgramme, pathTo, step, stepExtra } from './programmes.test-support';

/**
 * The report's small world, built through the API as users would: Japan's programme for 2026–2027,
 * agreed, with a cyber objective and a crisis objective, and five menu activities:
 * - A (cyber area, serves the cyber objective, 3 planned): 3 nominated at once, one withdrawn; after
 *   the start one attends (then is erased: the counts stay), one is absent. Georgia nominates one too.
 * - B (crisis, serves the crisis objective, 2 planned, second approval): 2 nominated, 1 accepted, 1 rejected.
 * - C (cyber area, but serves the crisis objective, 1 planned): nobody yet.
 * - D (2026 menu, crisis, serves no objective, 4 planned): 1 nominated, accepted, attends.
 * - F (crisis, in no agreed programme): 2 nominated straight from the menu; a draft programme selects it.
 */
export interface ReportWorld {
  programme: Programme;
  draft: Programme;
  iterations: Record<'A' | 'B' | 'C' | 'D' | 'F', Iteration>;
}

export async function buildReportWorld(world: World): Promise<ReportWorld> {
  const staff = await signIn(world.app, world.users.staff_officer);
  const liaison = await signIn(world.app, world.users.partner_liaison);
  const georgia = await signIn(world.app, 'georgia.liaison@test');
  const area = (code: string) => ({ activity: { areaIds: [world.areas.get(code)] } });

  const A = await openIteration(world, staff, area('CYBER'));
  const B = await openIteration(world, staff, { ...area('CRISIS'), secondApproval: true });
  const C = await openIteration(world, staff, area('CYBER'));
  const D = await openIteration(world, staff, {
    activity: { year: 2026, areaIds: [world.areas.get('CRISIS')] },
    startsOn: '2026-12-07',
    endsOn: '2026-12-11',
    nominationDeadline: '2026-12-01',
  });
  const F = await openIteration(world, staff, area('CRISIS'));

  const cyber = randomUUID();
  const crisis = randomUUID();
  const objective = (key: string, code: string) => ({
    key,
    areaId: world.areas.get(code),
    priority: 'high',
    text: { en: `Objective in ${code}`, fr: `Objectif ${code}` },
  });
  const pick = (
    a: { activity: { id: string } },
    objectiveKey: string | null,
    plannedParticipants: number,
  ) => ({
    activityId: a.activity.id,
    objectiveKey,
    plannedParticipants,
  });
  let programme = await createProgramme(world, staff, {
    objectives: [objective(cyber, 'CYBER'), objective(crisis, 'CRISIS')],
    activities: [pick(A, cyber, 3), pick(B, crisis, 2), pick(C, crisis, 1), pick(D, null, 4)],
  });
  for (const to of pathTo.agreed) programme = await step(world, staff, programme, to, stepExtra(to));
  const draft = await createProgramme(world, staff, {
    objectives: [objective(randomUUID(), 'CRISIS')],
    activities: [pick(F, null, 5)],
  });

  const onA = [];
  for (let k = 0; k < 3; k++)
    onA.push(await nominated(world, liaison, A.iteration.id, { programmeId: programme.id }));
  expect((await withdraw(world, liaison, onA[2]!)).statusCode).toBe(200);
  await nominated(world, georgia, A.iteration.id, { nationality: 'GE' });
  const onB = [
    await nominated(world, liaison, B.iteration.id),
    await nominated(world, liaison, B.iteration.id),
  ];
  expect((await decide(world, staff, onB[0]!, 'accept')).statusCode).toBe(200);
  expect((await decide(world, staff, onB[1]!, 'reject', 'Too many from one partner')).statusCode).toBe(200);
  const onD = await nominated(world, liaison, D.iteration.id);
  await nominated(world, liaison, F.iteration.id);
  await nominated(world, liaison, F.iteration.id);

  // During A's course (D's is over): the sessions of November have expired, so sign in again.
  world.clock.set(Date.parse('2027-03-10T10:00:00Z'));
  const provider = await signIn(world.app, world.users.activity_provider);
  const attend = async (caller: Caller, n: { id: string; version: number }, attendance: string) => {
    const response = await world.app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${n.id}/attendance`,
      headers: { ...caller.write, ...ifMatch(n) },
      payload: { attendance, completed: attendance === 'attended' },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { id: string; version: number };
  };
  const attendee = await attend(provider, onA[0]!, 'attended');
  await attend(provider, onA[1]!, 'absent');
  await attend(provider, onD, 'attended');
  const again = await signIn(world.app, world.users.partner_liaison);
  const erased = await world.app.inject({
    method: 'POST',
    url: `/api/v1/nominations/${attendee.id}/erase`,
    headers: { ...again.write, ...ifMatch(attendee) },
  });
  expect(erased.statusCode, erased.body).toBe(200);

  return {
    programme,
    draft,
    iterations: { A: A.iteration, B: B.iteration, C: C.iteration, D: D.iteration, F: F.iteration },
  };
}
