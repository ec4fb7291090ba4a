import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../db/schema';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { acceptedEvent, tell, userIdOf } from './notifications.test-support';

const GEORGIA = 'georgia.liaison@test';

describe.each(drivers)('my notifications (the bell) on %s', (driver) => {
  let world: World;
  let japan: Caller;
  let georgia: Caller;
  let viewer: Caller;

  beforeAll(async () => {
    world = await createWorld(driver);
    japan = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, GEORGIA);
    viewer = await signIn(world.app, world.users.viewer);
  });
  afterAll(() => world?.close());

  const list = (caller: Caller, query = '') =>
    world.app.inject({ url: `/api/v1/me/notifications${query}`, headers: caller.headers });
  const markRead = (caller: Caller, id: string, headers = caller.write) =>
    world.app.inject({ method: 'POST', url: `/api/v1/me/notifications/${id}/read`, headers });
  const readAll = (caller: Caller) =>
    world.app.inject({ method: 'POST', url: '/api/v1/me/notifications/read-all', headers: caller.write });

  it('shows each liaison its own notification, in its own language, from the mail catalog', async () => {
    const event = acceptedEvent('Haruto Sato');
    expect(await tell(world, { kind: 'partner_liaisons', partnerId: world.partners.japan }, event)).toBe(1);
    expect(await tell(world, { kind: 'partner_liaisons', partnerId: world.partners.georgia }, event)).toBe(1);

    const en = await list(japan);
    expect(en.statusCode, en.body).toBe(200);
    expect(en.json()).toMatchObject({ unreadCount: 1, nextCursor: null });
    expect(en.json().items).toEqual([
      {
        id: expect.any(String),
        kind: 'nomination.accepted',
        title: 'Nomination accepted: Haruto Sato, SEC-101',
        body: 'The nomination of Haruto Sato to SEC-101 Cyber Security course (starting on 1 September 2027) has been accepted.',
        link: event.link,
        createdAt: world.clock.now().toISOString(),
        readAt: null,
      },
    ]);

    const fr = (await list(georgia)).json();
    expect(fr.unreadCount).toBe(1);
    expect(fr.items[0].title).toBe('Candidature acceptée : Haruto Sato, SEC-101');
    expect(fr.items[0].body).toBe(
      'La candidature de Haruto Sato à SEC-101 Cours de Sécurité informatique (session débutant le 1er septembre 2027) a été acceptée.',
    );
    expect(fr.items[0].id).not.toBe(en.json().items[0].id);
  });

  it('renders notifications in the language the reader has now, not the one they had then', async () => {
    const before = (await list(japan)).json().items[0];
    const patched = await world.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: japan.write,
      payload: { locale: 'fr' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const after = (await list(japan)).json().items[0];
    expect(after.id).toBe(before.id);
    expect(after.title).toBe('Candidature acceptée : Haruto Sato, SEC-101');
    await world.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: japan.write,
      payload: { locale: 'en' },
    });
  });

  it('pages newest first with a cursor, and filters the unread ones', async () => {
    const viewerId = await userIdOf(world, world.users.viewer);
    const names: string[] = [];
    for (let i = 1; i <= 5; i += 1) {
      world.clock.advance(60_000);
      names.push(`Person ${i}`);
      await tell(world, { kind: 'users', userIds: [viewerId] }, acceptedEvent(`Person ${i}`));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await list(viewer, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json();
      expect(page.unreadCount).toBe(5);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item: { title: string }) => item.title.split(': ')[1]!.split(',')[0]));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...names].reverse());

    const newest = (await list(viewer, '?limit=1')).json().items[0];
    expect((await markRead(viewer, newest.id)).statusCode).toBe(200);
    const unread = (await list(viewer, '?unread=true')).json();
    expect(unread.unreadCount).toBe(4);
    expect(unread.items.map((item: { id: string }) => item.id)).not.toContain(newest.id);
    expect((await list(viewer, '?unread=false')).json().items).toHaveLength(5);
  });

  it('marks one read once, keeping the first reading time, and counts it out of the unread', async () => {
    const [item] = (await list(japan)).json().items;
    world.clock.advance(5_000);
    const first = await markRead(japan, item.id);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      id: item.id,
      title: item.title,
      readAt: world.clock.now().toISOString(),
    });
    world.clock.advance(5_000);
    const again = await markRead(japan, item.id);
    expect(again.json().readAt).toBe(first.json().readAt);
    expect((await list(japan)).json().unreadCount).toBe(0);
  });

  it('answers 404 for another user’s notification and leaves it unread', async () => {
    const [theirs] = (await list(georgia)).json().items;
    const response = await markRead(japan, theirs.id);
    expect(response.statusCode).toBe(404);
    expect(problem(response).code).toBe('notification.not_found');
    const [row] = await world.database.db.select().from(notifications).where(eq(notifications.id, theirs.id));
    expect(row?.readAt).toBeNull();
    expect((await list(georgia)).json().unreadCount).toBe(1);
    // The French reader's own problem texts are French.
    const missing = await markRead(georgia, '00000000-0000-4000-8000-000000000000');
    expect(problem(missing)).toMatchObject({ status: 404, title: 'Notification introuvable' });
  });

  it('marks all of mine read, and nobody else’s', async () => {
    const response = await readAll(viewer);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ marked: 4, unreadCount: 0 });
    expect((await readAll(viewer)).json()).toEqual({ marked: 0, unreadCount: 0 });
    expect((await list(georgia)).json().unreadCount).toBe(1);
  });

  it('refuses bad input with a problem and writes nothing', async () => {
    const cases: [string, string, number][] = [
      ['?limit=0', 'request.invalid', 400],
      ['?limit=101', 'request.invalid', 400],
      ['?unread=maybe', 'request.invalid', 400],
      ['?sort=oldest', 'request.invalid', 400],
      ['?cursor=bm90IGEgY3Vyc29y', 'notification.cursor_invalid', 400],
      [`?cursor=${Buffer.from('n:yesterday|x').toString('base64url')}`, 'notification.cursor_invalid', 400],
    ];
    for (const [query, code, status] of cases) {
      const response = await list(japan, query);
      expect(response.statusCode, query).toBe(status);
      expect(problem(response).code, query).toBe(code);
    }
    const [theirs] = (await list(georgia)).json().items;
    expect((await markRead(georgia, 'not-a-uuid')).statusCode).toBe(400);
    // A cookie write without the CSRF token is refused before anything is read or written.
    const noCsrf = await markRead(georgia, theirs.id, georgia.headers);
    expect(noCsrf.statusCode).toBe(403);
    expect(problem(noCsrf).code).toBe('auth.csrf_invalid');
    expect((await list(georgia)).json().unreadCount).toBe(1);
  });

  it('asks the anonymous caller to sign in', async () => {
    for (const response of [
      await list(anonymous),
      await markRead(anonymous, '00000000-0000-4000-8000-000000000000'),
      await readAll(anonymous),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(problem(response).code).toBe('auth.unauthenticated');
    }
  });

  it('still shows a notification whose stored values are incomplete, rather than failing the list', async () => {
    const userId = await userIdOf(world, GEORGIA);
    world.clock.advance(60_000);
    await world.database.db.insert(notifications).values({
      userId,
      kind: 'programme.agreed',
      params: { programmeTitle: { en: 'Programme 2027', fr: '' }, agreedOn: 'someday' },
      link: '/programmes/x',
      createdAt: world.clock.now(),
    });
    const [item] = (await list(georgia)).json().items;
    expect(item.title).toBe('Programme conclu : Programme 2027');
    expect(item.body).toContain('a été conclu le someday.');
  });
});
