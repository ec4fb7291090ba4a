import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';

// The two lists share their routes and rules; each runs the same checks with its own codes.
const lists = [
  { path: 'frameworks', kind: 'framework', existing: 'PFP' },
  { path: 'areas', kind: 'area', existing: 'CYBER' },
] as const;

describe.each(drivers)('frameworks and areas on %s', (driver) => {
  let world: World;
  let admin: Caller;
  let staff: Caller;

  beforeAll(async () => {
    world = await createWorld(driver);
    admin = await signIn(world.app, world.users.admin);
    staff = await signIn(world.app, world.users.staff_officer);
  });
  afterAll(() => world?.close());

  describe.each(lists)('/$path', ({ path, kind, existing }) => {
    const url = `/api/v1/${path}`;
    const create = (payload: object, caller = admin) =>
      world.app.inject({ method: 'POST', url, headers: caller.write, payload });
    const update = (id: string, payload: object, ifMatch?: string, caller = admin) =>
      world.app.inject({
        method: 'PATCH',
        url: `${url}/${id}`,
        headers: { ...caller.write, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        payload,
      });
    const codes = async (query = '', caller: Caller = anonymous) =>
      (await world.app.inject({ url: `${url}${query}`, headers: caller.headers }))
        .json()
        .items.map((t: { code: string }) => t.code);
    const idOf = (code: string) => (kind === 'framework' ? world.frameworks : world.areas).get(code)!;
    const term = (code: string, overrides: object = {}) => ({
      code,
      name: { en: `${code} in English`, fr: `${code} en français` },
      ...overrides,
    });

    it('lets anyone, even the anonymous caller, read the list sorted by code', async () => {
      const response = await world.app.inject({ url });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.total).toBe(body.items.length);
      expect(body.items.map((t: { code: string }) => t.code)).toContain(existing);
      const all = body.items.map((t: { code: string }) => t.code);
      expect(all).toEqual([...all].sort());
      const one = await world.app.inject({ url: `${url}/${idOf(existing)}` });
      expect(one.statusCode).toBe(200);
      expect(one.headers.etag).toBe(`"${idOf(existing)}.1"`);
      expect(one.json()).toMatchObject({
        code: existing,
        name: { en: expect.any(String), fr: expect.any(String) },
      });
    });

    it('creates a term with labels in both languages: 201, location, ETag and an audit event', async () => {
      const response = await create(
        term('NEW-1', { name: { en: 'New term', fr: 'Nouveau terme' }, description: { en: 'Why.', fr: '' } }),
      );
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toMatchObject({
        code: 'NEW-1',
        name: { en: 'New term', fr: 'Nouveau terme' },
        description: { en: 'Why.', fr: '' },
        active: true,
        version: 1,
      });
      expect(response.headers.location).toBe(`${url}/${created.id}`);
      expect(response.headers.etag).toBe(`"${created.id}.1"`);
      expect(await codes()).toContain('NEW-1');
      const events = await world.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, created.id));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: `${kind}.create`,
        entityType: kind,
        actorLabel: world.users.admin,
        before: null,
        after: { code: 'NEW-1', name: { fr: 'Nouveau terme' } },
      });
    });

    it('accepts a label in one language only, trimmed', async () => {
      const response = await create(term('  ONE.LANG  ', { name: { en: '', fr: '  Seulement français ' } }));
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ code: 'ONE.LANG', name: { en: '', fr: 'Seulement français' } });
    });

    it('refuses a code already used, in any letter case, with 409', async () => {
      const response = await create(term(existing.toLowerCase()));
      expect(response.statusCode).toBe(409);
      expect(problem(response)).toMatchObject({
        code: `${kind}.duplicate_code`,
        detail: expect.stringContaining(existing.toLowerCase()),
      });
    });

    it('refuses bad bodies with every field error and writes nothing', async () => {
      const before = await world.database.db.$count(auditEvents);
      const cases: [object, string[]][] = [
        [{ ...term('X1'), colour: 'red' }, ['']],
        [term('X2', { name: { en: '', fr: '  ' } }), ['name']],
        [term('X3', { name: undefined }), ['name']],
        [term('has spaces'), ['code']],
        [term('-leading'), ['code']],
        [term('é'), ['code']],
        [term('X'.repeat(41)), ['code']],
        [term('X4', { name: { en: 'x'.repeat(201), fr: '' } }), ['name.en']],
        [term('X5', { description: { en: '', fr: 'x'.repeat(2001) } }), ['description.fr']],
        [term('X6', { name: { en: 'Term', fr: 'Terme', de: 'Begriff' } }), ['name']],
        [term('X7', { active: 'yes' }), ['active']],
        [{ name: { en: 'No code', fr: '' } }, ['code']],
      ];
      for (const [payload, paths] of cases) {
        const response = await create(payload);
        expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
        expect(problem(response).code).toBe('request.invalid');
        expect(problem(response).errors.map((e) => e.path)).toEqual(paths);
      }
      const missingName = await create(term('X8', { name: { en: '', fr: '' } }), {
        ...admin,
        write: { ...admin.write, 'accept-language': 'fr' },
      });
      expect(problem(missingName).errors[0]).toMatchObject({ path: 'name', code: 'bilingual.at_least_one' });
      const after = await world.database.db.$count(auditEvents);
      expect(after).toBe(before);
      expect((await codes('?includeInactive=true')).filter((c: string) => /^X\d/.test(c))).toEqual([]);
    });

    it('updates with the ETag read (428 without, 412 when stale) and records before and after', async () => {
      const created = (await create(term('UPD'))).json();
      const missing = await update(created.id, { name: { en: 'Renamed', fr: 'Renommé' } });
      expect(missing.statusCode).toBe(428);
      const ok = await update(created.id, { name: { en: 'Renamed', fr: 'Renommé' } }, `"${created.id}.1"`);
      expect(ok.statusCode).toBe(200);
      expect(ok.headers.etag).toBe(`"${created.id}.2"`);
      expect(ok.json()).toMatchObject({ code: 'UPD', name: { en: 'Renamed', fr: 'Renommé' }, version: 2 });
      const stale = await update(created.id, { name: { en: 'Lost', fr: '' } }, `"${created.id}.1"`);
      expect(stale.statusCode).toBe(412);
      const read = await world.app.inject({ url: `${url}/${created.id}` });
      expect(read.json().name.en).toBe('Renamed');
      const [event] = await world.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, created.id), eq(auditEvents.action, `${kind}.update`)));
      expect(event).toMatchObject({
        before: { name: { en: 'UPD in English' }, version: 1 },
        after: { name: { en: 'Renamed' }, version: 2 },
      });
    });

    it('renames a code unless another term has it; a change of letter case is allowed', async () => {
      const created = (await create(term('RENAME'))).json();
      const clash = await update(created.id, { code: existing }, `"${created.id}.1"`);
      expect(clash.statusCode).toBe(409);
      const cased = await update(created.id, { code: 'Rename' }, `"${created.id}.1"`);
      expect(cased.statusCode).toBe(200);
      expect(cased.json().code).toBe('Rename');
      const bad = await update(
        created.id,
        { code: 'two words', name: { en: '', fr: '' } },
        `"${created.id}.2"`,
      );
      expect(bad.statusCode).toBe(400);
      expect(
        problem(bad)
          .errors.map((e) => e.path)
          .sort(),
      ).toEqual(['code', 'name']);
    });

    it('deactivates a term: hidden from the list unless inactive ones are asked for, still readable', async () => {
      const created = (await create(term('RETIRED'))).json();
      const off = await update(created.id, { active: false }, `"${created.id}.1"`);
      expect(off.json()).toMatchObject({ active: false, version: 2 });
      expect(await codes()).not.toContain('RETIRED');
      expect(await codes('?includeInactive=false')).not.toContain('RETIRED');
      expect(await codes('?includeInactive=true')).toContain('RETIRED');
      expect((await world.app.inject({ url: `${url}/${created.id}` })).json().active).toBe(false);
      // Its code stays taken.
      expect((await create(term('retired'))).statusCode).toBe(409);
      const on = await update(created.id, { active: true }, `"${created.id}.2"`);
      expect(on.json().active).toBe(true);
      expect(await codes()).toContain('RETIRED');
      expect((await world.app.inject({ url: `${url}?includeInactive=yes` })).statusCode).toBe(400);
    });

    it('lets only administrators write: 403 to staff and liaisons, 401 to the anonymous caller', async () => {
      const liaison = await signIn(world.app, world.users.partner_liaison);
      for (const caller of [staff, liaison]) {
        const created = await create(term('STAFF'), caller);
        expect(created.statusCode).toBe(403);
        expect(problem(created).code).toBe('auth.forbidden');
        const id = idOf(existing);
        expect((await update(id, { active: false }, `"${id}.1"`, caller)).statusCode).toBe(403);
      }
      const anon = await world.app.inject({ method: 'POST', url, payload: term('ANON') });
      expect(anon.statusCode).toBe(401);
      expect(await codes('?includeInactive=true', admin)).not.toContain('STAFF');
      expect((await world.app.inject({ url: `${url}/${idOf(existing)}` })).json().active).toBe(true);
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      const missing = await world.app.inject({ url: `${url}/${id}` });
      expect(missing.statusCode).toBe(404);
      expect(problem(missing).code).toBe(`${kind}.not_found`);
      expect((await update(id, { active: false }, `"${id}.1"`)).statusCode).toBe(404);
      expect((await world.app.inject({ url: `${url}/PFP` })).statusCode).toBe(400);
    });
  });

  it('keeps a founding year on frameworks', async () => {
    const created = await world.app.inject({
      method: 'POST',
      url: '/api/v1/frameworks',
      headers: admin.write,
      payload: { code: 'YEAR', name: { en: 'Yearly', fr: '' }, sinceYear: 2011 },
    });
    expect(created.json()).toMatchObject({ sinceYear: 2011 });
    const tooOld = await world.app.inject({
      method: 'POST',
      url: '/api/v1/frameworks',
      headers: admin.write,
      payload: { code: 'OLD', name: { en: 'Old', fr: '' }, sinceYear: 1066 },
    });
    expect(problem(tooOld).errors[0]).toMatchObject({ path: 'sinceYear', code: 'too_small_number' });
  });

  it('refuses a founding year on an area instead of dropping it', async () => {
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/v1/areas',
      headers: admin.write,
      payload: { code: 'YEARLESS', name: { en: 'Yearless', fr: '' }, sinceYear: 2011 },
    });
    expect(response.statusCode).toBe(400);
    expect(problem(response).errors[0]).toMatchObject({ code: 'unrecognized_keys' });
  });
});
