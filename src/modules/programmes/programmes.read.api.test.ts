import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import type { Programme, ProgrammePage } from './programmes.schemas';
import {
  createProgramme,
  ifMatch,
  newVersion,
  programmeAt,
  programmeCounts,
  step,
} from './programmes.test-support';

describe.each(drivers)('programmes as each caller reads them, on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  let georgia: Caller;
  let viewer: Caller;
  let provider: Caller;
  const made: Record<string, Programme> = {};

  const list = async (caller: Caller, query = '') => {
    const response = await world.app.inject({ url: `/api/v1/programmes?${query}`, headers: caller.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ProgrammePage;
  };
  const titles = (page: ProgrammePage) => page.items.map((p) => p.title.en).sort();

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, 'georgia.liaison@test');
    viewer = await signIn(world.app, world.users.viewer);
    provider = await signIn(world.app, world.users.activity_provider);
    made.japan = await createProgramme(world, liaison, {
      title: { en: 'Japan cooperation', fr: 'Coopération avec le Japon' },
      period: { startsOn: '2014-05-06', endsOn: '2016-05-05' },
    });
    made.japanAgreed = await programmeAt(world, staff, 'agreed', {
      title: { en: 'Japan security partnership', fr: 'Partenariat de sécurité du Japon' },
      period: { startsOn: '2026-01-01', endsOn: '2027-12-31' },
    });
    made.japanV2 = await newVersion(world, liaison, made.japanAgreed);
    made.georgia = await createProgramme(world, georgia, {
      partnerId: world.partners.georgia,
      title: { en: 'Georgia defence reform', fr: 'Réforme de la défense géorgienne' },
      period: { startsOn: '2025-01-01', endsOn: '2026-12-31' },
    });
    made.russia = await createProgramme(world, staff, {
      partnerId: world.partners.russia,
      title: { en: 'Russia dialogue', fr: 'Dialogue avec la Russie' },
      period: { startsOn: '2010-01-01', endsOn: '2011-12-31' },
    });
  });
  afterAll(() => world?.close());

  it('lists the latest version of every programme for the staff and viewers', async () => {
    for (const caller of [staff, viewer]) {
      const page = await list(caller);
      expect(titles(page)).toEqual([
        'Georgia defence reform',
        'Japan cooperation',
        'Japan security partnership',
        'Russia dialogue',
      ]);
      expect(page).toMatchObject({ total: 4, page: 1, limit: 25 });
      const security = page.items.find((p) => p.title.en === 'Japan security partnership')!;
      expect(security).toMatchObject({ id: made.japanV2!.id, versionNo: 2, status: 'draft' });
    }
  });

  it('lists every version when asked', async () => {
    const page = await list(staff, 'allVersions=true&q=security');
    expect(page.items.map((p) => [p.versionNo, p.status])).toEqual([
      [2, 'draft'],
      [1, 'agreed'],
    ]);
  });

  it('shows a liaison its own partner’s programmes only, whatever it filters by', async () => {
    expect(titles(await list(liaison))).toEqual(['Japan cooperation', 'Japan security partnership']);
    const foreign = await list(liaison, `partner=${world.partners.russia}`);
    expect(foreign).toMatchObject({ items: [], total: 0 });
    expect(titles(await list(georgia))).toEqual(['Georgia defence reform']);
  });

  it('searches titles in either language, ignoring case and accents', async () => {
    expect(titles(await list(staff, 'q=COOPERATION'))).toEqual(['Japan cooperation']);
    expect(titles(await list(staff, 'q=r%C3%A9forme'))).toEqual(['Georgia defence reform']);
    expect(titles(await list(staff, 'q=securite'))).toEqual(['Japan security partnership']);
    expect(titles(await list(staff, 'q=100%25'))).toEqual([]);
  });

  it('filters by partner, status and year (period overlapping it)', async () => {
    expect(titles(await list(staff, `partner=${world.partners.georgia}`))).toEqual([
      'Georgia defence reform',
    ]);
    expect(titles(await list(staff, 'status=draft'))).toHaveLength(4);
    expect(titles(await list(staff, 'allVersions=true&status=agreed,returned'))).toEqual([
      'Japan security partnership',
    ]);
    expect(titles(await list(staff, 'year=2015'))).toEqual(['Japan cooperation']);
    expect(titles(await list(staff, 'year=2026'))).toEqual([
      'Georgia defence reform',
      'Japan security partnership',
    ]);
  });

  it('sorts and pages', async () => {
    const byStart = await list(staff, 'sort=startsOn&limit=2');
    expect(byStart.items.map((p) => p.title.en)).toEqual(['Russia dialogue', 'Japan cooperation']);
    expect(byStart.total).toBe(4);
    const second = await list(staff, 'sort=startsOn&limit=2&page=2');
    expect(second.items.map((p) => p.title.en)).toEqual([
      'Georgia defence reform',
      'Japan security partnership',
    ]);
    const past = await list(staff, 'sort=startsOn&limit=2&page=9');
    expect(past).toMatchObject({ items: [], total: 4 });
    const byTitle = await list(staff, 'sort=-title');
    expect(byTitle.items[0]!.title.en).toBe('Russia dialogue');
    const byPartner = await list(staff, 'sort=partner');
    expect(byPartner.items[0]!.partner.name.en).toBe('Georgia');
  });

  it.each([
    ['an unknown parameter', 'colour=blue'],
    ['an unknown status', 'status=lost'],
    ['a bad partner id', 'partner=japan'],
    ['a year out of range', 'year=1800'],
    ['an over-long search', `q=${'x'.repeat(201)}`],
    ['an unknown sort', 'sort=size'],
  ])('refuses %s with 400', async (_name, query) => {
    const response = await world.app.inject({ url: `/api/v1/programmes?${query}`, headers: staff.headers });
    expect(response.statusCode).toBe(400);
  });

  it('refuses callers without programme.read', async () => {
    expect((await world.app.inject({ url: '/api/v1/programmes' })).statusCode).toBe(401);
    expect(
      (await world.app.inject({ url: '/api/v1/programmes', headers: provider.headers })).statusCode,
    ).toBe(403);
    expect(anonymous.headers).toEqual({});
  });

  it('shows a version whole, with its ETag, history and the other versions', async () => {
    const response = await world.app.inject({
      url: `/api/v1/programmes/${made.japanAgreed!.id}`,
      headers: liaison.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe(`"${made.japanAgreed!.id}.${made.japanAgreed!.version}"`);
    const programme: Programme = response.json();
    expect(programme).toMatchObject({
      status: 'agreed',
      agreement: { agreedOn: '2026-11-20', byPartner: 'The Ambassador', byAlliance: 'The Deputy SG' },
      agreedOn: '2026-11-20',
      editable: false,
      transitions: [],
      canCreateVersion: false,
    });
    expect(programme.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'draft'],
      ['draft', 'submitted'],
      ['submitted', 'under_review'],
      ['under_review', 'agreed'],
    ]);
    expect(programme.history[3]!.actor.name).toBe('staff_officer');
    expect(programme.versions.map((v) => [v.versionNo, v.status])).toEqual([
      [1, 'agreed'],
      [2, 'draft'],
    ]);
    const asStaff = await world.app.inject({
      url: `/api/v1/programmes/${made.japanAgreed!.id}`,
      headers: staff.headers,
    });
    expect(asStaff.json().transitions).toEqual(['active']);
  });

  it('answers a liaison 404 for another partner’s programme on every route, and writes nothing', async () => {
    const foreign = made.russia!;
    const other = made.georgia!;
    const before = await programmeCounts(world);
    for (const target of [foreign, other]) {
      const base = `/api/v1/programmes/${target.id}`;
      const requests = [
        { method: 'GET', url: base },
        {
          method: 'PATCH',
          url: base,
          payload: { summary: { en: 'mine now', fr: '' } },
          headers: ifMatch(target),
        },
        {
          method: 'POST',
          url: `${base}/transitions`,
          payload: { to: 'submitted' },
          headers: ifMatch(target),
        },
        { method: 'POST', url: `${base}/versions` },
        { method: 'GET', url: `${base}/diff?with=${target.id}` },
        { method: 'GET', url: `${base}/coverage` },
      ] as const;
      for (const r of requests) {
        const response = await world.app.inject({
          method: r.method,
          url: r.url,
          headers: { ...liaison.write, ...('headers' in r ? r.headers : {}) },
          ...('payload' in r ? { payload: r.payload } : {}),
        });
        expect(response.statusCode, `${r.method} ${r.url}`).toBe(404);
        expect(problem(response).code).toBe('programme.not_found');
        expect(response.body).not.toContain(target.title.en);
      }
    }
    // Comparing its own version with a foreign one: 404 too.
    const mixed = await world.app.inject({
      url: `/api/v1/programmes/${made.japan!.id}/diff?with=${foreign.id}`,
      headers: liaison.headers,
    });
    expect(mixed.statusCode).toBe(404);
    expect(await programmeCounts(world)).toEqual(before);
  });

  it('keeps a liaison’s step on its own programme working after the checks above', async () => {
    const own = await createProgramme(world, liaison, { partnerId: undefined });
    expect((await step(world, liaison, own, 'submitted')).status).toBe('submitted');
  });
});
