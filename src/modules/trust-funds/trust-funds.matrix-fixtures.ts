import { etagOf, type Fixture, type Variant } from '../../server/access-matrix.fixtures';
import { type Caller, signIn, type World } from '../../test/world';

/**
 * The trust funds' rows in the authorization matrix (src/server/access-matrix.test.ts). `own` is what
 * Japan's liaison may see: a public fund and project, Japan's own contribution; `foreign` an internal
 * fund and project, and another donor's contribution: 404 for the liaison, like a missing record.
 */
interface MatrixMoney {
  fund: Record<Variant, string>;
  project: Record<Variant, string>;
  transaction: Record<Variant, string>;
  donor: string;
}

const made = new WeakMap<World, Promise<MatrixMoney>>();

/** A fresh administrator's session each time: the matrix changes passwords, which ends older sessions. */
const admin = (world: World): Promise<Caller> => signIn(world.app, world.users.admin);

async function post(world: World, admin: Caller, url: string, payload: object) {
  const response = await world.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: admin.write,
    payload,
  });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return (response.json() as { id: string }).id;
}

async function make(world: World): Promise<MatrixMoney> {
  const caller = await admin(world);
  const japan = await post(world, caller, '/organisations', {
    kind: 'partner',
    partnerId: world.partners.japan,
    name: { en: '', fr: '' },
  });
  const donor = await post(world, caller, '/organisations', {
    kind: 'member_state',
    name: { en: 'Matrix member state', fr: 'État membre de la matrice' },
  });
  const fund = async (code: string, releasability: string) =>
    post(world, caller, '/trust-funds', {
      code,
      name: { en: code, fr: code },
      currency: 'EUR',
      releasability,
    });
  const ownFund = await fund('MATRIX-PUBLIC', 'public');
  const foreignFund = await fund('MATRIX-INTERNAL', 'internal');
  const project = (fundId: string, code: string, releasability: string) =>
    post(world, caller, '/trust-fund-projects', {
      fundId,
      code,
      title: { en: code, fr: code },
      beneficiaryCountry: 'GE',
      releasability,
    });
  const ownProject = await project(ownFund, 'P-PUBLIC', 'public');
  const foreignProject = await project(foreignFund, 'P-INTERNAL', 'internal');
  const contribution = (partyId: string) =>
    post(world, caller, '/trust-fund-transactions', {
      fundId: ownFund,
      type: 'incoming_funds',
      partyId,
      amount: '1000.00',
      currency: 'EUR',
      valueDate: '2026-01-15',
    });
  return {
    fund: { own: ownFund, foreign: foreignFund },
    project: { own: ownProject, foreign: foreignProject },
    transaction: { own: await contribution(japan), foreign: await contribution(donor) },
    donor,
  };
}

function money(world: World) {
  let promise = made.get(world);
  if (!promise) {
    promise = make(world);
    made.set(world, promise);
  }
  return promise;
}

const read = (path: (m: MatrixMoney, variant: Variant) => string): Fixture => ({
  partnerScoped: true,
  prepare: async ({ world, variant }) => ({ url: `/api/v1${path(await money(world), variant)}` }),
});

export const trustFundFixtures: Record<string, Fixture> = {
  'GET /api/v1/organisations': { prepare: () => ({ url: '/api/v1/organisations?q=matrix' }) },
  'POST /api/v1/organisations': {
    prepare: ({ n }) => ({
      url: '/api/v1/organisations',
      payload: { kind: 'international_organisation', name: { en: `Matrix organisation ${n}`, fr: '' } },
    }),
  },
  'GET /api/v1/organisations/:id': {
    prepare: async ({ world }) => ({ url: `/api/v1/organisations/${(await money(world)).donor}` }),
  },
  'PUT /api/v1/organisations/:id': {
    prepare: async ({ world, n }) => {
      const body = { kind: 'agency', name: { en: `Matrix agency ${n}`, fr: '' } };
      const id = await post(world, await admin(world), '/organisations', body);
      const url = `/api/v1/organisations/${id}`;
      return {
        url,
        headers: { 'if-match': await etagOf(world, url) },
        payload: { ...body, name: { en: `Matrix agency ${n} (renamed)`, fr: '' }, iatiType: '40' },
      };
    },
  },
  'GET /api/v1/trust-funds': { prepare: () => ({ url: '/api/v1/trust-funds' }) },
  'GET /api/v1/trust-funds/:id': read((m, v) => `/trust-funds/${m.fund[v]}`),
  'POST /api/v1/trust-funds': {
    prepare: ({ n }) => ({
      url: '/api/v1/trust-funds',
      payload: { code: `MATRIX-${n}`, name: { en: `Matrix fund ${n}`, fr: '' }, currency: 'USD' },
    }),
  },
  'PUT /api/v1/trust-funds/:id': {
    prepare: async ({ world, n }) => {
      const id = await post(world, await admin(world), '/trust-funds', {
        code: `MATRIX-EDIT-${n}`,
        name: { en: `Matrix fund ${n}`, fr: '' },
        currency: 'USD',
      });
      const url = `/api/v1/trust-funds/${id}`;
      return {
        url,
        headers: { 'if-match': await etagOf(world, url) },
        payload: {
          code: `MATRIX-EDIT-${n}`,
          name: { en: `Matrix fund ${n} (renamed)`, fr: '' },
          currency: 'USD',
        },
      };
    },
  },
  'GET /api/v1/trust-fund-projects': { prepare: () => ({ url: '/api/v1/trust-fund-projects' }) },
  'GET /api/v1/trust-fund-projects/:id': read((m, v) => `/trust-fund-projects/${m.project[v]}`),
  'POST /api/v1/trust-fund-projects': {
    prepare: async ({ world, n }) => ({
      url: '/api/v1/trust-fund-projects',
      payload: {
        fundId: (await money(world)).fund.own,
        code: `P-NEW-${n}`,
        title: { en: `Matrix project ${n}`, fr: '' },
        beneficiaryCountry: 'JP',
      },
    }),
  },
  'PUT /api/v1/trust-fund-projects/:id': {
    prepare: async ({ world, n }) => {
      const m = await money(world);
      const body = {
        code: `P-EDIT-${n}`,
        title: { en: `Matrix project ${n}`, fr: '' },
        beneficiaryCountry: 'GE',
      };
      const id = await post(world, await admin(world), '/trust-fund-projects', {
        fundId: m.fund.own,
        ...body,
      });
      const url = `/api/v1/trust-fund-projects/${id}`;
      return {
        url,
        headers: { 'if-match': await etagOf(world, url) },
        payload: { ...body, status: 'approved' },
      };
    },
  },
  'GET /api/v1/trust-fund-transactions': { prepare: () => ({ url: '/api/v1/trust-fund-transactions' }) },
  'GET /api/v1/trust-fund-transactions/:id': read((m, v) => `/trust-fund-transactions/${m.transaction[v]}`),
  'POST /api/v1/trust-fund-transactions': {
    prepare: async ({ world }) => {
      const m = await money(world);
      return {
        url: '/api/v1/trust-fund-transactions',
        payload: {
          fundId: m.fund.own,
          type: 'incoming_pledge',
          partyId: m.donor,
          amount: '10.00',
          currency: 'EUR',
          valueDate: '2026-02-01',
        },
      };
    },
  },
  'PUT /api/v1/trust-fund-transactions/:id': {
    prepare: async ({ world }) => {
      const m = await money(world);
      const body = {
        fundId: m.fund.own,
        type: 'incoming_pledge',
        partyId: m.donor,
        currency: 'EUR',
        valueDate: '2026-02-01',
      };
      const id = await post(world, await admin(world), '/trust-fund-transactions', {
        ...body,
        amount: '20.00',
      });
      const url = `/api/v1/trust-fund-transactions/${id}`;
      return {
        url,
        headers: { 'if-match': await etagOf(world, url) },
        payload: { ...body, amount: '25.00' },
      };
    },
  },
  'DELETE /api/v1/trust-fund-transactions/:id': {
    prepare: async ({ world }) => {
      const m = await money(world);
      const id = await post(world, await admin(world), '/trust-fund-transactions', {
        fundId: m.fund.own,
        type: 'incoming_pledge',
        partyId: m.donor,
        amount: '30.00',
        currency: 'EUR',
        valueDate: '2026-02-01',
      });
      const url = `/api/v1/trust-fund-transactions/${id}`;
      return { url, headers: { 'if-match': await etagOf(world, url) } };
    },
  },
  'GET /api/v1/exchange-rates': { prepare: () => ({ url: '/api/v1/exchange-rates?currency=USD' }) },
  'GET /api/v1/exchange-rates/imports': { prepare: () => ({ url: '/api/v1/exchange-rates/imports' }) },
  'POST /api/v1/exchange-rates/imports': {
    prepare: ({ n }) => ({
      url: '/api/v1/exchange-rates/imports',
      headers: { 'content-type': 'text/csv' },
      payload: Buffer.from(`currency,date,rate\nUSD,2026-01-${String((n % 28) + 1).padStart(2, '0')},1.08\n`),
    }),
  },
};
