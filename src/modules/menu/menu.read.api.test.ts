import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import type { Activity, MenuPage } from './menu.schemas';
import { createActivity, moveActivity, publishedActivity } from './menu.test-support';

describe.each(drivers)('the menu as each caller reads it, on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let provider: Caller;
  let liaison: Caller;
  let georgia: Caller;
  let viewer: Caller;
  const made: Record<string, Activity> = {};

  const search = async (caller: Caller, query: string) => {
    const response = await world.app.inject({
      url: `/api/v1/menu/activities?${query}`,
      headers: caller.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as MenuPage;
  };
  const codes = (page: MenuPage) => page.items.map((item) => item.code).sort();

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    provider = await signIn(world.app, world.users.activity_provider);
    liaison = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, 'georgia.liaison@test');
    viewer = await signIn(world.app, world.users.viewer);
    const f = world.frameworks;
    made.open = await publishedActivity(world, staff, { code: 'NSO.100' });
    made.cyber = await publishedActivity(world, staff, {
      code: 'CCD.200',
      providerId: world.providers.get('CCDCOE'),
      kind: 'seminar',
      title: { en: 'Network security for defence', fr: 'Sécurité des réseaux de défense' },
      description: { en: 'Protecting military networks.', fr: 'Protéger les réseaux militaires.' },
      areaIds: [world.areas.get('CYBER')],
      languages: ['en', 'fr'],
      iterations: [
        { startsOn: '2026-06-01', endsOn: '2026-06-05', city: 'Tallinn', countryCode: 'EE', seats: 20 },
        { startsOn: null, endsOn: null, online: true, seats: 100 },
      ],
    });
    made.pfpOnly = await publishedActivity(world, staff, {
      code: 'NSO.300',
      title: { en: 'Defence institution building', fr: 'Renforcement des institutions de défense' },
      eligibility: { kind: 'frameworks', frameworkIds: [f.get('PFP')], partnerIds: [] },
    });
    made.japanOnly = await publishedActivity(world, staff, {
      code: 'NSO.400',
      title: { en: 'Maritime security dialogue', fr: 'Dialogue sur la sûreté maritime' },
      areaIds: [world.areas.get('MARSEC')],
      eligibility: { kind: 'partners', frameworkIds: [], partnerIds: [world.partners.japan] },
    });
    made.internal = await publishedActivity(world, staff, { code: 'NSO.500', releasability: 'internal' });
    made.draft = await createActivity(world, staff, { code: 'NSO.600' });
    made.otherDraft = await createActivity(world, staff, {
      code: 'CCD.700',
      providerId: world.providers.get('CCDCOE'),
    });
  });
  afterAll(() => world?.close());

  it('shows the staff every activity of the year, drafts included', async () => {
    const page = await search(staff, 'year=2026');
    expect(codes(page)).toEqual([
      'CCD.200',
      'CCD.700',
      'NSO.100',
      'NSO.300',
      'NSO.400',
      'NSO.500',
      'NSO.600',
    ]);
    expect(page.total).toBe(7);
  });

  it('shows the public only published public activities', async () => {
    const page = await search(anonymous, 'year=2026');
    expect(codes(page)).toEqual(['CCD.200', 'NSO.100', 'NSO.300', 'NSO.400']);
    const internal = await world.app.inject({ url: `/api/v1/menu/activities/${made.internal!.id}` });
    expect(internal.statusCode).toBe(404);
    expect(problem(internal).code).toBe('activity.not_found');
  });

  it('shows a liaison only what its partner may see and apply to', async () => {
    // Japan (PAG): not the PfP-only activity; the one named for Japan, yes.
    expect(codes(await search(liaison, 'year=2026'))).toEqual(['CCD.200', 'NSO.100', 'NSO.400']);
    // Georgia (PfP): the PfP one, not Japan's.
    expect(codes(await search(georgia, 'year=2026'))).toEqual(['CCD.200', 'NSO.100', 'NSO.300']);
    const foreign = await world.app.inject({
      url: `/api/v1/menu/activities/${made.japanOnly!.id}`,
      headers: georgia.headers,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('hides who is named and eligible from a liaison, and shows it to the staff', async () => {
    const asLiaison = await world.app.inject({
      url: `/api/v1/menu/activities/${made.japanOnly!.id}`,
      headers: liaison.headers,
    });
    expect(asLiaison.json()).toMatchObject({ eligiblePartners: [], eligibleNow: [], editable: false });
    const asStaff = await world.app.inject({
      url: `/api/v1/menu/activities/${made.pfpOnly!.id}`,
      headers: staff.headers,
    });
    const names = asStaff.json().eligibleNow.map((p: { name: { en: string } }) => p.name.en);
    // Georgia is in PfP; Russia too but suspended, so not eligible now.
    expect(names).toEqual(['Georgia']);
    expect(asStaff.json().eligibleFrameworks.map((x: { code: string }) => x.code)).toEqual(['PFP']);
  });

  it('shows a provider its own drafts but not another provider’s, and viewers no draft', async () => {
    expect(codes(await search(provider, 'year=2026'))).toContain('NSO.600');
    expect(codes(await search(provider, 'year=2026'))).not.toContain('CCD.700');
    expect(codes(await search(viewer, 'year=2026'))).not.toContain('NSO.600');
    const draft = await world.app.inject({
      url: `/api/v1/menu/activities/${made.draft!.id}`,
      headers: viewer.headers,
    });
    expect(draft.statusCode).toBe(404);
  });

  it('finds activities in English and French, with or without accents, by prefix and by code', async () => {
    expect(codes(await search(anonymous, 'year=2026&q=securite'))).toEqual(['CCD.200']);
    expect(codes(await search(anonymous, 'year=2026&q=s%C3%A9curit%C3%A9%20r%C3%A9seaux'))).toEqual([
      'CCD.200',
    ]);
    expect(codes(await search(anonymous, 'year=2026&q=network'))).toEqual(['CCD.200']);
    expect(codes(await search(anonymous, 'year=2026&q=networks'))).toEqual(['CCD.200']);
    expect(codes(await search(anonymous, 'year=2026&q=gestion%20crises'))).toEqual(['NSO.100']);
    expect(codes(await search(anonymous, 'year=2026&q=surete%20maritime'))).toEqual(['NSO.400']);
    expect(codes(await search(anonymous, 'year=2026&q=ccd.2'))).toEqual(['CCD.200']);
    // Nothing searchable in it: the text-search operators are never passed through, the filter is void.
    expect(codes(await search(anonymous, 'year=2026&q=%22%27%3A*%26%7C!'))).toEqual(
      codes(await search(anonymous, 'year=2026')),
    );
  });

  it('filters by area, kind, provider, language, country, online and dates', async () => {
    expect(codes(await search(anonymous, 'year=2026&area=CYBER'))).toEqual(['CCD.200']);
    expect(codes(await search(anonymous, 'year=2026&area=CYBER&area=MARSEC'))).toEqual([
      'CCD.200',
      'NSO.400',
    ]);
    expect(codes(await search(anonymous, 'year=2026&kind=seminar'))).toEqual(['CCD.200']);
    expect(codes(await search(anonymous, 'year=2026&provider=NSO'))).toEqual([
      'NSO.100',
      'NSO.300',
      'NSO.400',
    ]);
    expect(codes(await search(anonymous, 'year=2026&language=fr'))).toEqual(['CCD.200']);
    expect(codes(await search(anonymous, 'year=2026&country=EE'))).toEqual(['CCD.200']);
    const online = await search(anonymous, 'year=2026&online=true');
    expect(codes(online)).toEqual(['CCD.200']);
    // Only the matching iteration comes with the activity.
    expect(online.items[0]!.iterations.map((it) => it.selfPaced)).toEqual([true]);
    expect(codes(await search(anonymous, 'year=2026&from=2026-05-01&to=2026-06-30'))).toEqual(['CCD.200']);
    expect(codes(await search(anonymous, 'year=2025'))).toEqual([]);
  });

  it('counts each facet with every other filter applied but its own', async () => {
    const page = await search(anonymous, 'year=2026&area=CYBER');
    const areas = Object.fromEntries(page.facets!.area.map((f) => [f.value, f.count]));
    // The area facet ignores the area filter, so the other areas keep their counts.
    expect(areas).toEqual({ CRISIS: 2, CYBER: 1, MARSEC: 1 });
    const kinds = Object.fromEntries(page.facets!.kind.map((f) => [f.value, f.count]));
    expect(kinds).toEqual({ seminar: 1 });
    expect(page.facets!.area.find((f) => f.value === 'CYBER')!.label).toEqual({
      en: expect.any(String),
      fr: expect.any(String),
    });
    expect(page.facets!.country).toEqual([{ value: 'EE', label: null, count: 1 }]);
  });

  it('lists only applications open today with openNow, and says so per iteration', async () => {
    world.clock.set(Date.parse('2026-01-20T09:00:00Z'));
    try {
      const opened = await moveActivity(world, staff, made.open!, 'open');
      expect(opened.iterations[0]).toMatchObject({ status: 'open', deadlineState: 'closing_soon' });
      expect(codes(await search(anonymous, 'year=2026&openNow=true'))).toEqual(['NSO.100']);
      world.clock.set(Date.parse('2026-02-01T09:00:00Z'));
      expect(codes(await search(anonymous, 'year=2026&openNow=true'))).toEqual([]);
    } finally {
      world.clock.set(Date.parse('2026-11-24T09:00:00Z'));
    }
  });

  it('filters by what a partner may apply to (open and released to it), and refuses an unknown one', async () => {
    const query = `year=2026&eligibleFor=${world.partners.georgia}&status=published,open`;
    // NSO.500 is open to every partner but internal: Georgia cannot see it, so cannot apply.
    expect(codes(await search(staff, query))).toEqual(['CCD.200', 'NSO.100', 'NSO.300']);
    const unknown = await world.app.inject({
      url: '/api/v1/menu/activities?eligibleFor=00000000-0000-4000-8000-000000000000',
      headers: staff.headers,
    });
    expect(unknown.statusCode).toBe(422);
  });

  it('sorts and pages', async () => {
    const first = await search(staff, 'year=2026&sort=code&limit=2');
    expect(first.items.map((i) => i.code)).toEqual(['CCD.200', 'CCD.700']);
    expect(first.total).toBe(7);
    const last = await search(staff, 'year=2026&sort=-code&limit=2&page=5&facets=false');
    expect(last).toMatchObject({ items: [], total: 7, facets: null });
  });

  it('answers a bad filter with a field error in the caller’s language', async () => {
    const response = await world.app.inject({
      url: '/api/v1/menu/activities?kind=lecture&limit=1000',
      headers: { 'accept-language': 'fr' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(
      problem(response)
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['querystring.kind.0', 'querystring.limit']);
    expect(problem(response).title).toMatch(/requête/i);
  });

  it('lists the years and the calendar of what the caller may see', async () => {
    const years = await world.app.inject({ url: '/api/v1/menu/years' });
    expect(years.json()).toEqual({ items: [{ year: 2026, activities: 4 }], current: 2026 });
    const calendar = await world.app.inject({ url: '/api/v1/menu/calendar?year=2026' });
    const entries = calendar.json().items as { code: string; startsOn: string }[];
    expect(entries.map((e) => e.code)).toEqual(['NSO.100', 'NSO.300', 'NSO.400', 'CCD.200']);
    expect(entries.every((e) => e.startsOn !== null)).toBe(true);
  });
});
