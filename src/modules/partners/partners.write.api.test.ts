import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, partners as partnersTable } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';

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

describe.each(drivers)('partner registry writes on %s', (driver) => {
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

  describe('history', () => {
    it('lists the partner record’s own changes, not the accounts bound to it', async () => {
      const admin = await signIn(world.app, world.users.admin);
      const created = await world.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: admin.write,
        payload: {
          email: 'emirates.liaison@example.org',
          displayName: 'Emirates liaison',
          role: 'partner_liaison',
          partnerId: world.partners.emirates,
          password: 'a temporary password',
        },
      });
      expect(created.statusCode).toBe(201);
      const history = await world.app.inject({
        url: `/api/v1/partners/${world.partners.emirates}/history`,
        headers: staff.headers,
      });
      const actions = history.json().items.map((e: { action: string }) => e.action);
      expect(actions).toEqual(['partner.create']);
      expect(history.body).not.toContain('emirates.liaison@example.org');
    });

    it('is not shown to a liaison or a viewer', async () => {
      for (const caller of [liaison, viewer]) {
        const response = await world.app.inject({
          url: `/api/v1/partners/${world.partners.japan}/history`,
          headers: caller.headers,
        });
        expect(response.statusCode).toBe(403);
      }
    });
  });
});
