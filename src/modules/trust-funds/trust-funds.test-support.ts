import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { type Caller, signIn, TEST_PASSWORD, type World } from '../../test/world';

let counter = 0;

/** A few days of ECB reference rates (units per 1 EUR), in the ECB's own wide layout, trailing comma included. */
export const ecbSample = [
  'Date,USD,JPY,GBP,NOK,',
  '2014-05-09,1.3852,141.04,0.81715,8.1985,',
  '2014-05-08,1.3934,141.63,0.82020,8.2420,',
  '2014-05-07,1.3924,141.45,0.82115,8.2565,',
  '2014-05-06,1.3932,141.62,0.82210,8.2630,',
  '2014-05-05,1.3872,141.13,0.82250,8.2550,',
  '2012-06-29,1.2590,100.13,0.80680,7.5330,',
  '2012-06-28,1.2448,99.26,0.80380,7.5010,',
].join('\n');

export function post(world: World, caller: Caller, url: string, payload: unknown) {
  return world.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: caller.write,
    payload: payload as object,
  });
}

export function get(world: World, caller: Caller, url: string) {
  return world.app.inject({ url: `/api/v1${url}`, headers: caller.headers });
}

export function importRates(world: World, caller: Caller, csv: string, query = '') {
  return world.app.inject({
    method: 'POST',
    url: `/api/v1/exchange-rates/imports${query}`,
    headers: { ...caller.write, 'content-type': 'text/csv' },
    payload: csv,
  });
}

export function created<T = { id: string }>(response: LightMyRequestResponse): T {
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as T;
}

export interface FundWorld {
  fundId: string;
  projectId: string;
  japanOrg: string;
  usOrg: string;
  nspaOrg: string;
}

/**
 * Made by a trust-fund manager: the organisations (Japan's row, the United States, NSPA), a USD fund
 * released to no partner, and a public EUR-budgeted project in Georgia with an indicator of hectares.
 */
export async function fundWorld(world: World, manager: Caller): Promise<FundWorld> {
  counter += 1;
  const japan = await post(world, manager, '/organisations', {
    kind: 'partner',
    partnerId: world.partners.japan,
    name: { en: '', fr: '' },
  });
  // Japan's row is made once per world; later calls find it.
  const japanOrg =
    japan.statusCode === 409
      ? (await get(world, manager, '/organisations?kind=partner'))
          .json()
          .items.find((o: { partnerId: string }) => o.partnerId === world.partners.japan).id
      : created(japan).id;
  const usOrg = created(
    await post(world, manager, '/organisations', {
      kind: 'member_state',
      isoCode: counter === 1 ? 'US' : null,
      name: { en: `United States ${counter}`, fr: `États-Unis ${counter}` },
      iatiRef: 'XM-DAC-302',
      iatiType: '10',
    }),
  ).id;
  const nspaOrg = created(
    await post(world, manager, '/organisations', {
      kind: 'agency',
      name: {
        en: `NATO Support and Procurement Agency ${counter}`,
        fr: `Agence OTAN de soutien et d’acquisition ${counter}`,
      },
      iatiType: '40',
    }),
  ).id;
  const fundId = created(
    await post(world, manager, '/trust-funds', {
      code: `TF-${counter}`,
      name: {
        en: `Partnership Trust Fund ${counter}`,
        fr: `Fonds d’affectation spéciale du partenariat ${counter}`,
      },
      currency: 'USD',
      releasability: 'internal',
    }),
  ).id;
  const projectId = created(
    await post(world, manager, '/trust-fund-projects', {
      fundId,
      code: `GE-EOD-${counter}`,
      title: {
        en: 'Explosive ordnance disposal at a depot site',
        fr: 'Neutralisation des explosifs sur le site d’un dépôt',
      },
      beneficiaryCountry: 'GE',
      executingAgencyId: nspaOrg,
      leadNationIds: [usOrg],
      status: 'in_implementation',
      startsOn: '2012-01-01',
      endsOn: '2015-12-31',
      budgets: [
        {
          kind: 'original',
          periodStart: '2012-01-01',
          periodEnd: '2012-12-31',
          amount: '1500000.00',
          currency: 'EUR',
          valueDate: '2012-01-01',
        },
        {
          kind: 'revised',
          periodStart: '2012-01-01',
          periodEnd: '2012-12-31',
          amount: '1750000.00',
          currency: 'EUR',
          valueDate: '2012-06-30',
        },
      ],
      indicators: [
        {
          resultType: 'output',
          title: { en: 'Area cleared', fr: 'Surface dépolluée' },
          unit: 'hectares',
          baselineValue: '0',
          baselineYear: 2012,
          periods: [{ periodStart: '2012-01-01', periodEnd: '2014-12-31', target: '571', actual: '571' }],
        },
      ],
      releasability: 'public',
    }),
  ).id;
  return { fundId, projectId, japanOrg, usOrg, nspaOrg };
}

const frenchManagers = new WeakMap<World, Promise<Caller>>();

/** A trust-fund manager who works in French, made once per world by the administrator. */
export function frenchManager(world: World): Promise<Caller> {
  let caller = frenchManagers.get(world);
  if (!caller) {
    caller = (async () => {
      const admin = await signIn(world.app, world.users.admin);
      created(
        await post(world, admin, '/users', {
          email: 'gestionnaire@test.example',
          displayName: 'Gestionnaire des fonds',
          role: 'trust_fund_manager',
          locale: 'fr',
          password: TEST_PASSWORD,
          mustChangePassword: false,
        }),
      );
      return signIn(world.app, 'gestionnaire@test.example');
    })();
    frenchManagers.set(world, caller);
  }
  return caller;
}
