import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../db/client';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, signIn, type World } from '../../test/world';
import { type ContributionPath, contributionCells, contributionPath } from './tf-contributions.queries';
import type { ReportFilter } from './tf-reports.queries';
import type { ContributionsReport } from './tf-reports.schemas';
import { created, type FundWorld, fundWorld, get, importRates, post } from './trust-funds.test-support';

/**
 * The contributions report read from the kept sums must give, to the last digit, what reading the
 * transactions gives: on the same money (seeded pseudo-random, 2012–2015, two funds, three donors,
 * pledges with receipts linked across years), for every filter the sums serve, and again after each
 * kind of write that changes them: a new payment, a deleted one, a receipt linked to an older pledge,
 * and a corrected rate.
 */
const WEEKDAYS: string[] = [];
for (let d = new Date(Date.UTC(2012, 0, 1)); d.getUTCFullYear() < 2016; d.setUTCDate(d.getUTCDate() + 1))
  if (d.getUTCDay() % 6 !== 0) WEEKDAYS.push(d.toISOString().slice(0, 10));

/** Rates that move every working day, so that converting at the wrong day shows. */
const ratesCsv = [
  'Date,USD,JPY,',
  ...WEEKDAYS.map(
    (day, i) => `${day},${(1.2 + (i % 97) / 1000).toFixed(4)},${(100 + (i % 89) / 7).toFixed(2)},`,
  ),
].join('\n');

describe.each(drivers)('the contributions report’s kept sums on %s', (driver) => {
  let world: World;
  let manager: Caller;
  let liaison: Caller;
  let one: FundWorld;
  let two: FundWorld;
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const pledges: { id: string; fund: string; party: string }[] = [];

  const money = async (payload: Record<string, unknown>) =>
    created(await post(world, manager, '/trust-fund-transactions', payload)).id;

  /** Both ways, through the queries themselves, for the staff's view. */
  async function both(f: ReportFilter, currency: string) {
    const c = { base: 'EUR', currency, maxAgeDays: 7 };
    const scope = { records: { kind: 'all' }, donorPartnerId: null } as never;
    const run = (path: ContributionPath) => contributionCells(world.database.db, scope, f, c, path);
    const [sums, transactions] = [await run('sums'), await run('transactions')];
    const order = (cells: typeof sums.cells) =>
      [...cells].sort((a, b) =>
        `${a.gParty}${a.gYear}${a.party}${a.year}`.localeCompare(`${b.gParty}${b.gYear}${b.party}${b.year}`),
      );
    return {
      sums: { ...sums, cells: order(sums.cells) },
      transactions: { ...transactions, cells: order(transactions.cells) },
    };
  }

  async function expectSame(f: ReportFilter, currency: string) {
    const { sums, transactions } = await both(f, currency);
    expect(sums.cells.length).toBeGreaterThan(0);
    expect(sums).toEqual(transactions);
    return sums;
  }

  beforeAll(async () => {
    world = await createWorld(driver);
    manager = await signIn(world.app, world.users.trust_fund_manager);
    liaison = await signIn(world.app, world.users.partner_liaison);
    one = await fundWorld(world, manager);
    two = await fundWorld(world, manager);
    expect((await importRates(world, manager, ratesCsv)).statusCode).toBe(201);
    const donors = [one.japanOrg, one.usOrg, two.usOrg];
    for (let i = 0; i < 45; i += 1) {
      const fund = pick([one.fundId, two.fundId]);
      const party = pick(donors);
      const type = pick(['incoming_pledge', 'incoming_commitment', 'incoming_funds', 'incoming_funds']);
      const currency = pick(['EUR', 'USD', 'JPY']);
      const amount =
        currency === 'JPY' ? String(1 + Math.floor(random() * 9e7)) : (random() * 5e6 + 1).toFixed(2);
      const linkable = pledges.filter((p) => p.fund === fund && p.party === party);
      const pledgeId =
        type === 'incoming_funds' && linkable.length && random() < 0.7 ? pick(linkable).id : undefined;
      const id = await money({
        fundId: fund,
        partyId: party,
        type,
        amount,
        currency,
        valueDate: pick(WEEKDAYS),
        pledgeId,
      });
      if (type === 'incoming_pledge') pledges.push({ id, fund, party });
    }
  }, 120_000);
  afterAll(() => world?.close());

  it('serves whole years and no project or country filter, the transactions otherwise', () => {
    expect(contributionPath({})).toBe('sums');
    expect(contributionPath({ from: '2013-01-01', to: '2014-12-31' })).toBe('sums');
    expect(contributionPath({ from: '2013-02-01' })).toBe('transactions');
    expect(contributionPath({ to: '2014-06-30' })).toBe('transactions');
    expect(contributionPath({ project: one.projectId })).toBe('transactions');
    expect(contributionPath({ country: 'GE' })).toBe('transactions');
  });

  it('gives the figures of the transactions, in every currency and for every filter it serves', async () => {
    for (const currency of ['EUR', 'USD', 'JPY']) await expectSame({}, currency);
    await expectSame({ fund: two.fundId }, 'USD');
    await expectSame({ donor: one.japanOrg }, 'JPY');
    await expectSame({ from: '2013-01-01', to: '2014-12-31' }, 'USD');
    // Receipts after the end no longer fulfil the pledges: more is outstanding up to 2013.
    const upTo2013 = await expectSame({ to: '2013-12-31' }, 'EUR');
    const all = await expectSame({}, 'EUR');
    const outstanding = (r: typeof all, year: number) =>
      r.cells.find((c) => c.gParty === 1 && c.gYear === 0 && c.year === year)?.outstanding;
    expect(Number(outstanding(upTo2013, 2012))).toBeGreaterThanOrEqual(Number(outstanding(all, 2012)));
    // The notes too: the value dates converted, and the rates' first and last dates.
    const usd = await expectSame({}, 'USD');
    expect(usd.rates[0]).toMatchObject({ currency: 'USD' });
    expect(usd.rates[0]!.valueDates).toBeGreaterThan(30);
  });

  it('keeps one row per donor, fund, type and year, filled once per currency', async () => {
    await expectSame({}, 'USD');
    const [cover] = await selectRows<{ n: number }>(
      world.database.db,
      sql`select count(*)::int as n from tf_contribution_cover where currency = 'USD'`,
    );
    expect(cover?.n).toBe(4);
  });

  it('follows every write: a payment added, one deleted, a receipt linked to an older pledge', async () => {
    await expectSame({}, 'USD');
    const pledge = pledges.find((p) => p.fund === one.fundId) ?? pledges[0]!;
    const before = await report('USD');
    const added = await post(world, manager, '/trust-fund-transactions', {
      fundId: pledge.fund,
      partyId: pledge.party,
      type: 'incoming_funds',
      amount: '1234567.89',
      currency: 'USD',
      valueDate: '2015-12-30',
      pledgeId: pledge.id,
    });
    const paid = created(added).id;
    const after = await report('USD');
    expect(after.totals.received).not.toBe(before.totals.received);
    await expectSame({}, 'USD');
    await expectSame({ to: '2014-12-31' }, 'USD');
    const removed = await world.app.inject({
      method: 'DELETE',
      url: `/api/v1/trust-fund-transactions/${paid}`,
      headers: { ...manager.write, 'if-match': String(added.headers.etag) },
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await report('USD')).totals).toEqual(before.totals);
    await expectSame({}, 'USD');
  });

  it('follows a corrected rate: the converted sums change, the recorded amounts do not', async () => {
    const [euros, yen] = [await report('EUR'), await report('JPY')];
    const corrected = `Date,JPY,\n${WEEKDAYS[300]},250.00,\n${WEEKDAYS[301]},250.00,\n${WEEKDAYS[302]},250.00,`;
    expect((await importRates(world, manager, corrected, '?source=Correction')).statusCode).toBe(201);
    await expectSame({}, 'JPY');
    const after = await report('JPY');
    expect(after.totals).not.toEqual(yen.totals);
    expect(after.rates.currencies[0]?.sources).toEqual(['Correction', 'ECB']);
    expect((await report('EUR')).totals).toEqual(euros.totals);
  });

  it('shows a partner liaison its own partner’s money only, as the transactions do', async () => {
    const response = await get(world, liaison, '/trust-fund-reports/contributions?currency=USD');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as ContributionsReport;
    expect(body.byDonor.map((d) => d.donor.id)).toEqual([one.japanOrg]);
    const staff = (await report('USD')).byDonor.find((d) => d.donor.id === one.japanOrg);
    expect(body.byDonor[0]).toMatchObject({ received: staff?.received, outstanding: staff?.outstanding });
  });

  async function report(currency: string) {
    const response = await get(world, manager, `/trust-fund-reports/contributions?currency=${currency}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ContributionsReport;
  }
});
