import { expect } from 'vitest';
import type { ActivityStatus } from '../../shared/enums';
import type { Caller, World } from '../../test/world';
import type { Activity } from './menu.schemas';

let counter = 0;

/** A valid new activity of the world's NSO school, in 2026, with one iteration in March. */
export function activityBody(world: World, overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    year: 2026,
    code: `NSO.T${counter}`,
    providerId: world.providers.get('NSO'),
    kind: 'course',
    title: { en: 'Crisis management course', fr: 'Cours de gestion des crises' },
    description: {
      en: 'How the alliance plans for and responds to crises.',
      fr: 'Comment l’Alliance planifie et répond aux crises.',
    },
    areaIds: [world.areas.get('CRISIS')],
    languages: ['en'],
    eligibility: { kind: 'all', frameworkIds: [], partnerIds: [] },
    releasability: 'public',
    iterations: [
      {
        startsOn: '2026-03-09',
        endsOn: '2026-03-13',
        city: 'Oberammergau',
        countryCode: 'DE',
        seats: 12,
        nominationDeadline: '2026-01-26',
      },
    ],
    ...overrides,
  };
}

export async function createActivity(
  world: World,
  caller: Caller,
  overrides: Record<string, unknown> = {},
): Promise<Activity> {
  const response = await world.app.inject({
    method: 'POST',
    url: '/api/v1/menu/activities',
    headers: caller.write,
    payload: activityBody(world, overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Moves an activity along (its iterations follow) and answers the activity as it is then. */
export async function moveActivity(
  world: World,
  caller: Caller,
  activity: Pick<Activity, 'id' | 'version'>,
  to: ActivityStatus,
): Promise<Activity> {
  const response = await world.app.inject({
    method: 'POST',
    url: `/api/v1/menu/activities/${activity.id}/transitions`,
    headers: { ...caller.write, 'if-match': `"${activity.id}.${activity.version}"` },
    payload: { to },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** A published activity (drafts are seen by the staff and their provider only). */
export async function publishedActivity(
  world: World,
  caller: Caller,
  overrides: Record<string, unknown> = {},
) {
  return moveActivity(world, caller, await createActivity(world, caller, overrides), 'published');
}
