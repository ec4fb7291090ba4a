import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, auditEvents, iterations } from '../../db/schema';
import { systemContext } from '../../seed/demo';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { type Activity, createActivityBodySchema, type Iteration } from './menu.schemas';
import { insertActivities } from './menu.service';
import { activityBody, createActivity, moveActivity } from './menu.test-support';

describe.each(drivers)('menu writes on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let provider: Caller;
  let liaison: Caller;

  const counts = async () => {
    const [a] = await world.database.db.select({ n: count() }).from(activities);
    const [i] = await world.database.db.select({ n: count() }).from(iterations);
    const [e] = await world.database.db.select({ n: count() }).from(auditEvents);
    return { activities: a!.n, iterations: i!.n, audit: e!.n };
  };
  const post = (caller: Caller, payload: object, headers: Record<string, string> = {}) =>
    world.app.inject({
      method: 'POST',
      url: '/api/v1/menu/activities',
      headers: { ...caller.write, ...headers },
      payload,
    });
  const ifMatch = (x: { id: string; version: number }) => ({ 'if-match': `"${x.id}.${x.version}"` });

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    provider = await signIn(world.app, world.users.activity_provider);
    liaison = await signIn(world.app, world.users.partner_liaison);
  });
  afterAll(() => world?.close());

  describe('create', () => {
    it('adds a draft with its iterations, its ETag and its audit event', async () => {
      const response = await post(staff, activityBody(world, { code: 'NSO.1' }));
      expect(response.statusCode).toBe(201);
      const created: Activity = response.json();
      expect(response.headers.location).toBe(`/api/v1/menu/activities/${created.id}`);
      expect(response.headers.etag).toBe(`"${created.id}.1"`);
      expect(created).toMatchObject({
        status: 'draft',
        code: 'NSO.1',
        provider: { code: 'NSO' },
        editable: true,
      });
      expect(created.iterations).toMatchObject([
        { status: 'draft', seats: 12, selfPaced: false, sequence: 0 },
      ]);
      const history = await world.app.inject({
        url: `/api/v1/menu/activities/${created.id}/history`,
        headers: staff.headers,
      });
      expect(history.json().items[0]).toMatchObject({
        action: 'activity.create',
        actor: { label: 'staff.officer@test' },
      });
    });

    it('lets a provider add activities for its own provider only', async () => {
      const { providerId: _ignored, ...withoutProvider } = activityBody(world, { code: 'NSO.2' });
      const own = await post(provider, withoutProvider);
      expect(own.statusCode).toBe(201);
      expect(own.json().provider.code).toBe('NSO');
      const before = await counts();
      const foreign = await post(
        provider,
        activityBody(world, { providerId: world.providers.get('CCDCOE') }),
      );
      expect(foreign.statusCode).toBe(422);
      expect(problem(foreign).code).toBe('activity.provider_not_own');
      expect(await counts()).toEqual(before);
    });

    it('refuses a liaison', async () => {
      const response = await post(liaison, activityBody(world));
      expect(response.statusCode).toBe(403);
    });

    it.each([
      [
        'end before start',
        { iterations: [{ startsOn: '2026-03-10', endsOn: '2026-03-09', seats: 1 }] },
        'iterations.0.endsOn',
        'iteration.end_before_start',
      ],
      [
        'deadline after start',
        {
          iterations: [
            { startsOn: '2026-03-10', endsOn: '2026-03-12', seats: 1, nominationDeadline: '2026-03-11' },
          ],
        },
        'iterations.0.nominationDeadline',
        'iteration.deadline_after_start',
      ],
      [
        'negative seats',
        { iterations: [{ startsOn: null, endsOn: null, seats: -1 }] },
        'iterations.0.seats',
        'seats.negative',
      ],
      [
        'a start without an end',
        { iterations: [{ startsOn: '2026-03-10', endsOn: null, seats: 1 }] },
        'iterations.0.endsOn',
        'iteration.dates_pair',
      ],
      ['no area', { areaIds: [] }, 'areaIds', 'too_small_array'],
      ['a bad code', { code: 'NSO 1; drop' }, 'code', 'activity.code_invalid'],
      [
        'framework eligibility naming none',
        { eligibility: { kind: 'frameworks', frameworkIds: [], partnerIds: [] } },
        'eligibility.frameworkIds',
        'eligibility.frameworks_required',
      ],
      ['a bad fee', { fee: { amount: '12.345', currency: 'EUR' } }, 'fee.amount', 'money.invalid'],
    ])('refuses %s with a field error and writes nothing', async (_name, overrides, path, code) => {
      const before = await counts();
      const response = await post(staff, activityBody(world, overrides), { 'accept-language': 'fr' });
      expect(response.statusCode).toBe(400);
      const error = problem(response).errors.find((e) => e.path === path);
      expect(error, JSON.stringify(problem(response).errors)).toMatchObject({ code });
      expect(error!.message).not.toBe('');
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['an unknown area', (w: World) => ({ areaIds: [w.partners.japan] }), 'areaIds'],
      ['an unknown provider', () => ({ providerId: '00000000-0000-4000-8000-000000000000' }), 'providerId'],
      [
        'an unknown eligible partner',
        () => ({
          eligibility: {
            kind: 'partners',
            frameworkIds: [],
            partnerIds: ['00000000-0000-4000-8000-000000000001'],
          },
        }),
        'eligibility.partnerIds',
      ],
    ])('refuses %s (422) and writes nothing', async (_name, overrides, field) => {
      const before = await counts();
      const response = await post(staff, activityBody(world, overrides(world)));
      expect(response.statusCode).toBe(422);
      expect(problem(response)).toMatchObject({ code: 'reference.unknown' });
      expect(problem(response).detail).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it('refuses a code already in the year’s menu, whatever its case (409), but takes it in another year', async () => {
      await createActivity(world, staff, { code: 'ACT.396' });
      const clash = await post(staff, activityBody(world, { code: 'act.396' }));
      expect(clash.statusCode).toBe(409);
      expect(problem(clash).code).toBe('activity.duplicate_code');
      const nextYear = await post(
        staff,
        activityBody(world, { code: 'ACT.396', year: 2027, iterations: [] }),
      );
      expect(nextYear.statusCode).toBe(201);
    });
  });

  describe('update', () => {
    it('changes an activity with If-Match, bumps the calendar sequence, and refuses a stale version', async () => {
      const created = await createActivity(world, staff);
      const response = await world.app.inject({
        method: 'PATCH',
        url: `/api/v1/menu/activities/${created.id}`,
        headers: { ...staff.write, ...ifMatch(created) },
        payload: { title: { en: 'Crisis response planning', fr: 'Planification de la réponse aux crises' } },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ version: 2, title: { en: 'Crisis response planning' } });
      expect(response.json().iterations[0].sequence).toBe(1);
      const stale = await world.app.inject({
        method: 'PATCH',
        url: `/api/v1/menu/activities/${created.id}`,
        headers: { ...staff.write, ...ifMatch(created) },
        payload: { recurring: false },
      });
      expect(stale.statusCode).toBe(412);
      const missing = await world.app.inject({
        method: 'PATCH',
        url: `/api/v1/menu/activities/${created.id}`,
        headers: staff.write,
        payload: { recurring: false },
      });
      expect(missing.statusCode).toBe(428);
    });

    it('answers 404 to a provider changing another provider’s activity, as if it did not exist', async () => {
      const other = await createActivity(world, staff, {
        providerId: world.providers.get('CCDCOE'),
        code: 'CCD.9',
      });
      const response = await world.app.inject({
        method: 'PATCH',
        url: `/api/v1/menu/activities/${other.id}`,
        headers: { ...provider.write, ...ifMatch(other) },
        payload: { recurring: false },
      });
      expect(response.statusCode).toBe(404);
      expect(problem(response).code).toBe('activity.not_found');
      const iteration = await world.app.inject({
        method: 'POST',
        url: `/api/v1/menu/activities/${other.id}/iterations`,
        headers: provider.write,
        payload: { startsOn: null, endsOn: null, seats: 3 },
      });
      expect(iteration.statusCode).toBe(404);
    });
  });

  describe('statuses', () => {
    it('moves an activity along its life, its iterations following, each step audited', async () => {
      let activity = await createActivity(world, provider, { providerId: undefined });
      activity = await moveActivity(world, provider, activity, 'published');
      expect(activity.iterations[0]).toMatchObject({ status: 'published', sequence: 1 });
      expect(activity.publishedAt).not.toBeNull();
      activity = await moveActivity(world, provider, activity, 'open');
      activity = await moveActivity(world, provider, activity, 'closed');
      activity = await moveActivity(world, provider, activity, 'completed');
      expect(activity.iterations[0]).toMatchObject({ status: 'completed', sequence: 4 });
      const history = await world.app.inject({
        url: `/api/v1/menu/activities/${activity.id}/history`,
        headers: provider.headers,
      });
      const steps = history
        .json()
        .items.filter((e: { action: string }) => e.action === 'activity.transition');
      expect(steps.map((e: { after: { status: string } }) => e.after.status)).toEqual([
        'completed',
        'closed',
        'open',
        'published',
      ]);
      const again = await world.app.inject({
        method: 'POST',
        url: `/api/v1/menu/activities/${activity.id}/transitions`,
        headers: { ...provider.write, ...ifMatch(activity) },
        payload: { to: 'cancelled' },
      });
      expect(again.statusCode).toBe(409);
      expect(problem(again).code).toBe('activity.transition_invalid');
    });

    it('cancels an activity and every iteration not completed', async () => {
      let activity = await createActivity(world, staff);
      activity = await moveActivity(world, staff, activity, 'published');
      activity = await moveActivity(world, staff, activity, 'cancelled');
      expect(activity.iterations[0]).toMatchObject({ status: 'cancelled', sequence: 2 });
      const skip = await world.app.inject({
        method: 'POST',
        url: `/api/v1/menu/activities/${activity.id}/transitions`,
        headers: { ...staff.write, ...ifMatch(activity) },
        payload: { to: 'open' },
      });
      expect(skip.statusCode).toBe(409);
    });

    it('adds, changes and moves an iteration, never ahead of its activity', async () => {
      const activity = await moveActivity(
        world,
        staff,
        await createActivity(world, staff, { iterations: [] }),
        'published',
      );
      const added = await world.app.inject({
        method: 'POST',
        url: `/api/v1/menu/activities/${activity.id}/iterations`,
        headers: staff.write,
        payload: { startsOn: '2026-10-05', endsOn: '2026-10-09', city: 'Rome', countryCode: 'IT', seats: 8 },
      });
      expect(added.statusCode).toBe(201);
      const iteration: Iteration = added.json();
      const url = `/api/v1/menu/activities/${activity.id}/iterations/${iteration.id}`;
      const bad = await world.app.inject({
        method: 'PATCH',
        url,
        headers: { ...staff.write, ...ifMatch(iteration) },
        payload: { endsOn: '2026-10-01' },
      });
      expect(bad.statusCode).toBe(400);
      expect(problem(bad).errors[0]).toMatchObject({ path: 'endsOn', code: 'iteration.end_before_start' });
      const changed = await world.app.inject({
        method: 'PATCH',
        url,
        headers: { ...staff.write, ...ifMatch(iteration) },
        payload: { seats: 10 },
      });
      expect(changed.json()).toMatchObject({ seats: 10, version: 2, sequence: 1 });
      const ahead = await world.app.inject({
        method: 'POST',
        url: `${url}/transitions`,
        headers: { ...staff.write, ...ifMatch(changed.json()) },
        payload: { to: 'published' },
      });
      expect(ahead.statusCode).toBe(200);
      const beyond = await world.app.inject({
        method: 'POST',
        url: `${url}/transitions`,
        headers: { ...staff.write, ...ifMatch(ahead.json()) },
        payload: { to: 'open' },
      });
      expect(beyond.statusCode).toBe(409);
      expect(problem(beyond).code).toBe('iteration.ahead_of_activity');
    });
  });

  it('adds hundreds of activities in one transaction, as an import or a copy forward does', async () => {
    // A regression guard: the code check once used a long list of row constructors, which made
    // PGlite abort at commit above a few hundred activities.
    const before = await counts();
    const bodies = Array.from({ length: 600 }, (_, n) => ({
      ...createActivityBodySchema.parse(activityBody(world, { code: `BULK.${n}`, year: 2032 })),
      providerId: world.providers.get('NSO')!,
    }));
    const created = await world.database.db.transaction((tx) =>
      insertActivities(tx, systemContext, world.clock, bodies),
    );
    expect(created).toHaveLength(600);
    expect(await counts()).toMatchObject({
      activities: before.activities + 600,
      iterations: before.iterations + 600,
      audit: before.audit + 600,
    });
  });

  describe('copy forward', () => {
    it('starts next year’s menu with the recurring activities as drafts, dates shifted by whole weeks', async () => {
      await createActivity(world, staff, {
        year: 2030,
        code: 'NSO.C1',
        iterations: [
          {
            startsOn: '2030-03-11',
            endsOn: '2030-03-15',
            seats: 5,
            nominationDeadline: '2030-01-28',
            partnerSeatLimit: 2,
          },
        ],
      });
      await createActivity(world, staff, { year: 2030, code: 'NSO.C2', recurring: false });
      await createActivity(world, staff, {
        year: 2030,
        code: 'NSO.C3',
        iterations: [
          { startsOn: '2030-01-01', endsOn: '2030-01-04', seats: 5, nominationDeadline: '2029-12-02' },
        ],
      });
      await createActivity(world, staff, { year: 2031, code: 'NSO.C3', iterations: [] });
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/v1/menu/years/2030/copy-forward',
        headers: staff.write,
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ fromYear: 2030, toYear: 2031, created: 1, skipped: ['NSO.C3'] });
      const page = await world.app.inject({
        url: '/api/v1/menu/activities?year=2031&sort=code',
        headers: staff.headers,
      });
      const copy = page.json().items.find((a: Activity) => a.code === 'NSO.C1');
      // Monday 11 March 2030 → Monday 10 March 2031: 52 weeks on, the course keeps its weekday.
      expect(copy).toMatchObject({
        status: 'draft',
        iterations: [{ startsOn: '2031-03-10', endsOn: '2031-03-14', nominationDeadline: '2031-01-27' }],
      });
      // The seats and the per-partner limit go along.
      expect(copy.iterations[0]).toMatchObject({ seats: 5, partnerSeatLimit: 2 });
      const again = await world.app.inject({
        method: 'POST',
        url: '/api/v1/menu/years/2030/copy-forward',
        headers: staff.write,
      });
      expect(again.json()).toMatchObject({ created: 0, skipped: ['NSO.C1', 'NSO.C3'] });
      const byProvider = await world.app.inject({
        method: 'POST',
        url: '/api/v1/menu/years/2030/copy-forward',
        headers: provider.write,
      });
      expect(byProvider.statusCode).toBe(403);
    });
  });
});
