import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';

describe.each(drivers)('partner registry reads on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  let viewer: Caller;

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    viewer = await signIn(world.app, world.users.viewer);
  });
  afterAll(() => world?.close());

  const list = (caller: Caller, query: string, locale = 'en') =>
    world.app.inject({
      method: 'GET',
      url: `/api/v1/partners?${query}`,
      headers: { ...caller.headers, 'accept-language': locale },
    });
  const names = async (caller: Caller, query: string) =>
    (await list(caller, query)).json().items.map((p: { name: { en: string } }) => p.name.en);

  describe('list', () => {
    it('finds a partner by its name in either language, with or without accents', async () => {
      expect(await names(staff, 'q=japon')).toEqual(['Japan']);
      expect(await names(staff, 'q=JAPAN')).toEqual(['Japan']);
      expect(await names(staff, 'q=géorgie')).toEqual(['Georgia']);
      expect(await names(staff, 'q=georgie')).toEqual(['Georgia']);
      expect(await names(staff, 'q=emirats')).toEqual(['United Arab Emirates']);
      expect(await names(staff, 'q=100%25')).toEqual([]);
    });

    it('filters by framework, status and kind, and counts the total', async () => {
      const response = await list(staff, 'framework=PFP&sort=name');
      expect(response.json()).toMatchObject({ total: 2, page: 1, limit: 25 });
      expect(response.json().items.map((p: { isoCode: string }) => p.isoCode)).toEqual(['GE', 'RU']);
      expect(response.json().items[0].frameworks).toEqual([
        {
          id: world.frameworks.get('PFP'),
          code: 'PFP',
          name: { en: expect.stringContaining('Partnership for Peace'), fr: expect.any(String) },
        },
      ]);
      expect(await names(staff, 'status=suspended')).toEqual(['Russia']);
      expect(await names(staff, 'framework=pag&area=CYBER')).toEqual(['Japan']);
      expect(await names(staff, 'kind=international_organisation')).toEqual([]);
    });

    it('sorts by the name in the caller’s language and pages', async () => {
      expect(await names(staff, 'sort=-relationsSince&limit=2')).toHaveLength(2);
      const fr = await list(staff, 'sort=name', 'fr');
      // Staff sign-in locale is English: the session's language wins over the header.
      expect(fr.json().items[0].name.en).toBe('Georgia');
      const anonymousFr = await list(anonymous, 'sort=name', 'fr');
      expect(anonymousFr.json().items.map((p: { name: { fr: string } }) => p.name.fr)).toEqual([
        'Émirats arabes unis',
        'Géorgie',
        'Japon',
      ]);
      const page2 = await list(staff, 'sort=name&limit=2&page=2');
      expect(page2.json()).toMatchObject({ total: 5, page: 2 });
      expect(page2.json().items.map((p: { isoCode: string }) => p.isoCode)).toEqual(['MN', 'RU']);
      const beyond = await list(staff, 'sort=name&limit=2&page=9');
      expect(beyond.json()).toMatchObject({ items: [], total: 5, page: 9 });
      const nothing = await list(staff, 'q=atlantis');
      expect(nothing.json()).toMatchObject({ items: [], total: 0 });
    });

    it('shows a partner liaison public partners and those released to its partner, nothing else', async () => {
      const response = await list(liaison, 'sort=name&limit=100');
      expect(response.json().items.map((p: { isoCode: string }) => p.isoCode)).toEqual([
        'GE',
        'JP',
        'MN',
        'AE',
      ]);
      expect(response.json().total).toBe(4);
      expect(response.body).not.toContain(world.partners.russia);
    });

    it('shows the public only public partners', async () => {
      const response = await list(anonymous, 'limit=100');
      expect(response.json().total).toBe(3);
      expect(response.body).not.toContain('Mongolia');
    });

    it('refuses malformed filters with every field error', async () => {
      const response = await list(staff, 'limit=1000&sort=size&colour=blue');
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const paths = problem(response).errors.map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['querystring.limit', 'querystring.sort', 'querystring']));
    });
  });

  describe('profile', () => {
    it('returns the whole profile with an ETag', async () => {
      const response = await world.app.inject({
        url: `/api/v1/partners/${world.partners.japan}`,
        headers: viewer.headers,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers.etag).toBe(`"${world.partners.japan}.1"`);
      const japan = response.json();
      expect(japan).toMatchObject({
        isoCode: 'JP',
        name: { en: 'Japan', fr: 'Japon' },
        relationsSinceYear: 1990,
      });
      expect(japan.frameworks.map((f: { code: string }) => f.code)).toEqual(['PAG']);
      expect(japan.areas.map((a: { code: string }) => a.code).sort()).toEqual(['CRISIS', 'CYBER']);
    });

    it('answers 404 for a foreign or internal partner to a liaison, exactly as for a missing one', async () => {
      const missing = await world.app.inject({
        url: '/api/v1/partners/00000000-0000-4000-8000-000000000000',
        headers: liaison.headers,
      });
      const internal = await world.app.inject({
        url: `/api/v1/partners/${world.partners.russia}`,
        headers: liaison.headers,
      });
      expect(internal.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect(problem(internal).code).toBe(problem(missing).code);
      expect(problem(internal).detail).toBe(problem(missing).detail);
    });

    it('hides from a liaison which other partners a record is released to', async () => {
      const response = await world.app.inject({
        url: `/api/v1/partners/${world.partners.mongolia}`,
        headers: liaison.headers,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().releasableTo).toEqual([]);
      const asStaff = await world.app.inject({
        url: `/api/v1/partners/${world.partners.mongolia}`,
        headers: staff.headers,
      });
      expect(asStaff.json().releasableTo).toHaveLength(2);
    });

    it('refuses a malformed id with 400', async () => {
      const response = await world.app.inject({ url: '/api/v1/partners/12', headers: staff.headers });
      expect(response.statusCode).toBe(400);
      expect(problem(response).errors[0]?.path).toBe('params.id');
    });
  });
});
