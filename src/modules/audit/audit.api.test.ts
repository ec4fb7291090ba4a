import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';

interface Event {
  id: string;
  occurredAt: string;
  actor: { id: string | null; label: string };
  action: string;
  entityType: string;
  entityId: string | null;
  partnerId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

const HOUR = 3600 * 1000;

describe.each(drivers)('audit trail on %s', (driver) => {
  let world: World;
  let admin: Caller;
  let staff: Caller;
  let adminId: string;

  beforeAll(async () => {
    world = await createWorld(driver);
    admin = await signIn(world.app, world.users.admin);
    staff = await signIn(world.app, world.users.staff_officer);
    adminId = (await world.app.inject({ url: '/api/v1/me', headers: admin.headers })).json().id;
  });
  afterAll(() => world?.close());

  const browse = (query: string, caller = admin) =>
    world.app.inject({ url: `/api/v1/audit-events?${query}`, headers: caller.headers });
  const items = async (query: string) => (await browse(query)).json().items as Event[];
  const totalEvents = () => world.database.db.$count(auditEvents);
  /** Every event matching the query, following the cursor page after page. */
  async function allPages(query: string, limit: number) {
    const seen: Event[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await browse(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const page = response.json();
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    return { seen, pages };
  }
  const createFramework = (code: string) =>
    world.app.inject({
      method: 'POST',
      url: '/api/v1/frameworks',
      headers: admin.write,
      payload: { code, name: { en: `Framework ${code}`, fr: `Cadre ${code}` } },
    });

  it('shows the administrator the newest events first, with who did what', async () => {
    const created = (await createFramework('NEWEST')).json();
    const page = await browse('limit=5');
    expect(page.statusCode).toBe(200);
    const [first] = page.json().items as Event[];
    expect(first).toMatchObject({
      action: 'framework.create',
      entityType: 'framework',
      entityId: created.id,
      actor: { id: adminId, label: world.users.admin },
      before: null,
      after: { code: 'NEWEST' },
      occurredAt: world.clock.now().toISOString(),
    });
    expect(Object.keys(first!).sort()).toEqual(
      [
        'action',
        'actor',
        'after',
        'before',
        'entityId',
        'entityType',
        'id',
        'occurredAt',
        'partnerId',
        'requestId',
      ].sort(),
    );
    const { seen } = await allPages('', 50);
    const times = seen.map((e) => e.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by action, entity type, actor and partner', async () => {
    await createFramework('FILTERED');
    const creates = await items('action=framework.create&limit=200');
    expect(creates.length).toBeGreaterThan(0);
    expect(creates.every((e) => e.action === 'framework.create')).toBe(true);
    expect(creates.map((e) => e.after?.code)).toEqual(expect.arrayContaining(['FILTERED', 'PFP']));

    const frameworks = await items('entityType=framework&limit=200');
    expect(new Set(frameworks.map((e) => e.entityType))).toEqual(new Set(['framework']));

    const byAdmin = await items(`actorId=${adminId}&limit=200`);
    expect(byAdmin.length).toBeGreaterThan(0);
    expect(byAdmin.every((e) => e.actor.id === adminId)).toBe(true);
    expect(byAdmin.map((e) => e.action)).toEqual(expect.arrayContaining(['auth.login', 'framework.create']));

    const mongolia = await items(`partnerId=${world.partners.mongolia}&limit=200`);
    expect(mongolia.map((e) => e.action).sort()).toEqual(['partner.create', 'partner.update']);
    expect(mongolia.every((e) => e.partnerId === world.partners.mongolia)).toBe(true);
    // Japan's liaison account belongs to Japan's trail too.
    const japan = await items(`partnerId=${world.partners.japan}&entityType=user`);
    expect(japan.map((e) => e.after?.email)).toEqual([world.users.partner_liaison]);

    const combined = await items(`action=framework.create&actorId=${adminId}`);
    expect(combined.map((e) => e.after?.code)).toEqual(['FILTERED', 'NEWEST']);
    expect(await items('action=no.such.action')).toEqual([]);
  });

  it('filters by time, both bounds included', async () => {
    world.clock.advance(HOUR);
    const start = world.clock.now().toISOString();
    await createFramework('LATER-1');
    world.clock.advance(HOUR);
    const middle = world.clock.now().toISOString();
    await createFramework('LATER-2');
    world.clock.advance(HOUR);
    await createFramework('LATER-3');
    const codes = async (query: string) =>
      (await items(`action=framework.create&${query}`)).map((e) => e.after?.code);
    expect(await codes(`from=${start}`)).toEqual(['LATER-3', 'LATER-2', 'LATER-1']);
    expect(await codes(`from=${start}&to=${middle}`)).toEqual(['LATER-2', 'LATER-1']);
    expect(await codes(`from=${encodeURIComponent(middle.replace('Z', '+00:00'))}&to=${middle}`)).toEqual([
      'LATER-2',
    ]);
    expect(
      await codes(`to=${encodeURIComponent(new Date(Date.parse(start) - 1).toISOString())}`),
    ).not.toContain('LATER-1');
    expect(await codes(`from=${middle}&to=${start}`)).toEqual([]);
  });

  it('pages with a cursor through every event exactly once', async () => {
    const total = await totalEvents();
    expect(total).toBeGreaterThan(30);
    const { seen, pages } = await allPages('', 7);
    expect(pages).toBe(Math.ceil(total / 7));
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((e) => e.id)).size).toBe(total);

    // A filter holds across pages.
    const filtered = await allPages('entityType=framework', 2);
    expect(filtered.seen.every((e) => e.entityType === 'framework')).toBe(true);
    expect(filtered.seen).toEqual(await items('entityType=framework&limit=200'));
    // The last page says there is nothing more.
    const exact = await browse(`limit=${total}`);
    expect(exact.json().nextCursor).toBeNull();
  });

  it('refuses a malformed cursor with 400 audit.cursor_invalid', async () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    for (const cursor of [
      'garbage',
      b64('a:abc'),
      b64('b:12'),
      b64('a:-1'),
      b64('a:1234567890123456'),
      '%E2%82%AC',
    ]) {
      const response = await browse(`cursor=${cursor}`);
      expect(response.statusCode, cursor).toBe(400);
      expect(problem(response)).toMatchObject({ code: 'audit.cursor_invalid', title: 'Invalid cursor' });
    }
    expect(problem(await browse(`cursor=${'x'.repeat(101)}`)).code).toBe('request.invalid');
    // A well-formed cursor past the oldest event is simply the end.
    expect((await browse(`cursor=${b64('a:1')}`)).json()).toEqual({ items: [], nextCursor: null });
  });

  it('refuses malformed filters with field errors', async () => {
    const response = await browse('actorId=me&from=yesterday&limit=500&colour=red');
    expect(response.statusCode).toBe(400);
    expect(problem(response).errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['querystring.actorId', 'querystring.from', 'querystring.limit', 'querystring']),
    );
  });

  it('is for administrators only: 403 to staff and liaisons, 401 to the anonymous caller', async () => {
    const liaison = await signIn(world.app, world.users.partner_liaison);
    for (const caller of [staff, liaison]) {
      const response = await browse('', caller);
      expect(response.statusCode).toBe(403);
      expect(problem(response).code).toBe('auth.forbidden');
    }
    expect((await browse('', anonymous)).statusCode).toBe(401);
  });

  describe('every write leaves exactly one event, with before and after', () => {
    const eventsOf = async (entityId: string) => items(`entityId=${entityId}&limit=200`);

    it('for taxonomy, user, partner and token writes', async () => {
      const framework = (await createFramework('ONCE')).json();
      const renamed = await world.app.inject({
        method: 'PATCH',
        url: `/api/v1/frameworks/${framework.id}`,
        headers: { ...admin.write, 'if-match': `"${framework.id}.1"` },
        payload: { name: { en: 'Once renamed', fr: 'Cadre renommé' } },
      });
      expect(renamed.statusCode).toBe(200);
      expect((await eventsOf(framework.id)).map((e) => [e.action, e.before?.name, e.after?.name])).toEqual([
        [
          'framework.update',
          { en: 'Framework ONCE', fr: 'Cadre ONCE' },
          { en: 'Once renamed', fr: 'Cadre renommé' },
        ],
        ['framework.create', undefined, { en: 'Framework ONCE', fr: 'Cadre ONCE' }],
      ]);

      const user = (
        await world.app.inject({
          method: 'POST',
          url: '/api/v1/users',
          headers: admin.write,
          payload: {
            email: 'audited@example.org',
            displayName: 'Audited',
            role: 'viewer',
            password: 'a long password 1',
          },
        })
      ).json();
      await world.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${user.id}`,
        headers: { ...admin.write, 'if-match': `"${user.id}.1"` },
        payload: { role: 'staff_officer' },
      });
      const userEvents = await eventsOf(user.id);
      expect(userEvents.map((e) => [e.action, e.before?.role, e.after?.role])).toEqual([
        ['user.update', 'viewer', 'staff_officer'],
        ['user.create', undefined, 'viewer'],
      ]);
      expect(JSON.stringify(userEvents)).not.toMatch(/passwordHash|argon2|a long password/);

      const partner = `/api/v1/partners/${world.partners.emirates}`;
      const etag = (await world.app.inject({ url: partner, headers: staff.headers })).headers.etag as string;
      await world.app.inject({
        method: 'PATCH',
        url: partner,
        headers: { ...staff.write, 'if-match': etag },
        payload: { relationsSinceYear: 2004 },
      });
      const [partnerEvent, ...older] = await eventsOf(world.partners.emirates);
      expect(partnerEvent).toMatchObject({
        action: 'partner.update',
        actor: { label: world.users.staff_officer },
        partnerId: world.partners.emirates,
        before: { relationsSinceYear: 1995 },
        after: { relationsSinceYear: 2004 },
      });
      expect(older.map((e) => e.action)).toEqual(['partner.create']);

      const token = (
        await world.app.inject({
          method: 'POST',
          url: '/api/v1/me/tokens',
          headers: staff.write,
          payload: { name: 'audit me' },
        })
      ).json();
      await world.app.inject({
        method: 'DELETE',
        url: `/api/v1/me/tokens/${token.item.id}`,
        headers: staff.write,
      });
      expect(
        (await eventsOf(token.item.id)).map((e) => [e.action, e.before?.name ?? null, e.after?.name ?? null]),
      ).toEqual([
        ['token.revoke', 'audit me', null],
        ['token.create', null, 'audit me'],
      ]);
    });

    it('and a refused write leaves none', async () => {
      const before = await totalEvents();
      const framework = (await world.app.inject({ url: '/api/v1/frameworks' })).json().items[0];
      const refused = [
        await createFramework('pfp'),
        await createFramework('bad code'),
        await world.app.inject({
          method: 'PATCH',
          url: `/api/v1/frameworks/${framework.id}`,
          headers: { ...admin.write, 'if-match': `"${framework.id}.99"` },
          payload: { active: false },
        }),
        await world.app.inject({
          method: 'POST',
          url: '/api/v1/users',
          headers: admin.write,
          payload: {
            email: 'AUDITED@example.org',
            displayName: 'Twin',
            role: 'viewer',
            password: 'a long password 1',
          },
        }),
        await world.app.inject({
          method: 'POST',
          url: '/api/v1/frameworks',
          headers: staff.write,
          payload: { code: 'S' },
        }),
      ];
      expect(refused.map((r) => r.statusCode)).toEqual([409, 400, 412, 409, 403]);
      expect(await totalEvents()).toBe(before);
    });
  });
});
