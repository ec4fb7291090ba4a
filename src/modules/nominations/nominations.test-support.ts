import { asc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { nominations, notifications, users } from '../../db/schema';
import { systemContext } from '../../seed/demo';
import { etagFor } from '../../shared/etag';
import { type Caller, signIn, TEST_PASSWORD, type World } from '../../test/world';
import type { Activity, Iteration } from '../menu/menu.schemas';
import { createActivity, moveActivity } from '../menu/menu.test-support';
import { insertUser } from '../users/users.service';
import type { Nomination } from './nominations.schemas';

let counter = 0;

export interface IterationOptions {
  seats?: number;
  partnerSeatLimit?: number | null;
  secondApproval?: boolean;
  startsOn?: string | null;
  endsOn?: string | null;
  nominationDeadline?: string | null;
  /** Left at `open` unless told: nominations are taken by open iterations only. */
  status?: 'published' | 'open';
  activity?: Record<string, unknown>;
}

/**
 * An activity of the world's NSO school, public and open to every partner, with one iteration in March
 * 2027 (the world's clock says 24 November 2026), moved to `open`.
 */
export async function openIteration(
  world: World,
  staff: Caller,
  options: IterationOptions = {},
): Promise<{ activity: Activity; iteration: Iteration }> {
  counter += 1;
  const created = await createActivity(world, staff, {
    year: 2027,
    code: `NOM.${counter}`,
    secondApproval: options.secondApproval ?? false,
    iterations: [
      {
        startsOn: options.startsOn === undefined ? '2027-03-08' : options.startsOn,
        endsOn: options.endsOn === undefined ? '2027-03-12' : options.endsOn,
        city: 'Oberammergau',
        countryCode: 'DE',
        seats: options.seats ?? 20,
        nominationDeadline:
          options.nominationDeadline === undefined ? '2027-01-25' : options.nominationDeadline,
        partnerSeatLimit: options.partnerSeatLimit ?? null,
      },
    ],
    ...options.activity,
  });
  let activity = await moveActivity(world, staff, created, 'published');
  if ((options.status ?? 'open') === 'open') activity = await moveActivity(world, staff, activity, 'open');
  return { activity, iteration: activity.iterations[0]! };
}

/** A valid nomination body for a new person (each call another e-mail address). */
export function person(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    fullName: `Participant ${counter}`,
    rankTitle: 'Major',
    organisation: 'Ministry of Defence',
    email: `participant${counter}@example.org`,
    workingLanguage: 'en',
    nationality: 'JP',
    ...overrides,
  };
}

export function nominate(
  world: World,
  caller: Caller,
  iterationId: string,
  overrides: Record<string, unknown> = {},
): Promise<LightMyRequestResponse> {
  return world.app.inject({
    method: 'POST',
    url: '/api/v1/nominations',
    headers: caller.write,
    payload: { iterationId, ...person(overrides) },
  });
}

/** Nominates and expects it taken; answers the nomination. */
export async function nominated(
  world: World,
  caller: Caller,
  iterationId: string,
  overrides: Record<string, unknown> = {},
): Promise<Nomination> {
  const response = await nominate(world, caller, iterationId, overrides);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export const ifMatch = (record: { id: string; version: number }) => ({
  'if-match': etagFor(record.id, record.version),
});

export function decide(
  world: World,
  caller: Caller,
  nomination: { id: string; version: number },
  decision: string,
  reason?: string,
) {
  return world.app.inject({
    method: 'POST',
    url: `/api/v1/nominations/${nomination.id}/decision`,
    headers: { ...caller.write, ...ifMatch(nomination) },
    payload: reason === undefined ? { decision } : { decision, reason },
  });
}

export function withdraw(world: World, caller: Caller, nomination: { id: string; version: number }) {
  return world.app.inject({
    method: 'POST',
    url: `/api/v1/nominations/${nomination.id}/withdraw`,
    headers: { ...caller.write, ...ifMatch(nomination) },
  });
}

export async function readNomination(world: World, caller: Caller, id: string) {
  return world.app.inject({ url: `/api/v1/nominations/${id}`, headers: caller.headers });
}

/**
 * A nomination written straight into the database: for an iteration already begun, which no longer
 * takes nominations through the API (attendance and reports come after the start).
 */
export async function insertNominationRow(
  world: World,
  values: { iterationId: string; partnerId: string; status?: string; email?: string },
) {
  counter += 1;
  const [row] = await world.database.db
    .insert(nominations)
    .values({
      iterationId: values.iterationId,
      partnerId: values.partnerId,
      fullName: `Seated participant ${counter}`,
      email: values.email ?? `seated${counter}@example.org`,
      workingLanguage: 'en',
      nationality: 'JP',
      status: values.status ?? 'accepted',
      createdAt: world.clock.now(),
      updatedAt: world.clock.now(),
    })
    .returning();
  return row!;
}

/** Another account, made straight in the database (e.g. a second provider's, a second liaison of a partner). */
export async function signInNew(
  world: World,
  email: string,
  role: 'activity_provider' | 'partner_liaison',
  binding: { partnerId?: string; providerId?: string },
): Promise<Caller> {
  await world.database.db.transaction((tx) =>
    insertUser(tx, systemContext, world.clock, {
      email,
      displayName: email,
      role,
      locale: 'en',
      password: TEST_PASSWORD,
      mustChangePassword: false,
      partnerId: binding.partnerId ?? null,
      providerId: binding.providerId ?? null,
    }),
  );
  return signIn(world.app, email);
}

/** The in-app notifications written so far, oldest first, with their recipient's e-mail. */
export async function notificationRows(world: World) {
  return world.database.db
    .select({
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      email: users.email,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .orderBy(asc(notifications.createdAt), asc(notifications.id));
}
