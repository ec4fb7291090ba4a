import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, partners as partnersTable } from '../../db/schema';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';

const newPartner = (world: World, overrides: Record<string, unknown> = {}) => ({
  isoCode: 'CH',
  kind: 'country',
  name: { en: 'Switzerland', fr: 'Suisse' },
  summary: { en: 'A partner since 1996.', fr: '' },
  status: 'active',
  relationsSinceYear: 1996,
  releasability: 'public',
  releasableTo: [],
  frameworks: [{ frameworkId: world.frameworks.get('PFP'), joinedOn: '1996-12-11', leftOn: null }],
  areaIds: [world.areas.get('HADR')],
  milestones: [
    {
      occurredOn: '1996-12-11',
      precision: 'day',
      kind: 'agreement',
      title: { en: 'Joins the Partnership for Peace', fr: 'Adhère au Partenariat pour la paix' },
    },
  ],
  ...overrides,
});

describe.each(drivers)('partners API on %s', (driver) => {
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

  describe('create', () => {
    it('registers a partner, answers 201 with its location and ETag, and audits it', async () => {
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: staff.write,
        payload: newPartner(world),
      });
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(response.headers.location).toBe(`/api/v1/partners/${created.id}`);
      expect(created).toMatchObject({ isoCode: 'CH', version: 1, milestones: [{ kind: 'agreement' }] });
      const history = await world.app.inject({
        url: `/api/v1/partners/${created.id}/history`,
        headers: staff.headers,
      });
      expect(history.json().items[0]).toMatchObject({
        action: 'partner.create',
        actor: { label: world.users.staff_officer },
        after: { isoCode: 'CH', name: { en: 'Switzerland' } },
      });
    });

    it('refuses a duplicate ISO code or name with 409', async () => {
      const iso = await world.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: staff.write,
        payload: newPartner(world, { isoCode: 'JP', name: { en: 'Nippon', fr: 'Nippon' } }),
      });
      expect(iso.statusCode).toBe(409);
      expect(problem(iso)).toMatchObject({
        code: 'partner.duplicate_iso',
        detail: expect.stringContaining('JP'),
      });
      const name = await world.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: staff.write,
        payload: newPartner(world, { isoCode: 'FI', name: { en: 'JAPAN', fr: 'Japon bis' } }),
      });
      expect(problem(name).code).toBe('partner.duplicate_name');
    });

    it('explains every invalid field in French to a French caller', async () => {
      const georgia = await signIn(world.app, 'georgia.liaison@test');
      const admin = await signIn(world.app, world.users.admin);
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: { ...admin.write, 'accept-language': 'fr' },
        payload: newPartner(world, {
          isoCode: 'XX',
          name: { en: 'x'.repeat(201), fr: 'Suisse' },
          status: 'dormant',
          relationsSinceYear: '1996',
          colour: 'red',
        }),
      });
      // The admin's own language is English: the answer follows the user's setting.
      expect(response.statusCode).toBe(400);
      const french = await world.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: admin.write,
        payload: { locale: 'fr' },
      });
      expect(french.statusCode).toBe(200);
      const again = await world.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: admin.write,
        payload: newPartner(world, {
          isoCode: 'XX',
          name: { en: 'x'.repeat(201), fr: 'Suisse' },
          colour: 'red',
        }),
      });
      const body = problem(again);
      expect(body.title).toBe('Requête invalide');
      expect(body.errors).toEqual(
        expect.arrayContaining([
          { path: 'isoCode', code: 'iso.invalid', message: expect.stringContaining('Code ISO 3166-1') },
          { path: 'name.en', code: 'too_big_string', message: 'Au plus 200 caractères.' },
          { path: '', code: 'unrecognized_keys', message: 'Champ(s) inconnu(s) : colour.' },
        ]),
      );
      expect(problem(response).errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(['isoCode', 'name.en', 'status', 'relationsSinceYear']),
      );
      expect(georgia.headers.cookie).toBeDefined();
    });

    it('writes nothing when a reference is unknown', async () => {
      const [before] = await world.database.db.select({ n: count() }).from(auditEvents);
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: staff.write,
        payload: newPartner(world, {
          isoCode: 'NO',
          name: { en: 'Norway', fr: 'Norvège' },
          areaIds: ['00000000-0000-4000-8000-000000000001'],
        }),
      });
      expect(response.statusCode).toBe(422);
      expect(problem(response)).toMatchObject({ code: 'reference.unknown' });
      const rows = await world.database.db
        .select()
        .from(partnersTable)
        .where(eq(partnersTable.isoCode, 'NO'));
      expect(rows).toEqual([]);
      const [after] = await world.database.db.select({ n: count() }).from(auditEvents);
      expect(after?.n).toBe(before?.n);
    });

    it('refuses a body over the size limit, malformed JSON and a non-JSON body', async () => {
      const huge = await world.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: { ...staff.write, 'content-type': 'application/json' },
        payload: JSON.stringify(newPartner(world, { summary: { en: 'x'.repeat(1_100_000), fr: '' } })),
      });
      expect(huge.statusCode).toBe(413);
      expect(problem(huge).code).toBe('request.body_too_large');
      const malformed = await world.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: { ...staff.write, 'content-type': 'application/json' },
        payload: '{"isoCode": "CH",',
      });
      expect(malformed.statusCode).toBe(400);
      expect(problem(malformed).code).toBe('request.malformed_json');
      const text = await world.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: { ...staff.write, 'content-type': 'text/plain' },
        payload: 'Switzerland',
      });
      expect(text.statusCode).toBe(415);
    });

    it('requires a releasable record to name existing partners', async () => {
      const none = await world.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: staff.write,
        payload: newPartner(world, {
          isoCode: 'SE',
          name: { en: 'Sweden', fr: 'Suède' },
          releasability: 'releasable',
        }),
      });
      expect(problem(none).errors[0]).toMatchObject({
        path: 'releasableTo',
        code: 'releasability.partners_required',
      });
      const unknown = await world.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: staff.write,
        payload: newPartner(world, {
          isoCode: 'SE',
          name: { en: 'Sweden', fr: 'Suède' },
          releasability: 'releasable',
          releasableTo: ['00000000-0000-4000-8000-000000000002'],
        }),
      });
      expect(unknown.statusCode).toBe(422);
      expect(problem(unknown).code).toBe('releasability.invalid');
    });
  });

  describe('update', () => {
    const patch = (id: string, caller: Caller, payload: unknown, ifMatch?: string) =>
      world.app.inject({
        method: 'PATCH',
        url: `/api/v1/partners/${id}`,
        headers: { ...caller.write, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        payload: payload as object,
      });

    it('updates with the ETag read, records before and after, and refuses the stale ETag afterwards', async () => {
      const id = world.partners.georgia;
      const read = await world.app.inject({ url: `/api/v1/partners/${id}`, headers: staff.headers });
      const etag = read.headers.etag as string;
      const updated = await patch(id, staff, { summary: { en: 'Updated.', fr: 'Mis à jour.' } }, etag);
      expect(updated.statusCode).toBe(200);
      expect(updated.headers.etag).toBe(`"${id}.2"`);
      expect(updated.json()).toMatchObject({ summary: { fr: 'Mis à jour.' }, frameworks: [{ code: 'PFP' }] });

      const stale = await patch(id, staff, { summary: { en: 'Lost update', fr: '' } }, etag);
      expect(stale.statusCode).toBe(412);
      expect(problem(stale).code).toBe('precondition.failed');
      const after = await world.app.inject({ url: `/api/v1/partners/${id}`, headers: staff.headers });
      expect(after.json().summary.en).toBe('Updated.');

      const history = await world.app.inject({
        url: `/api/v1/partners/${id}/history`,
        headers: staff.headers,
      });
      expect(history.json().items[0]).toMatchObject({
        action: 'partner.update',
        before: { summary: { en: '' } },
        after: { summary: { en: 'Updated.' } },
      });
    });

    it('requires If-Match (428) and refuses unknown fields', async () => {
      const missing = await patch(world.partners.japan, staff, { status: 'active' });
      expect(missing.statusCode).toBe(428);
      const unknownField = await patch(
        world.partners.japan,
        staff,
        { flag: 'red' },
        `"${world.partners.japan}.1"`,
      );
      expect(unknownField.statusCode).toBe(400);
    });

    it('checks the merged record: a country cannot lose its ISO code', async () => {
      const id = world.partners.emirates;
      const response = await patch(id, staff, { isoCode: null }, `"${id}.1"`);
      expect(response.statusCode).toBe(400);
      expect(problem(response).errors[0]?.path).toBe('isoCode');
    });

    it('does not let a liaison or a viewer write (403), nor the public (401)', async () => {
      const id = world.partners.japan;
      expect((await patch(id, liaison, { status: 'former' }, `"${id}.1"`)).statusCode).toBe(403);
      expect((await patch(id, viewer, { status: 'former' }, `"${id}.1"`)).statusCode).toBe(403);
      const anon = await world.app.inject({
        method: 'PATCH',
        url: `/api/v1/partners/${id}`,
        payload: { status: 'former' },
      });
      expect(anon.statusCode).toBe(401);
    });

    it('answers 404 to staff for an unknown partner', async () => {
      const id = '00000000-0000-4000-8000-000000000003';
      const response = await patch(id, staff, { status: 'former' }, `"${id}.1"`);
      expect(response.statusCode).toBe(404);
    });
  });
});
