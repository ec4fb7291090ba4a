import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import type { Nomination, NominationPage } from './nominations.schemas';
import { nominated, openIteration, readNomination, signInNew } from './nominations.test-support';

/** Who sees which nominations, and the participants' personal data in them. */
describe.each(drivers)('nominations as each caller sees them, on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let admin: Caller;
  let liaison: Caller;
  let georgia: Caller;
  let provider: Caller;
  let otherProvider: Caller;
  let viewer: Caller;
  let japanAtNso: Nomination;
  let georgiaAtNso: Nomination;
  let japanAtCcd: Nomination;
  let nsoIteration: string;
  let ccdIteration: string;

  const list = async (caller: Caller, query = '') => {
    const response = await world.app.inject({ url: `/api/v1/nominations?${query}`, headers: caller.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as NominationPage;
  };
  const ids = (page: { items: { id: string }[] }) => page.items.map((n) => n.id).sort();

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    admin = await signIn(world.app, world.users.admin);
    liaison = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, 'georgia.liaison@test');
    provider = await signIn(world.app, world.users.activity_provider);
    viewer = await signIn(world.app, world.users.viewer);
    otherProvider = await signInNew(world, 'ccdcoe.provider@test', 'activity_provider', {
      providerId: world.providers.get('CCDCOE')!,
    });
    nsoIteration = (await openIteration(world, staff, { seats: 5 })).iteration.id;
    ccdIteration = (
      await openIteration(world, staff, {
        activity: { providerId: world.providers.get('CCDCOE'), year: 2028 },
        startsOn: '2028-02-07',
        endsOn: '2028-02-11',
        nominationDeadline: '2028-01-10',
      })
    ).iteration.id;
    japanAtNso = await nominated(world, liaison, nsoIteration, {
      fullName: 'Sato Hanako',
      email: 'h.sato@example.jp',
    });
    georgiaAtNso = await nominated(world, georgia, nsoIteration, {
      fullName: 'Nino Beridze',
      nationality: 'GE',
    });
    japanAtCcd = await nominated(world, liaison, ccdIteration, { fullName: 'Ito Ken' });
  });
  afterAll(() => world?.close());

  it('shows the staff every nomination with the personal data', async () => {
    for (const caller of [staff, admin]) {
      const page = await list(caller);
      expect(ids(page)).toEqual([japanAtNso.id, georgiaAtNso.id, japanAtCcd.id].sort());
      expect(page.total).toBe(3);
      expect(page.items.find((n) => n.id === japanAtNso.id)).toMatchObject({
        fullName: 'Sato Hanako',
        email: 'h.sato@example.jp',
        rankTitle: 'Major',
        nationality: 'JP',
      });
    }
  });

  it('shows a liaison its own partner’s nominations only; another partner’s is 404', async () => {
    expect(ids(await list(liaison))).toEqual([japanAtNso.id, japanAtCcd.id].sort());
    expect(ids(await list(georgia))).toEqual([georgiaAtNso.id]);
    // Naming another partner in the filter does not widen the scope.
    expect((await list(liaison, `partnerId=${world.partners.georgia}`)).items).toEqual([]);
    const foreign = await readNomination(world, georgia, japanAtNso.id);
    expect([foreign.statusCode, problem(foreign).code]).toEqual([404, 'nomination.not_found']);
    expect(foreign.body).not.toContain('Sato');
    const own = await readNomination(world, liaison, japanAtNso.id);
    expect(own.json()).toMatchObject({
      fullName: 'Sato Hanako',
      reports: [],
      seats: { offered: 5, accepted: 2 },
    });
    expect(own.headers.etag).toBe(`"${japanAtNso.id}.1"`);
  });

  it('shows a provider the nominations to its own activities only', async () => {
    expect(ids(await list(provider))).toEqual([japanAtNso.id, georgiaAtNso.id].sort());
    expect(ids(await list(otherProvider))).toEqual([japanAtCcd.id]);
    expect((await readNomination(world, provider, japanAtNso.id)).json().email).toBe('h.sato@example.jp');
    const foreign = await readNomination(world, provider, japanAtCcd.id);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('Ito Ken');
  });

  it('refuses the roles that have no business with participants', async () => {
    const trustFund = await signIn(world.app, world.users.trust_fund_manager);
    for (const caller of [viewer, trustFund]) {
      expect(
        (await world.app.inject({ url: '/api/v1/nominations', headers: caller.headers })).statusCode,
      ).toBe(403);
      const one = await readNomination(world, caller, japanAtNso.id);
      expect(one.statusCode).toBe(403);
      expect(one.body).not.toContain('Sato');
    }
    expect((await world.app.inject({ url: '/api/v1/nominations' })).statusCode).toBe(401);
  });

  it('filters by iteration, activity, partner, status, year and pages', async () => {
    expect(ids(await list(staff, `iterationId=${nsoIteration}`))).toEqual(
      [japanAtNso.id, georgiaAtNso.id].sort(),
    );
    expect(ids(await list(staff, `activityId=${japanAtCcd.activity.id}`))).toEqual([japanAtCcd.id]);
    expect(ids(await list(staff, `partnerId=${world.partners.georgia}`))).toEqual([georgiaAtNso.id]);
    expect(ids(await list(staff, 'year=2028'))).toEqual([japanAtCcd.id]);
    expect(ids(await list(staff, 'status=waitlisted'))).toEqual([]);
    expect(ids(await list(staff, 'status=accepted&year=2027'))).toEqual(
      [japanAtNso.id, georgiaAtNso.id].sort(),
    );
    const first = await list(staff, 'limit=2');
    const second = await list(staff, 'limit=2&page=2');
    expect([first.items.length, second.items.length, first.total]).toEqual([2, 1, 3]);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(3);
    const bad = await world.app.inject({ url: '/api/v1/nominations?status=maybe', headers: staff.headers });
    expect(bad.statusCode).toBe(400);
  });

  it('shows an iteration’s seats to whoever may see it, with the nominations the caller may see', async () => {
    const url = `/api/v1/menu/iterations/${nsoIteration}/nominations`;
    const asGeorgia = await world.app.inject({ url, headers: georgia.headers });
    expect(asGeorgia.json().seats).toMatchObject({ offered: 5, accepted: 2, free: 3 });
    expect(asGeorgia.json().items.map((n: Nomination) => n.id)).toEqual([georgiaAtNso.id]);
    const asProvider = await world.app.inject({ url, headers: provider.headers });
    expect(asProvider.json().items).toHaveLength(2);
    const foreign = await world.app.inject({ url, headers: otherProvider.headers });
    expect([foreign.statusCode, problem(foreign).code]).toEqual([404, 'iteration.not_found']);
    expect((await world.app.inject({ url, headers: viewer.headers })).statusCode).toBe(403);
  });
});
