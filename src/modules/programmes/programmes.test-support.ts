import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import { expect } from 'vitest';
import {
  auditEvents,
  notifications,
  programmeActivities,
  programmeObjectives,
  programmes,
  programmeTransitionsLog,
} from '../../db/schema';
import type { ProgrammeStatus } from '../../shared/enums';
import type { Caller, World } from '../../test/world';
import type { Programme } from './programmes.schemas';

let counter = 0;

export const ifMatch = (p: { id: string; version: number }) => ({ 'if-match': `"${p.id}.${p.version}"` });

/** A valid new programme for Japan, 2026–2027, with one cyber-defence objective and no activity. */
export function programmeBody(world: World, overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    partnerId: world.partners.japan,
    title: { en: `Cooperation programme ${counter}`, fr: `Programme de coopération ${counter}` },
    summary: { en: 'Cyber defence first.', fr: 'La cyberdéfense d’abord.' },
    period: { startsOn: '2026-01-01', endsOn: '2027-12-31' },
    objectives: [
      {
        key: randomUUID(),
        areaId: world.areas.get('CYBER'),
        priority: 'high',
        text: { en: 'Train network defenders', fr: 'Former des défenseurs des réseaux' },
      },
    ],
    ...overrides,
  };
}

export async function createProgramme(
  world: World,
  caller: Caller,
  overrides: Record<string, unknown> = {},
): Promise<Programme> {
  const response = await world.app.inject({
    method: 'POST',
    url: '/api/v1/programmes',
    headers: caller.write,
    payload: programmeBody(world, overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Asks for one step; answers the raw response (the caller checks it). */
export function stepRequest(
  world: World,
  caller: Caller,
  programme: Pick<Programme, 'id' | 'version'>,
  payload: { to: ProgrammeStatus } & Record<string, unknown>,
) {
  return world.app.inject({
    method: 'POST',
    url: `/api/v1/programmes/${programme.id}/transitions`,
    headers: { ...caller.write, ...ifMatch(programme) },
    payload,
  });
}

/** Takes one step, which must succeed, and answers the version as it is then. */
export async function step(
  world: World,
  caller: Caller,
  programme: Pick<Programme, 'id' | 'version'>,
  to: ProgrammeStatus,
  extra: Record<string, unknown> = {},
): Promise<Programme> {
  const response = await stepRequest(world, caller, programme, { to, ...extra });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const needs: Partial<Record<ProgrammeStatus, Record<string, unknown>>> = {
  returned: { comment: 'Please add a maritime objective.' },
  agreed: { agreedOn: '2026-11-20', agreedByPartner: 'The Ambassador', agreedByAlliance: 'The Deputy SG' },
};

/** The path from a draft to each status, as the staff would take it. */
export const pathTo: Record<ProgrammeStatus, ProgrammeStatus[]> = {
  draft: [],
  submitted: ['submitted'],
  under_review: ['submitted', 'under_review'],
  returned: ['submitted', 'returned'],
  agreed: ['submitted', 'under_review', 'agreed'],
  active: ['submitted', 'under_review', 'agreed', 'active'],
  completed: ['submitted', 'under_review', 'agreed', 'active', 'completed'],
  superseded: [],
};

/** What a step needs besides its target (a comment to return, a date to agree). */
export const stepExtra = (to: ProgrammeStatus) => needs[to] ?? {};

/** A programme brought to a status by the staff (superseded: version 1 once version 2 is agreed). */
export async function programmeAt(
  world: World,
  staff: Caller,
  status: ProgrammeStatus,
  overrides: Record<string, unknown> = {},
): Promise<Programme> {
  if (status === 'superseded') {
    const first = await programmeAt(world, staff, 'agreed', overrides);
    let next = await newVersion(world, staff, first);
    for (const to of pathTo.agreed) next = await step(world, staff, next, to, stepExtra(to));
    return getProgramme(world, staff, first.id);
  }
  let programme = await createProgramme(world, staff, overrides);
  for (const to of pathTo[status]) programme = await step(world, staff, programme, to, stepExtra(to));
  return programme;
}

export async function newVersion(world: World, caller: Caller, programme: Pick<Programme, 'id'>) {
  const response = await world.app.inject({
    method: 'POST',
    url: `/api/v1/programmes/${programme.id}/versions`,
    headers: caller.write,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Promise<Programme>;
}

export async function getProgramme(world: World, caller: Caller, id: string): Promise<Programme> {
  const response = await world.app.inject({ url: `/api/v1/programmes/${id}`, headers: caller.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** How many rows the programme tables and the audit trail hold: a refused write changes none. */
export async function programmeCounts(world: World) {
  const db = world.database.db;
  const n = async (table: Parameters<ReturnType<typeof db.select>['from']>[0]) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    programmes: await n(programmes),
    objectives: await n(programmeObjectives),
    activities: await n(programmeActivities),
    transitions: await n(programmeTransitionsLog),
    audit: await n(auditEvents),
    notifications: await n(notifications),
  };
}
