import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, providers as providersTable } from '../../db/schema';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';

const newProvider = (overrides: Record<string, unknown> = {}) => ({
  code: 'PTEC-TST',
  name: { en: 'Partnership Training Centre Test', fr: 'Centre de formation Test' },
  kind: 'training_centre',
  countryCode: 'TR',
  contactName: 'Registrar',
  contactEmail: 'registrar@example.org',
  contactPhone: '+90 312 000 00 00',
  website: 'https://ptec.example.org',
  ...overrides,
});

describe.each(drivers)('provider registry on %s', (driver) => {
  let world: World;
  let staff: Caller;

  const create = (payload: object, caller = staff) =>
    world.app.inject({ method: 'POST', url: '/api/v1/providers', headers: caller.write, payload });
  const update = (id: string, payload: object, ifMatch?: string, caller = staff) =>
    world.app.inject({
      method: 'PATCH',
      url: `/api/v1/providers/${id}`,
      headers: { ...caller.write, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      payload,
    });
  const codes = async (query: string) =>
    (await world.app.inject({ url: `/api/v1/providers${query}` }))
      .json()
      .items.map((p: { code: string }) => p.code);

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
  });
  afterAll(() => world?.close());

  it('lets anyone list providers, searching codes and names without minding accents or case', async () => {
    const all = await world.app.inject({ url: '/api/v1/providers' });
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBe(all.json().items.length);
    expect(await codes('?q=nso')).toEqual(['NSO']);
    // "École de l’OTAN d’Oberammergau" found without its accent.
    expect(await codes('?q=ecole%20de')).toContain('NSO');
    expect(await codes('?kind=alliance_command')).toEqual(['ACT']);
    expect(await codes('?country=it')).toEqual(['NDC']);
    const bad = await world.app.inject({ url: '/api/v1/providers?kind=castle' });
    expect(bad.statusCode).toBe(400);
  });

  it('registers a provider with its ETag and location, and audits it', async () => {
    const response = await create(newProvider());
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(response.headers.location).toBe(`/api/v1/providers/${created.id}`);
    expect(response.headers.etag).toBe(`"${created.id}.1"`);
    expect(created).toMatchObject({ code: 'PTEC-TST', active: true, version: 1, countryCode: 'TR' });
    const one = await world.app.inject({ url: `/api/v1/providers/${created.id}`, headers: staff.headers });
    expect(one.json()).toMatchObject({ contactEmail: 'registrar@example.org' });
    const [event] = await world.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, created.id), eq(auditEvents.action, 'provider.create')));
    expect(event).toMatchObject({
      actorLabel: world.users.staff_officer,
      entityType: 'provider',
      before: null,
      after: expect.objectContaining({
        code: 'PTEC-TST',
        name: { en: expect.any(String), fr: expect.any(String) },
      }),
    });
  });

  it('refuses a code already used, whatever its case, with 409', async () => {
    const response = await create(newProvider({ code: 'nso' }));
    expect(response.statusCode).toBe(409);
    expect(problem(response)).toMatchObject({
      code: 'provider.duplicate_code',
      detail: expect.stringContaining('nso'),
    });
  });

  it('explains a bad e-mail, country, missing name and unknown field, in French when asked', async () => {
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/v1/providers',
      headers: { ...staff.write, 'accept-language': 'fr' },
      payload: newProvider({
        code: 'NEW',
        contactEmail: 'not an address',
        countryCode: 'XX',
        name: { en: 'Only English', fr: '' },
        colour: 'red',
      }),
    });
    expect(response.statusCode).toBe(400);
    // The staff officer's own setting is English: the account's language wins over the header.
    expect(problem(response).errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['contactEmail', 'countryCode', 'name.fr', '']),
    );
    const anonymousFrench = await world.app.inject({
      method: 'POST',
      url: '/api/v1/providers',
      headers: { 'accept-language': 'fr' },
      payload: newProvider(),
    });
    expect(anonymousFrench.statusCode).toBe(401);
    expect(problem(anonymousFrench).title).toBe('Connexion requise');
  });

  it('updates with If-Match: 428 without it, 412 when stale, audited with before and after', async () => {
    const created = (await create(newProvider({ code: 'UPD', name: { en: 'Up', fr: 'Haut' } }))).json();
    expect((await update(created.id, { active: false })).statusCode).toBe(428);
    const ok = await update(created.id, { active: false, website: '' }, `"${created.id}.1"`);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe(`"${created.id}.2"`);
    expect(ok.json()).toMatchObject({ active: false, website: '', version: 2 });
    const stale = await update(created.id, { contactName: 'Someone' }, `"${created.id}.1"`);
    expect(stale.statusCode).toBe(412);
    expect(problem(stale).code).toBe('precondition.failed');
    const clash = await update(created.id, { code: 'ACT' }, `"${created.id}.2"`);
    expect(problem(clash).code).toBe('provider.duplicate_code');
    const [event] = await world.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, created.id), eq(auditEvents.action, 'provider.update')));
    expect(event).toMatchObject({
      before: expect.objectContaining({ active: true, version: 1 }),
      after: expect.objectContaining({ active: false, version: 2 }),
    });
    const missing = await update(
      '00000000-0000-4000-8000-000000000000',
      { active: true },
      '"00000000-0000-4000-8000-000000000000.1"',
    );
    expect(missing.statusCode).toBe(404);
  });

  it('refuses writes to every role but staff and administrators, and writes nothing', async () => {
    const [before] = await world.database.db.select({ n: count() }).from(providersTable);
    const nso = world.providers.get('NSO')!;
    for (const role of ['activity_provider', 'partner_liaison', 'viewer', 'trust_fund_manager'] as const) {
      const caller = await signIn(world.app, world.users[role]);
      expect((await create(newProvider({ code: `X-${role.length}` }), caller)).statusCode).toBe(403);
      expect((await update(nso, { active: false }, `"${nso}.1"`, caller)).statusCode).toBe(403);
    }
    expect((await create(newProvider({ code: 'ANON' }), anonymous)).statusCode).toBe(401);
    const [after] = await world.database.db.select({ n: count() }).from(providersTable);
    expect(after!.n).toBe(before!.n);
  });
});
