import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { fitsDouble } from './tf-reports.export';
import type {
  BalancesReport,
  ContributionsReport,
  ResultsReport,
  SpendingReport,
} from './tf-reports.schemas';
import {
  created,
  ecbSample,
  type FundWorld,
  fundWorld,
  get,
  importRates,
  post,
} from './trust-funds.test-support';

/**
 * The reports with numbers a user can check by hand against the ECB rates of `ecbSample`
 * (units per 1 EUR): Japan pledges JPY 2,000,000,000 on 6 May 2014 (141.62) and pays USD 10,000,000 on
 * 8 May (1.3934) against that pledge; it also paid JPY 100,000,000 on 29 June 2012 (100.13). The United
 * States pledge USD 3,000,000 on 7 May (1.3924), commit USD 2,500,000 on 8 May against it, and pay
 * USD 1,000,000 on Saturday 10 May, unlinked (Friday's 1.3852). The fund disburses EUR 500,000 to its
 * project and the project spends EUR 120,000, both on 9 May.
 */
describe.each(drivers)('trust-fund reports on %s', (driver) => {
  let world: World;
  let manager: Caller;
  let liaison: Caller;
  let georgia: Caller;
  let fw: FundWorld;

  const report = <T>(caller: Caller, path: string) =>
    get(world, caller, `/trust-fund-reports/${path}`).then((response) => {
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as T;
    });

  beforeAll(async () => {
    world = await createWorld(driver);
    manager = await signIn(world.app, world.users.trust_fund_manager);
    liaison = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, 'georgia.liaison@test');
    fw = await fundWorld(world, manager);
    expect((await importRates(world, manager, ecbSample)).statusCode).toBe(201);
    const money = async (payload: Record<string, unknown>) => {
      const response = await post(world, manager, '/trust-fund-transactions', {
        fundId: fw.fundId,
        ...payload,
      });
      return created(response).id;
    };
    const japan = { type: 'incoming_pledge', partyId: fw.japanOrg };
    const pledge = await money({ ...japan, amount: '2000000000', currency: 'JPY', valueDate: '2014-05-06' });
    await money({
      ...japan,
      type: 'incoming_funds',
      amount: '10000000.00',
      currency: 'USD',
      valueDate: '2014-05-08',
      pledgeId: pledge,
    });
    await money({
      ...japan,
      type: 'incoming_funds',
      amount: '100000000',
      currency: 'JPY',
      valueDate: '2012-06-29',
    });
    const us = { partyId: fw.usOrg, currency: 'USD' };
    const usPledge = await money({
      ...us,
      type: 'incoming_pledge',
      amount: '3000000.00',
      valueDate: '2014-05-07',
    });
    await money({
      ...us,
      type: 'incoming_commitment',
      amount: '2500000.00',
      valueDate: '2014-05-08',
      pledgeId: usPledge,
    });
    await money({ ...us, type: 'incoming_funds', amount: '1000000.00', valueDate: '2014-05-10' });
    const project = { projectId: fw.projectId, currency: 'EUR', valueDate: '2014-05-09' };
    await money({ ...project, type: 'disbursement', amount: '500000.00' });
    await money({ ...project, type: 'expenditure', partyId: fw.nspaOrg, amount: '120000.00' });
  });
  afterAll(() => world?.close());

  it('shows the yen pledge and the dollar payment in euros: pledges are never money received', async () => {
    const r = await report<ContributionsReport>(manager, 'contributions');
    expect(r.currency).toBe('EUR');
    expect(r.byDonor.map((d) => d.donor.id)).toEqual([fw.japanOrg, fw.usOrg]);
    expect(r.byDonor[0]!.donor.name).toEqual({ en: 'Japan', fr: 'Japon' });
    const japan = r.lines.filter((l) => l.donor.id === fw.japanOrg);
    expect(japan.map(({ donor: _, ...line }) => line)).toEqual([
      { year: 2012, pledged: '0.00', committed: '0.00', received: '998701.69', outstanding: '0.00' },
      // 2,000,000,000 / 141.62 = 14,122,299.11; 10,000,000 / 1.3934 = 7,176,690.11 paid against it.
      {
        year: 2014,
        pledged: '14122299.11',
        committed: '0.00',
        received: '7176690.11',
        outstanding: '6945609.00',
      },
    ]);
    // The United States' payment is linked to no pledge: received, but the whole pledge is outstanding.
    expect(r.byDonor[1]).toMatchObject({
      pledged: '2154553.29',
      committed: '1794172.53',
      received: '721917.41',
      outstanding: '2154553.29',
    });
    // Totals are exact sums rounded once: 14,122,299.1102951561 + 2,154,553.2892846883.
    expect(r.totals).toEqual({
      pledged: '16276852.40',
      committed: '1794172.53',
      received: '8897309.21',
      outstanding: '9100162.29',
    });
    expect(r.byYear.map((y) => [y.year, y.received])).toEqual([
      [2012, '998701.69'],
      [2014, '7898607.52'],
    ]);
    expect(r.rates).toMatchObject({
      baseCurrency: 'EUR',
      reportingCurrency: 'EUR',
      currencies: [],
      recordedSources: ['ECB'],
    });
    expect(r.rates.policy).toContain('7 days');
  });

  it('shows the same money in yen at each value date’s yen rate, in whole yen, and says which rates', async () => {
    const r = await report<ContributionsReport>(manager, 'contributions?currency=jpy');
    expect(r.currency).toBe('JPY');
    const japan = r.lines.filter((l) => l.donor.id === fw.japanOrg).map(({ donor: _, ...line }) => line);
    expect(japan).toEqual([
      { year: 2012, pledged: '0', committed: '0', received: '100000000', outstanding: '0' },
      // The pledge comes back to its 2,000,000,000 yen; the payment is worth 1,016,434,620 yen on 8 May (141.63).
      { year: 2014, pledged: '2000000000', committed: '0', received: '1016434620', outstanding: '983565380' },
    ]);
    expect(r.rates.currencies).toEqual([
      {
        currency: 'JPY',
        sources: ['ECB'],
        firstRateDate: '2012-06-29',
        lastRateDate: '2014-05-09',
        // 2012-06-29, 2014-05-06, -07, -08 and Saturday -10, which took Friday's rate.
        valueDates: 5,
        fallbacks: 1,
      },
    ]);
  });

  it('narrows a partner liaison to its own partner’s contributions', async () => {
    const response = await get(world, liaison, '/trust-fund-reports/contributions');
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(fw.usOrg);
    const r = response.json() as ContributionsReport;
    expect(r.byDonor.map((d) => d.donor.id)).toEqual([fw.japanOrg]);
    expect(r.totals).toEqual({
      pledged: '14122299.11',
      committed: '0.00',
      received: '8175391.80',
      outstanding: '6945609.00',
    });
    // Asking for another donor finds nothing, not an error that would say it exists.
    const other = await report<ContributionsReport>(liaison, `contributions?donor=${fw.usOrg}`);
    expect(other.lines).toEqual([]);
    expect(other.totals.received).toBe('0.00');
  });

  it.each(['balances', 'spending', 'balances.csv', 'spending.xlsx'])(
    'refuses %s to a partner liaison, in the liaison’s language',
    async (path) => {
      const response = await get(world, georgia, `/trust-fund-reports/${path}`);
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['content-language']).toBe('fr');
      const body = problem(response);
      expect(body.code).toBe('tf_report.mixed_money');
      expect(body.title).toBe('Non disponible pour un partenaire');
    },
  );

  it('names the missing rate, its currency and the first value date without one, rather than a zero', async () => {
    const response = await get(world, manager, '/trust-fund-reports/contributions?currency=CHF');
    expect(response.statusCode).toBe(422);
    const body = problem(response);
    expect(body.code).toBe('rate.missing');
    expect(body.detail).toContain('CHF');
    expect(body.detail).toContain('2012-06-29');
    // After the period of the first missing rate, the next one is named.
    const later = problem(
      await get(world, manager, '/trust-fund-reports/balances?currency=CHF&from=2014-01-01'),
    );
    expect(later.detail).toContain('2014-05-08');
  });

  it.each([
    ['an unknown currency', 'contributions?currency=XYZ', 422, 'currency.unknown'],
    ['a malformed currency', 'contributions?currency=us%24', 422, 'currency.unknown'],
    [
      'a period ending before it starts',
      'contributions?from=2014-01-01&to=2013-01-01',
      400,
      'request.invalid',
    ],
    ['an unknown filter', 'contributions?year=2014', 400, 'request.invalid'],
  ])('refuses %s', async (_what, path, status, code) => {
    const response = await get(world, manager, `/trust-fund-reports/${path}`);
    expect(response.statusCode).toBe(status);
    expect(problem(response).code).toBe(code);
  });

  it('filters by period and donor', async () => {
    const since2014 = await report<ContributionsReport>(
      manager,
      'contributions?from=2014-01-01&to=2014-12-31',
    );
    expect(since2014.lines.map((l) => l.year)).toEqual([2014, 2014]);
    const us = await report<ContributionsReport>(manager, `contributions?donor=${fw.usOrg}`);
    expect(us.byDonor.map((d) => d.donor.id)).toEqual([fw.usOrg]);
    expect(us.totals.received).toBe('721917.41');
  });

  it('gives each fund’s balance in its own currency and in the reporting currency', async () => {
    const r = await report<BalancesReport>(manager, 'balances');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({
      fund: { id: fw.fundId, currency: 'USD' },
      inFundCurrency: { received: '12257365.42', disbursed: '692600.00', balance: '11564765.42' },
      inReportingCurrency: { received: '8897309.21', disbursed: '500000.00', balance: '8397309.21' },
    });
    expect(r.totals.balance).toBe('8397309.21');
    expect(r.rates.currencies.map((c) => c.currency)).toEqual(['USD']);
  });

  it('sets project spending against the revised budget, converted at the budget’s value date', async () => {
    const r = await report<SpendingReport>(manager, 'spending?currency=USD');
    // The revised EUR 1,750,000 of 2012 (valued Saturday 30 June: Friday's 1.2590) replaces the original.
    expect(r.items).toEqual([
      expect.objectContaining({
        project: expect.objectContaining({ id: fw.projectId, beneficiaryCountry: 'GE' }),
        budget: '2203250.00',
        disbursed: '692600.00',
        spent: '166224.00',
        remaining: '2037026.00',
      }),
    ]);
    expect(r.rates.currencies).toEqual([
      {
        currency: 'USD',
        sources: ['ECB'],
        firstRateDate: '2012-06-29',
        lastRateDate: '2014-05-09',
        valueDates: 2,
        fallbacks: 1,
      },
    ]);
  });

  it('reports results progress, and a liaison sees the projects released to it', async () => {
    const r = await report<ResultsReport>(manager, 'results');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({
      indicator: { unit: 'hectares', title: { en: 'Area cleared' } },
      baseline: { value: '0', year: 2012 },
      periods: [{ periodStart: '2012-01-01', target: '571', actual: '571', progress: '1.0000' }],
      latestProgress: '1.0000',
    });
    const seen = await report<ResultsReport>(liaison, 'results');
    expect(seen.items.map((i) => i.project.id)).toEqual([fw.projectId]);
  });

  it('exports the contributions as CSV in French, the rates note last', async () => {
    const response = await get(world, manager, '/trust-fund-reports/contributions.csv?lang=fr&currency=JPY');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('trust-fund-contributions-all-jpy-fr.csv');
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Donateur,Année,Devise,Annoncé,Engagé,Reçu,Restant dû');
    expect(lines).toContain('Japon,2014,JPY,2000000000,0,1016434620,983565380');
    expect(lines).toContain('Japon,Toutes les années,JPY,2000000000,0,1116434620,983565380');
    expect(lines).toContain('Devise de base : EUR');
    expect(lines.some((l) => l.startsWith('"JPY : source(s) ECB ; taux du 2012-06-29 → 2014-05-09'))).toBe(
      true,
    );
    expect(lines.some((l) => l.includes('au dernier taux antérieur d’au plus 7 jours'))).toBe(true);
  });

  it('exports an XLSX file with amounts as numbers in a number format, and the rates on their own sheet', async () => {
    const response = await get(world, manager, '/trust-fund-reports/contributions.xlsx?lang=en');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const [sheet, notes] = workbook.worksheets;
    expect(sheet!.getRow(1).getCell(4).value).toBe('Pledged');
    const row = sheet!
      .getRows(2, 10)!
      .find((r) => r.getCell(1).value === 'Japan' && r.getCell(2).value === 2014)!;
    expect(row.getCell(4).value).toBe(14122299.11);
    expect(row.getCell(4).numFmt).toBe('#,##0.00');
    expect(notes!.name).toBe('Exchange rates used');
    expect(notes!.getRow(2).getCell(1).value).toBe('Base currency: EUR');
  });

  // Last: it adds money that the figures above do not count.
  it('never lets an overpaid pledge go below zero outstanding', async () => {
    const canada = created(
      await post(world, manager, '/organisations', {
        kind: 'member_state',
        name: { en: `Canada ${driver}`, fr: `Canada ${driver}` },
      }),
    ).id;
    const base = { fundId: fw.fundId, partyId: canada, currency: 'EUR' };
    const pledge = created(
      await post(world, manager, '/trust-fund-transactions', {
        ...base,
        type: 'incoming_pledge',
        amount: '100000.00',
        valueDate: '2014-05-06',
      }),
    ).id;
    for (const amount of ['60000.00', '90000.00'])
      created(
        await post(world, manager, '/trust-fund-transactions', {
          ...base,
          type: 'incoming_funds',
          amount,
          valueDate: '2014-05-08',
          pledgeId: pledge,
        }),
      );
    const r = await report<ContributionsReport>(manager, `contributions?donor=${canada}`);
    expect(r.totals).toEqual({
      pledged: '100000.00',
      committed: '0.00',
      received: '150000.00',
      outstanding: '0.00',
    });
  });
});

describe('numbers in XLSX cells', () => {
  it('keeps a number when a double holds it exactly, text beyond 15 significant digits', () => {
    expect(fitsDouble('14122299.11')).toBe(true);
    expect(fitsDouble('-999999999999999')).toBe(true);
    expect(fitsDouble('0.05')).toBe(true);
    expect(fitsDouble('9999999999999.99')).toBe(true);
    expect(fitsDouble('99999999999999.99')).toBe(false);
  });
});
