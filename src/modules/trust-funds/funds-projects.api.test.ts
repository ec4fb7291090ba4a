import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tfBudgets, tfProjects, trustFunds } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { created, type FundWorld, frenchManager, fundWorld, get, post } from './trust-funds.test-support';

describe.each(drivers)('trust funds and projects on %s', (driver) => {
  let world: World;
  let manager: Caller;
  let liaison: Caller;
  let fw: FundWorld;
  let fundCode: string;
  let projectCode: string;

  const rows = async (table: typeof trustFunds | typeof tfProjects | typeof tfBudgets) =>
    (await world.database.db.select({ n: count() }).from(table))[0]!.n;
  const put = (url: string, etag: string | undefined, payload: object, caller = manager) =>
    world.app.inject({
      method: 'PUT',
      url: `/api/v1${url}`,
      headers: { ...caller.write, ...(etag ? { 'if-match': etag } : {}) },
      payload,
    });

  beforeAll(async () => {
    world = await createWorld(driver);
    manager = await signIn(world.app, world.users.trust_fund_manager);
    liaison = await signIn(world.app, world.users.partner_liaison);
    fw = await fundWorld(world, manager);
    fundCode = (await get(world, manager, `/trust-funds/${fw.fundId}`)).json().code;
    projectCode = (await get(world, manager, `/trust-fund-projects/${fw.projectId}`)).json().code;
  });
  afterAll(() => world?.close());

  it('shows a project with its budgets, lead nations, agency and results, and its beneficiary partner', async () => {
    const project = (await get(world, manager, `/trust-fund-projects/${fw.projectId}`)).json();
    expect(projectCode).toMatch(/^GE-EOD-\d+$/);
    expect(project).toMatchObject({
      beneficiaryCountry: 'GE',
      beneficiaryPartnerId: world.partners.georgia,
      executingAgency: { id: fw.nspaOrg },
      leadNations: [
        {
          id: fw.usOrg,
          name: { en: expect.stringMatching(/^United States/), fr: expect.stringMatching(/^États-Unis/) },
        },
      ],
      budgets: [
        { kind: 'original', amount: '1500000.00', currency: 'EUR' },
        { kind: 'revised', amount: '1750000.00', currency: 'EUR' },
      ],
      indicators: [
        {
          unit: 'hectares',
          title: { en: 'Area cleared', fr: 'Surface dépolluée' },
          periods: [{ periodStart: '2012-01-01', periodEnd: '2014-12-31', target: '571', actual: '571' }],
        },
      ],
    });
  });

  it('adds a phase under a project, and refuses a phase of a phase or of another fund’s project', async () => {
    const phase = created<{ parent: { id: string } }>(
      await post(world, manager, '/trust-fund-projects', {
        fundId: fw.fundId,
        parentId: fw.projectId,
        code: `${projectCode}-P2`,
        title: { en: 'Phase 2', fr: 'Phase 2' },
        beneficiaryCountry: 'GE',
      }),
    );
    expect(phase.parent.id).toBe(fw.projectId);
    const parent = (await get(world, manager, `/trust-fund-projects/${fw.projectId}`)).json();
    expect(parent.phases.map((p: { code: string }) => p.code)).toEqual([`${projectCode}-P2`]);
    const deeper = await post(world, manager, '/trust-fund-projects', {
      fundId: fw.fundId,
      parentId: (phase as unknown as { id: string }).id,
      code: 'TOO-DEEP',
      title: { en: 'Too deep', fr: '' },
      beneficiaryCountry: 'GE',
    });
    expect(deeper.statusCode).toBe(422);
    expect(problem(deeper).code).toBe('tf_project.bad_parent');
    const other = await fundWorld(world, manager);
    const elsewhere = await post(world, manager, '/trust-fund-projects', {
      fundId: other.fundId,
      parentId: fw.projectId,
      code: 'ELSEWHERE',
      title: { en: 'Elsewhere', fr: '' },
      beneficiaryCountry: 'GE',
    });
    expect(elsewhere.statusCode).toBe(422);
  });

  it('refuses bad input with a problem in the caller’s language and writes nothing', async () => {
    const french = await frenchManager(world);
    const before = {
      funds: await rows(trustFunds),
      projects: await rows(tfProjects),
      budgets: await rows(tfBudgets),
    };
    const cases: [string, object, number][] = [
      ['/trust-funds', { code: 'X1', name: { en: 'Fund', fr: '' }, currency: 'ZZZ' }, 422],
      [
        '/trust-funds',
        { code: fundCode.toLowerCase(), name: { en: 'Same code', fr: '' }, currency: 'EUR' },
        409,
      ],
      ['/trust-funds', { code: 'X2', name: { en: '', fr: '' }, currency: 'EUR' }, 400],
      [
        '/trust-funds',
        { code: 'X3', name: { en: 'Fund', fr: '' }, currency: 'EUR', releasability: 'releasable' },
        400,
      ],
      [
        '/trust-fund-projects',
        {
          fundId: fw.fundId,
          code: 'BUDGET-DECIMALS',
          title: { en: 'Budget', fr: '' },
          beneficiaryCountry: 'GE',
          budgets: [
            {
              kind: 'original',
              periodStart: '2020-01-01',
              periodEnd: '2020-12-31',
              amount: '10.001',
              currency: 'EUR',
              valueDate: '2020-01-01',
            },
          ],
        },
        422,
      ],
      [
        '/trust-fund-projects',
        {
          fundId: fw.fundId,
          code: 'BACKWARDS',
          title: { en: 'Dates', fr: '' },
          beneficiaryCountry: 'GE',
          startsOn: '2020-01-01',
          endsOn: '2019-01-01',
        },
        400,
      ],
      [
        '/trust-fund-projects',
        { fundId: fw.fundId, code: 'NOWHERE', title: { en: 'Where', fr: '' }, beneficiaryCountry: 'XX' },
        400,
      ],
      [
        '/trust-fund-projects',
        {
          fundId: fw.fundId,
          code: 'NEG',
          title: { en: 'Result', fr: '' },
          beneficiaryCountry: 'GE',
          indicators: [
            {
              resultType: 'output',
              title: { en: 'Tonnes', fr: '' },
              unit: 'tonnes',
              periods: [{ periodStart: '2020-01-01', periodEnd: '2020-12-31', actual: '-5' }],
            },
          ],
        },
        422,
      ],
      [
        '/trust-fund-projects',
        {
          fundId: fw.fundId,
          code: projectCode,
          title: { en: 'Same code', fr: '' },
          beneficiaryCountry: 'GE',
        },
        409,
      ],
    ];
    for (const [url, payload, status] of cases) {
      const response = await post(world, french, url, payload);
      expect(response.statusCode, `${url} ${JSON.stringify(payload)}: ${response.body}`).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['content-language']).toBe('fr');
    }
    expect({
      funds: await rows(trustFunds),
      projects: await rows(tfProjects),
      budgets: await rows(tfBudgets),
    }).toEqual(before);
  });

  it('replaces a project with If-Match, and answers 412 to a stale version', async () => {
    const url = `/trust-fund-projects/${fw.projectId}`;
    const current = await get(world, manager, url);
    const body = {
      code: projectCode,
      title: { en: 'Explosive ordnance disposal at a depot site', fr: 'Neutralisation des explosifs' },
      beneficiaryCountry: 'GE',
      status: 'completed',
      releasability: 'public',
      budgets: [
        {
          kind: 'original',
          periodStart: '2012-01-01',
          periodEnd: '2012-12-31',
          amount: '1500000',
          currency: 'EUR',
          valueDate: '2012-01-01',
        },
      ],
    };
    expect((await put(url, undefined, body)).statusCode).toBe(428);
    const ok = await put(url, current.headers.etag as string, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'completed',
      budgets: [{ amount: '1500000.00' }],
      indicators: [],
      leadNations: [],
    });
    expect((await put(url, current.headers.etag as string, body)).statusCode).toBe(412);
  });

  it('lets a liaison read what is released to it and nothing internal, and change nothing', async () => {
    // The fund is internal: the liaison does not see it, nor answers differ from a missing one.
    expect((await get(world, liaison, `/trust-funds/${fw.fundId}`)).statusCode).toBe(404);
    expect((await get(world, liaison, '/trust-funds')).json().items).toEqual([]);
    // The project is public: visible, with its results.
    const project = await get(world, liaison, `/trust-fund-projects/${fw.projectId}`);
    expect(project.statusCode).toBe(200);
    const write = await post(world, liaison, '/trust-funds', {
      code: 'MINE',
      name: { en: 'Mine', fr: '' },
      currency: 'EUR',
    });
    expect(write.statusCode).toBe(403);
    const provider = await signIn(world.app, world.users.activity_provider);
    expect((await get(world, provider, '/trust-funds')).statusCode).toBe(403);
  });
});
