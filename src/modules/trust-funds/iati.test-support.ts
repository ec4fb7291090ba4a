import { expect } from 'vitest';
import type { Caller, World } from '../../test/world';
import { created, ecbSample, importRates, post } from './trust-funds.test-support';

/** The organisations, funds, projects and money of the IATI export's tests. */
export interface IatiWorld {
  japanOrg: string;
  usOrg: string;
  nspaOrg: string;
  anamaOrg: string;
  /** Released to Japan: the NATO/PfP Trust Fund, with its projects. */
  pfpFund: string;
  /** Public: the project in Azerbaijan, its phase; internal: a project in Georgia. */
  azProject: string;
  azPhase: string;
  internalProject: string;
  /** Internal (no partner sees it): the ANA Trust Fund, with Japan's literacy commitment. */
  anaFund: string;
}

/**
 * Made through the API by a trust-fund manager, with the ECB's rates of May 2014: Japan (XM-DAC-701) and
 * the United States (XM-DAC-302) as donors, NSPA as the funds' manager, ANAMA as executing agency.
 */
export async function iatiWorld(world: World, manager: Caller): Promise<IatiWorld> {
  expect((await importRates(world, manager, ecbSample)).statusCode).toBe(201);
  const organisation = async (payload: object) =>
    created(await post(world, manager, '/organisations', payload)).id;
  const japanOrg = await organisation({
    kind: 'partner',
    partnerId: world.partners.japan,
    name: { en: '', fr: '' },
    iatiRef: 'XM-DAC-701',
    iatiType: '10',
  });
  const usOrg = await organisation({
    kind: 'member_state',
    isoCode: 'US',
    name: { en: 'United States', fr: 'États-Unis' },
    iatiRef: 'XM-DAC-302',
  });
  const nspaOrg = await organisation({
    kind: 'agency',
    name: { en: 'NATO Support and Procurement Agency', fr: 'Agence OTAN de soutien et d’acquisition' },
    iatiType: '40',
  });
  const anamaOrg = await organisation({
    kind: 'agency',
    name: {
      en: 'Azerbaijan National Agency for Mine Action (ANAMA)',
      fr: 'Agence nationale azerbaïdjanaise de l’action contre les mines (ANAMA)',
    },
    iatiType: '10',
  });

  const fund = async (payload: object) => created(await post(world, manager, '/trust-funds', payload)).id;
  const pfpFund = await fund({
    code: 'PFP-TF',
    name: {
      en: 'NATO Partnership for Peace Trust Fund',
      fr: 'Fonds d’affectation spéciale du Partenariat pour la paix',
    },
    description: {
      en: 'Demilitarisation & safe disposal of <ERW> in partner countries.',
      fr: 'Démilitarisation et élimination sûre des restes explosifs de guerre dans les pays partenaires.',
    },
    currency: 'EUR',
    managerOrgId: nspaOrg,
    releasability: 'releasable',
    releasableTo: [world.partners.japan],
  });
  const anaFund = await fund({
    code: 'ANATF',
    name: {
      en: 'Afghan National Army Trust Fund',
      fr: 'Fonds d’affectation spéciale pour l’Armée nationale afghane',
    },
    currency: 'USD',
    releasability: 'internal',
  });

  const project = async (payload: object) =>
    created(await post(world, manager, '/trust-fund-projects', { fundId: pfpFund, ...payload })).id;
  const azProject = await project({
    code: 'AZ-UXO',
    title: {
      en: 'Clearance of unexploded ordnance at Saloglu, Azerbaijan',
      fr: 'Dépollution des munitions non explosées à Saloglu (Azerbaïdjan)',
    },
    objectives: { en: 'Return 600 ha of land to safe use.', fr: 'Rendre 600 ha de terrain à un usage sûr.' },
    beneficiaryCountry: 'AZ',
    executingAgencyId: anamaOrg,
    leadNationIds: [usOrg],
    status: 'in_implementation',
    startsOn: '2006-05-01',
    endsOn: '2014-12-31',
    budgets: [
      {
        kind: 'original',
        periodStart: '2006-05-01',
        periodEnd: '2007-04-30',
        amount: '1500000.00',
        currency: 'EUR',
        valueDate: '2006-05-01',
      },
      {
        kind: 'revised',
        periodStart: '2006-05-01',
        periodEnd: '2007-04-30',
        amount: '1745000.25',
        currency: 'EUR',
        valueDate: '2007-01-15',
      },
      {
        kind: 'original',
        periodStart: '2007-05-01',
        periodEnd: '2008-04-30',
        amount: '300000.10',
        currency: 'USD',
        valueDate: '2007-05-01',
      },
    ],
    indicators: [
      {
        resultType: 'outcome',
        title: { en: 'Area cleared', fr: 'Superficie dépolluée' },
        unit: 'hectares',
        baselineValue: '0',
        baselineYear: 2006,
        periods: [{ periodStart: '2006-05-01', periodEnd: '2010-03-31', target: '600', actual: '571' }],
      },
    ],
    releasability: 'public',
  });
  const azPhase = await project({
    parentId: azProject,
    code: 'AZ-UXO-2',
    title: { en: '', fr: 'Dépollution en Azerbaïdjan, deuxième phase' },
    beneficiaryCountry: 'AZ',
    status: 'proposed',
    startsOn: '2015-01-01',
    releasability: 'public',
  });
  const internalProject = await project({
    code: 'GE-DEPOT',
    title: {
      en: 'Ammunition depot clearance in Georgia',
      fr: 'Dépollution d’un dépôt de munitions en Géorgie',
    },
    beneficiaryCountry: 'GE',
    status: 'in_implementation',
    startsOn: '2012-01-01',
    releasability: 'internal',
  });

  const money = async (payload: object) =>
    created(await post(world, manager, '/trust-fund-transactions', { fundId: pfpFund, ...payload })).id;
  const pledge = await money({
    type: 'incoming_pledge',
    partyId: japanOrg,
    amount: '450000000',
    currency: 'JPY',
    valueDate: '2014-05-05',
    reference: 'JP-PLEDGE-2014',
  });
  await money({
    type: 'incoming_commitment',
    partyId: japanOrg,
    pledgeId: pledge,
    amount: '20000000.00',
    currency: 'USD',
    valueDate: '2014-05-06',
    earmark: { en: 'Clearance in Azerbaijan', fr: 'Dépollution en Azerbaïdjan' },
  });
  await money({
    type: 'incoming_funds',
    partyId: usOrg,
    amount: '3000000.00',
    currency: 'EUR',
    valueDate: '2014-05-07',
  });
  await money({
    type: 'disbursement',
    projectId: azProject,
    amount: '1199999.99',
    currency: 'EUR',
    valueDate: '2014-05-08',
  });
  await money({
    type: 'disbursement',
    projectId: internalProject,
    amount: '100000.00',
    currency: 'EUR',
    valueDate: '2014-06-02',
  });
  await money({
    type: 'incoming_funds',
    partyId: japanOrg,
    projectId: azProject,
    amount: '1000000.00',
    currency: 'USD',
    valueDate: '2014-05-09',
  });
  await money({
    type: 'expenditure',
    projectId: azProject,
    partyId: anamaOrg,
    amount: '250000.00',
    currency: 'EUR',
    valueDate: '2014-05-09',
  });
  await money({
    fundId: anaFund,
    type: 'incoming_commitment',
    partyId: japanOrg,
    amount: '20000000.00',
    currency: 'USD',
    valueDate: '2014-05-06',
    earmark: { en: 'Literacy programmes', fr: 'Programmes d’alphabétisation' },
  });
  return { japanOrg, usOrg, nspaOrg, anamaOrg, pfpFund, azProject, azPhase, internalProject, anaFund };
}
