import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, organisations } from '../../db/schema';
import { etagFor } from '../../shared/etag';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { created, frenchManager, get, post } from './trust-funds.test-support';

interface Org {
  id: string;
  kind: string;
  partnerId: string | null;
  isoCode: string | null;
  name: { en: string; fr: string };
  iatiRef: string | null;
  iatiType: string | null;
  version: number;
}

describe.each(drivers)('organisations, read and edited one at a time, on %s', (driver) => {
  let world: World;
  let manager: Caller;
  let canada: Org;
  let norway: Org;
  let japan: Org;

  const put = (id: string, etag: string | undefined, payload: object, caller = manager) =>
    world.app.inject({
      method: 'PUT',
      url: `/api/v1/organisations/${id}`,
      headers: { ...caller.write, ...(etag ? { 'if-match': etag } : {}) },
      payload,
    });
  const etagOf = async (id: string) =>
    (await get(world, manager, `/organisations/${id}`)).headers.etag as string;
  const rows = async () => (await world.database.db.select({ n: count() }).from(organisations))[0]!.n;
  const memberState = (en: string, fr: string, isoCode: string | null) => ({
    kind: 'member_state',
    isoCode,
    name: { en, fr },
    iatiRef: null,
    iatiType: '10',
  });

  beforeAll(async () => {
    world = await createWorld(driver);
    manager = await signIn(world.app, world.users.trust_fund_manager);
    canada = created<Org>(
      await post(world, manager, '/organisations', memberState('Canada', 'Canada', 'CA')),
    );
    norway = created<Org>(
      await post(world, manager, '/organisations', memberState('Norway', 'Norvège', 'NO')),
    );
    japan = created<Org>(
      await post(world, manager, '/organisations', {
        kind: 'partner',
        partnerId: world.partners.japan,
        name: { en: '', fr: '' },
      }),
    );
  });
  afterAll(() => world?.close());

  it('shows a partner liaison the member states and its own partner’s row, never another partner’s', async () => {
    const georgia = created<Org>(
      await post(world, manager, '/organisations', {
        kind: 'partner',
        partnerId: world.partners.georgia,
        name: { en: '', fr: '' },
      }),
    );
    const liaison = await signIn(world.app, world.users.partner_liaison);
    const listed = await get(world, liaison, '/organisations');
    expect(listed.statusCode, listed.body).toBe(200);
    const ids = (listed.json() as { items: Org[] }).items.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([canada.id, norway.id, japan.id]));
    expect(ids).not.toContain(georgia.id);
    expect(listed.body).not.toContain(world.partners.georgia);
    expect((await get(world, liaison, `/organisations/${georgia.id}`)).statusCode).toBe(404);
    expect((await get(world, liaison, `/organisations/${japan.id}`)).statusCode).toBe(200);
    expect((await get(world, manager, `/organisations/${georgia.id}`)).statusCode).toBe(200);
  });

  it('reads one organisation with its ETag, renames it with If-Match, and audits the change', async () => {
    const read = await get(world, manager, `/organisations/${canada.id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.headers.etag).toBe(etagFor(canada.id, 1));
    expect(read.json()).toMatchObject({ kind: 'member_state', isoCode: 'CA', name: { en: 'Canada' } });

    const response = await put(canada.id, read.headers.etag as string, {
      ...memberState('Canada (Global Affairs)', 'Canada (Affaires mondiales)', 'CA'),
      iatiRef: 'XM-DAC-301',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers.etag).toBe(etagFor(canada.id, 2));
    expect(response.json()).toMatchObject({
      id: canada.id,
      name: { en: 'Canada (Global Affairs)', fr: 'Canada (Affaires mondiales)' },
      iatiRef: 'XM-DAC-301',
      version: 2,
    });
    const list = (await get(world, manager, '/organisations?q=global%20affairs')).json().items as Org[];
    expect(list.map((o) => o.id)).toEqual([canada.id]);

    const [audit] = await world.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'organisation.update'), eq(auditEvents.entityId, canada.id)));
    expect(audit).toMatchObject({
      entityType: 'organisation',
      before: { name: { en: 'Canada' }, version: 1 },
      after: { name: { en: 'Canada (Global Affairs)' }, iatiRef: 'XM-DAC-301', version: 2 },
    });
  });

  it('answers 428 without If-Match and 412 to a stale or foreign one', async () => {
    const body = memberState('Norway', 'Norvège', 'NO');
    const missing = await put(norway.id, undefined, body);
    expect(missing.statusCode).toBe(428);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const current = await etagOf(norway.id);
    expect((await put(norway.id, current, { ...body, iatiRef: 'XM-DAC-8' })).statusCode).toBe(200);
    const stale = await put(norway.id, current, { ...body, iatiRef: 'XM-DAC-9' });
    expect(stale.statusCode).toBe(412);
    expect(problem(stale).code).toBe('precondition.failed');
    expect((await put(norway.id, etagFor(canada.id, 2), body)).statusCode).toBe(412);
    expect((await get(world, manager, `/organisations/${norway.id}`)).json().iatiRef).toBe('XM-DAC-8');
  });

  it('refuses a name or a member state’s ISO code another organisation has (409), on create and on edit', async () => {
    const etag = await etagOf(norway.id);
    const sameName = await put(norway.id, etag, memberState('canada (global affairs)', 'Norvège', 'NO'));
    expect(sameName.statusCode, sameName.body).toBe(409);
    expect(problem(sameName)).toMatchObject({ code: 'organisation.duplicate_name' });
    expect(problem(sameName).detail).toContain('canada (global affairs)');
    const sameCode = await put(norway.id, etag, memberState('Norway', 'Norvège', 'CA'));
    expect(sameCode.statusCode, sameCode.body).toBe(409);
    expect(problem(sameCode).code).toBe('organisation.duplicate');
    const before = await rows();
    const twice = await post(world, manager, '/organisations', {
      kind: 'agency',
      name: { en: 'Another', fr: 'Norvège' },
    });
    expect(twice.statusCode, twice.body).toBe(409);
    expect(problem(twice).code).toBe('organisation.duplicate_name');
    expect(await rows()).toBe(before);
    // Its own name and code are no clash.
    expect((await put(norway.id, etag, memberState('Norway', 'Norvège', 'NO'))).statusCode).toBe(200);
  });

  it('keeps a partner’s row tied to its partner: names ignored, kind and partner fixed', async () => {
    const etag = await etagOf(japan.id);
    const renamed = await put(japan.id, etag, {
      kind: 'partner',
      partnerId: world.partners.japan,
      name: { en: 'Nippon', fr: 'Nippon' },
      iatiRef: 'XM-DAC-701',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().name.en).toBe(japan.name.en);
    expect(renamed.json()).toMatchObject({ iatiRef: 'XM-DAC-701', version: 2 });
    const next = renamed.headers.etag as string;
    const toState = await put(japan.id, next, memberState('Japan', 'Japon', 'JP'));
    expect(toState.statusCode).toBe(422);
    expect(problem(toState).code).toBe('organisation.kind_locked');
    const moved = await put(japan.id, next, {
      kind: 'partner',
      partnerId: world.partners.georgia,
      name: { en: '', fr: '' },
    });
    expect(moved.statusCode).toBe(422);
    expect(problem(moved).code).toBe('organisation.partner_locked');
    const toPartner = await put(canada.id, await etagOf(canada.id), {
      kind: 'partner',
      partnerId: world.partners.georgia,
      name: { en: '', fr: '' },
    });
    expect(toPartner.statusCode).toBe(422);
    expect(problem(toPartner).code).toBe('organisation.kind_locked');
  });

  it('answers 404 for an unknown organisation, read or edited', async () => {
    const id = randomUUID();
    const read = await get(world, manager, `/organisations/${id}`);
    expect(read.statusCode).toBe(404);
    expect(problem(read).code).toBe('organisation.not_found');
    expect((await put(id, etagFor(id, 1), memberState('Nowhere', '', null))).statusCode).toBe(404);
  });

  it('refuses a bad body with a problem in French, and a staff officer with 403', async () => {
    const french = await frenchManager(world);
    const etag = await etagOf(canada.id);
    const bad = await put(
      canada.id,
      etag,
      { kind: 'member_state', isoCode: 'XX', name: { en: '', fr: '' } },
      french,
    );
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.headers['content-language']).toBe('fr');
    expect(problem(bad).errors.map((e) => e.path)).toEqual(expect.arrayContaining(['isoCode']));
    const staff = await signIn(world.app, world.users.staff_officer);
    expect((await get(world, staff, `/organisations/${canada.id}`)).statusCode).toBe(200);
    const refused = await put(canada.id, etag, memberState('Staff', '', null), staff);
    expect(refused.statusCode).toBe(403);
    expect((await get(world, manager, `/organisations/${canada.id}`)).headers.etag).toBe(etag);
  });
});
