import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, calendarFeeds } from '../../db/schema';
import { systemContext } from '../../seed/demo';
import { drivers } from '../../test/databases';
import {
  anonymous,
  type Caller,
  createWorld,
  problem,
  signIn,
  TEST_PASSWORD,
  type World,
} from '../../test/world';
import { insertUser } from '../users/users.service';

interface ParsedEvent {
  uid: string;
  code: string;
  summary: string;
  sequence: number;
  status: string;
}

/** Reads an .ics with ical.js (an independent parser): the calendar's name and its events. */
function parseIcs(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      code: event.summary.split(' — ')[0]!,
      summary: event.summary,
      sequence: event.sequence,
      status: String(component.getFirstPropertyValue('status')),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

const codesOf = (body: string) => [...new Set(parseIcs(body).events.map((e) => e.code))].sort();
const pathOf = (url: string) => new URL(url).pathname;

describe.each(drivers)('the menu as iCalendar feeds on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  let viewer: Caller;
  /** code → the activity as created, with its iterations. */
  const activities = new Map<
    string,
    { id: string; version: number; iterations: { id: string; version: number }[] }
  >();

  async function createActivity(code: string, fields: object, publish = true) {
    const created = await world.app.inject({
      method: 'POST',
      url: '/api/v1/menu/activities',
      headers: staff.write,
      payload: {
        year: 2026,
        code,
        providerId: world.providers.get('NSO'),
        kind: 'course',
        title: { en: `English title of ${code}`, fr: `Titre français de ${code}` },
        areaIds: [world.areas.get('CYBER')],
        languages: ['en'],
        iterations: [
          {
            startsOn: '2026-12-07',
            endsOn: '2026-12-11',
            city: 'Oberammergau',
            countryCode: 'DE',
            seats: 10,
            nominationDeadline: '2026-11-30',
          },
          // Self-paced: no place in a calendar.
          { startsOn: null, endsOn: null, online: true, seats: 100 },
        ],
        ...fields,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    let activity = created.json();
    if (publish) {
      const published = await world.app.inject({
        method: 'POST',
        url: `/api/v1/menu/activities/${activity.id}/transitions`,
        headers: { ...staff.write, 'if-match': `"${activity.id}.${activity.version}"` },
        payload: { to: 'published' },
      });
      expect(published.statusCode, published.body).toBe(200);
      activity = published.json();
    }
    activities.set(code, activity);
    return activity;
  }

  const createFeed = (caller: Caller, payload: object) =>
    world.app.inject({ method: 'POST', url: '/api/v1/menu/feeds', headers: caller.write, payload });
  const fetchFeed = (url: string, headers: Record<string, string> = {}) =>
    world.app.inject({ url: pathOf(url), headers });

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    viewer = await signIn(world.app, world.users.viewer);
    const areas = world.areas;
    await createActivity('FEED.OPEN', {});
    // Open to Georgia only: Japan's liaison must not see it; the public sees it (public, published).
    await createActivity('FEED.GEORGIA', {
      areaIds: [areas.get('CRISIS')],
      eligibility: { kind: 'partners', partnerIds: [world.partners.georgia] },
    });
    // The alliance's own: neither the public nor a liaison.
    await createActivity('FEED.INTERNAL', { releasability: 'internal' });
    // Never published: the staff only.
    await createActivity('FEED.DRAFT', { areaIds: [areas.get('CRISIS')] }, false);
  });
  afterAll(() => world?.close());

  describe('GET /menu/calendar.ics', () => {
    it('gives the public menu to an anonymous caller: no internal activity, no draft, no self-paced run', async () => {
      const response = await world.app.inject({ url: '/api/v1/menu/calendar.ics?year=2026' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(codesOf(response.body)).toEqual(['FEED.GEORGIA', 'FEED.OPEN']);
      // One event per dated iteration: the self-paced ones are left out.
      expect(parseIcs(response.body).events).toHaveLength(2);
      const open = activities.get('FEED.OPEN')!;
      const event = parseIcs(response.body).events.find((e) => e.code === 'FEED.OPEN')!;
      expect(event).toMatchObject({
        summary: 'FEED.OPEN — English title of FEED.OPEN',
        status: 'CONFIRMED',
      });
      expect(open.iterations.map((i) => `${i.id}@entente`)).toContain(event.uid);
    });

    it('applies the menu filter and the language, and shows the staff their drafts as tentative', async () => {
      const crisis = await world.app.inject({
        url: '/api/v1/menu/calendar.ics?year=2026&area=CRISIS&lang=fr',
        headers: staff.headers,
      });
      expect(crisis.statusCode).toBe(200);
      const parsed = parseIcs(crisis.body);
      expect(parsed.name).toBe('Menu de coopération');
      expect(parsed.events.map((e) => [e.summary, e.status]).sort()).toEqual([
        ['FEED.DRAFT — Titre français de FEED.DRAFT', 'TENTATIVE'],
        ['FEED.GEORGIA — Titre français de FEED.GEORGIA', 'CONFIRMED'],
      ]);
      const viewerMenu = await world.app.inject({
        url: '/api/v1/menu/calendar.ics?year=2026',
        headers: viewer.headers,
      });
      expect(codesOf(viewerMenu.body)).toEqual(['FEED.GEORGIA', 'FEED.INTERNAL', 'FEED.OPEN']);
    });

    it('refuses a bad filter with a clear problem', async () => {
      const response = await world.app.inject({ url: '/api/v1/menu/calendar.ics?lang=de&kind=party' });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(
        problem(response)
          .errors.map((e) => e.path)
          .sort(),
      ).toEqual(['querystring.kind.0', 'querystring.lang'].sort());
    });
  });

  describe('subscriptions', () => {
    it('shows the URL once, keeps only a hash of its key, and audits the creation', async () => {
      const created = await createFeed(liaison, { name: 'Everything', filter: { year: 2026 } });
      expect(created.statusCode, created.body).toBe(201);
      const feed = created.json();
      expect(feed).toMatchObject({ name: 'Everything', filter: { year: 2026 }, lang: 'en' });
      expect(feed.url).toMatch(/^http:\/\/localhost:8080\/api\/v1\/menu\/feeds\/[\w-]{43}\.ics$/);
      const key = /feeds\/([\w-]+)\.ics$/.exec(feed.url)![1]!;

      const listed = await world.app.inject({ url: '/api/v1/menu/feeds', headers: liaison.headers });
      const { url: _url, ...withoutUrl } = feed;
      expect(listed.json().items).toEqual([{ ...withoutUrl, lastUsedAt: null }]);
      expect(listed.body).not.toContain(key);
      const [row] = await world.database.db.select().from(calendarFeeds).where(eq(calendarFeeds.id, feed.id));
      expect(JSON.stringify(row)).not.toContain(key);
      const events = await world.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, feed.id));
      expect(events.map((e) => e.action)).toEqual(['calendar_feed.create']);
      expect(JSON.stringify(events)).not.toContain(key);
    });

    it('reads a liaison’s feed as the liaison: nothing foreign, ineligible, internal or unpublished', async () => {
      const { url } = (await createFeed(liaison, { name: 'Japan', filter: {} })).json();
      // A calendar client sends no cookie: the key alone stands for the liaison.
      const response = await fetchFeed(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(codesOf(response.body)).toEqual(['FEED.OPEN']);
      expect(parseIcs(response.body).name).toBe('Cooperation menu — Japan');
      const listed = (await world.app.inject({ url: '/api/v1/menu/feeds', headers: liaison.headers })).json();
      expect(listed.items.find((f: { name: string }) => f.name === 'Japan').lastUsedAt).toBe(
        world.clock.now().toISOString(),
      );
    });

    it('applies the filter it was made with, in its language', async () => {
      const created = await createFeed(staff, {
        name: 'Crise',
        filter: { area: 'CRISIS', online: 'false' },
        lang: 'fr',
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().filter).toEqual({ area: ['CRISIS'], online: false });
      const parsed = parseIcs((await fetchFeed(created.json().url)).body);
      expect(parsed.name).toBe('Menu de coopération — Crise');
      expect(parsed.events.map((e) => e.summary).sort()).toEqual([
        'FEED.DRAFT — Titre français de FEED.DRAFT',
        'FEED.GEORGIA — Titre français de FEED.GEORGIA',
      ]);
    });

    it('keeps UIDs stable, answers 304 to an unchanged poll, and propagates cancellations', async () => {
      const { url } = (await createFeed(viewer, { name: 'Watch', filter: { year: 2026 } })).json();
      const first = await fetchFeed(url);
      const second = await fetchFeed(url);
      expect(second.body).toBe(first.body);
      expect(parseIcs(second.body).events.map((e) => e.uid)).toEqual(
        parseIcs(first.body).events.map((e) => e.uid),
      );
      const notModified = await fetchFeed(url, { 'if-none-match': first.headers.etag as string });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.body).toBe('');

      const before = new Map(parseIcs(first.body).events.map((e) => [e.code, e]));
      // Cancel one iteration of FEED.OPEN, and the whole of FEED.INTERNAL.
      const open = activities.get('FEED.OPEN')!;
      const dated = open.iterations.find((i) => `${i.id}@entente` === before.get('FEED.OPEN')!.uid)!;
      const iterationCancelled = await world.app.inject({
        method: 'POST',
        url: `/api/v1/menu/activities/${open.id}/iterations/${dated.id}/transitions`,
        headers: { ...staff.write, 'if-match': `"${dated.id}.${dated.version}"` },
        payload: { to: 'cancelled' },
      });
      expect(iterationCancelled.statusCode, iterationCancelled.body).toBe(200);
      const internal = activities.get('FEED.INTERNAL')!;
      const activityCancelled = await world.app.inject({
        method: 'POST',
        url: `/api/v1/menu/activities/${internal.id}/transitions`,
        headers: { ...staff.write, 'if-match': `"${internal.id}.${internal.version}"` },
        payload: { to: 'cancelled' },
      });
      expect(activityCancelled.statusCode, activityCancelled.body).toBe(200);

      const after = await fetchFeed(url, { 'if-none-match': first.headers.etag as string });
      expect(after.statusCode).toBe(200);
      const events = new Map(parseIcs(after.body).events.map((e) => [e.code, e]));
      expect([...events.keys()].sort()).toEqual(['FEED.GEORGIA', 'FEED.INTERNAL', 'FEED.OPEN']);
      for (const code of ['FEED.OPEN', 'FEED.INTERNAL']) {
        expect(events.get(code)!.uid).toBe(before.get(code)!.uid);
        expect(events.get(code)!.status).toBe('CANCELLED');
        expect(events.get(code)!.sequence).toBeGreaterThan(before.get(code)!.sequence);
      }
      expect(events.get('FEED.GEORGIA')).toEqual(before.get('FEED.GEORGIA'));
    });

    it('goes dark when its owner is deactivated', async () => {
      const email = 'leaving@test';
      await world.database.db.transaction((tx) =>
        insertUser(tx, systemContext, world.clock, {
          email,
          displayName: 'Leaving',
          role: 'viewer',
          locale: 'en',
          password: TEST_PASSWORD,
          mustChangePassword: false,
          partnerId: null,
          providerId: null,
        }),
      );
      const leaving = await signIn(world.app, email);
      const { url } = (await createFeed(leaving, { name: 'Mine', filter: {} })).json();
      expect((await fetchFeed(url)).statusCode).toBe(200);
      const admin = await signIn(world.app, world.users.admin);
      const me = (await world.app.inject({ url: '/api/v1/me', headers: leaving.headers })).json();
      const user = (await world.app.inject({ url: `/api/v1/users/${me.id}`, headers: admin.headers })).json();
      const deactivated = await world.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${me.id}`,
        headers: { ...admin.write, 'if-match': `"${me.id}.${user.version}"` },
        payload: { active: false },
      });
      expect(deactivated.statusCode, deactivated.body).toBe(200);
      const gone = await fetchFeed(url);
      expect(gone.statusCode).toBe(404);
      expect(problem(gone).code).toBe('calendar_feed.not_found');
    });

    it('answers an unknown or malformed key with a 404 problem', async () => {
      for (const file of [`${'A'.repeat(43)}.ics`, 'not-a-key.txt', '%2E%2E.ics']) {
        const response = await world.app.inject({ url: `/api/v1/menu/feeds/${file}` });
        expect(response.statusCode, file).toBe(404);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(problem(response).code).toBe('calendar_feed.not_found');
      }
    });

    it('deletes only the caller’s own feeds: another’s is not found, and a deleted URL stops working', async () => {
      const { id, url } = (await createFeed(liaison, { name: 'Short-lived', filter: {} })).json();
      const foreign = await world.app.inject({
        method: 'DELETE',
        url: `/api/v1/menu/feeds/${id}`,
        headers: viewer.write,
      });
      expect(foreign.statusCode).toBe(404);
      expect(problem(foreign).code).toBe('calendar_feed.not_found');
      expect((await fetchFeed(url)).statusCode).toBe(200);

      const own = await world.app.inject({
        method: 'DELETE',
        url: `/api/v1/menu/feeds/${id}`,
        headers: liaison.write,
      });
      expect(own.statusCode).toBe(204);
      expect((await fetchFeed(url)).statusCode).toBe(404);
      const again = await world.app.inject({
        method: 'DELETE',
        url: `/api/v1/menu/feeds/${id}`,
        headers: liaison.write,
      });
      expect(again.statusCode).toBe(404);
      const events = await world.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
      expect(events.map((e) => e.action).sort()).toEqual(['calendar_feed.create', 'calendar_feed.delete']);
    });

    it('refuses bad input with field errors and writes nothing', async () => {
      const count = () => world.database.db.$count(calendarFeeds);
      const before = await count();
      const bad = await createFeed(liaison, {
        name: ' ',
        filter: { colour: 'red', from: '2026-13-01' },
        lang: 'de',
      });
      expect(bad.statusCode).toBe(400);
      expect(
        problem(bad)
          .errors.map((e) => e.path)
          .sort(),
      ).toEqual(['filter', 'filter.from', 'lang', 'name'].sort());
      const unknownPartner = await createFeed(staff, {
        name: 'Nobody',
        filter: { eligibleFor: '00000000-0000-4000-8000-000000000009' },
      });
      expect(unknownPartner.statusCode).toBe(422);
      expect(problem(unknownPartner).code).toBe('reference.unknown');
      const anonymousWrite = await createFeed(anonymous, { name: 'x' });
      expect(anonymousWrite.statusCode).toBe(401);
      expect(await count()).toBe(before);
    });
  });
});
