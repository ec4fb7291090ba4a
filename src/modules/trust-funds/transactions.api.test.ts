import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, tfTransactions } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import {
  created,
  ecbSample,
  type FundWorld,
  frenchManager,
  fundWorld,
  get,
  importRates,
  post,
} from './trust-funds.test-support';

describe.each(drivers)('trust-fund money on %s', (driver) => {
  let world: World;
  let manager: Caller;
  let liaison: Caller;
  let georgia: Caller;
  let fw: FundWorld;

  const transactionCount = async () =>
    (await world.database.db.select({ n: count() }).from(tfTransactions))[0]!.n;
  const record = (payload: Record<string, unknown>, caller = manager) =>
    post(world, caller, '/trust-fund-transactions', { fundId: fw.fundId, ...payload });

  beforeAll(async () => {
    world = await createWorld(driver);
    manager = await signIn(world.app, world.users.trust_fund_manager);
    liaison = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, 'georgia.liaison@test');
    fw = await fundWorld(world, manager);
    expect((await importRates(world, manager, ecbSample)).statusCode).toBe(201);
  });
  afterAll(() => world?.close());

  it('records a pledge in yen at its value date’s rate and keeps the rate used with it', async () => {
    const pledge = created<Record<string, unknown>>(
      await record({
        type: 'incoming_pledge',
        partyId: fw.japanOrg,
        amount: '2000000000',
        currency: 'JPY',
        valueDate: '2014-05-06',
        earmark: { en: 'Literacy programmes', fr: 'Programmes d’alphabétisation' },
      }),
    );
    expect(pledge).toMatchObject({
      amount: '2000000000',
      currency: 'JPY',
      rate: '141.62',
      rateDate: '2014-05-06',
      rateSource: 'ECB',
      baseCurrency: 'EUR',
      // 2,000,000,000 / 141.62, to 10 places: exact and kept, not recomputed later.
      amountBase: '14122299.1102951561',
      party: { id: fw.japanOrg, name: { en: 'Japan', fr: 'Japon' } },
    });
  });

  it('takes the latest earlier rate within the allowed days for a weekend, and says which', async () => {
    // Saturday 10 May 2014: no reference rate; Friday's is used and recorded as such.
    const t = created<{ rate: string; rateDate: string }>(
      await record({
        type: 'incoming_funds',
        partyId: fw.usOrg,
        amount: '1000000.00',
        currency: 'USD',
        valueDate: '2014-05-10',
      }),
    );
    expect(t.rate).toBe('1.3852');
    expect(t.rateDate).toBe('2014-05-09');
  });

  it('refuses a value date with no rate, naming the currency and the date, and writes nothing', async () => {
    const before = await transactionCount();
    const response = await record({
      type: 'incoming_funds',
      partyId: fw.usOrg,
      amount: '500.00',
      currency: 'USD',
      valueDate: '2013-01-15',
    });
    expect(response.statusCode).toBe(422);
    const body = problem(response);
    expect(body.code).toBe('rate.missing');
    expect(body.detail).toContain('USD');
    expect(body.detail).toContain('2013-01-15');
    expect(await transactionCount()).toBe(before);
  });

  it.each([
    ['an unknown currency', { currency: 'XYZ', amount: '10.00' }],
    ['a malformed currency', { currency: 'us$', amount: '10.00' }],
    ['more decimals than yen allow', { currency: 'JPY', amount: '100.5' }],
    ['more decimals than dollars allow', { currency: 'USD', amount: '10.001' }],
    ['a negative amount received', { currency: 'USD', amount: '-10.00' }],
    ['a zero amount', { currency: 'USD', amount: '0' }],
    ['text for an amount', { currency: 'USD', amount: 'ten dollars' }],
  ])('refuses %s in the caller’s language, writing nothing', async (_what, money) => {
    const before = await transactionCount();
    const response = await post(world, await frenchManager(world), '/trust-fund-transactions', {
      fundId: fw.fundId,
      type: 'incoming_funds',
      partyId: fw.usOrg,
      valueDate: '2014-05-06',
      ...money,
    });
    expect([400, 422]).toContain(response.statusCode);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['content-language']).toBe('fr');
    expect(await transactionCount()).toBe(before);
  });

  it('links a commitment to the pledge it fulfils, and refuses a link to another donor’s pledge', async () => {
    const pledge = created(
      await record({
        type: 'incoming_pledge',
        partyId: fw.usOrg,
        amount: '3000000.00',
        currency: 'USD',
        valueDate: '2014-05-07',
      }),
    );
    const commitment = created<{ pledgeId: string }>(
      await record({
        type: 'incoming_commitment',
        partyId: fw.usOrg,
        amount: '2500000.00',
        currency: 'USD',
        valueDate: '2014-05-08',
        pledgeId: pledge.id,
      }),
    );
    expect(commitment.pledgeId).toBe(pledge.id);
    const wrong = await record({
      type: 'incoming_funds',
      partyId: fw.japanOrg,
      amount: '100.00',
      currency: 'USD',
      valueDate: '2014-05-08',
      pledgeId: pledge.id,
    });
    expect(wrong.statusCode).toBe(422);
    expect(problem(wrong).code).toBe('tf_transaction.bad_pledge');
    // A pledge fulfilled by a commitment cannot be deleted from under it.
    const etag = (await get(world, manager, `/trust-fund-transactions/${pledge.id}`)).headers.etag as string;
    const removal = await world.app.inject({
      method: 'DELETE',
      url: `/api/v1/trust-fund-transactions/${pledge.id}`,
      headers: { ...manager.write, 'if-match': etag },
    });
    expect(removal.statusCode).toBe(409);
  });

  it('refuses a disbursement beyond the fund’s balance, then takes one within it', async () => {
    const before = await transactionCount();
    // Received so far: USD 1,000,000 (about EUR 721,917). Pledges and commitments are not money.
    const tooMuch = await record({
      type: 'disbursement',
      projectId: fw.projectId,
      amount: '1500000.00',
      currency: 'USD',
      valueDate: '2014-05-09',
    });
    expect(tooMuch.statusCode).toBe(409);
    expect(problem(tooMuch).code).toBe('tf_transaction.over_balance');
    expect(await transactionCount()).toBe(before);
    const within = created<{ overBalance: boolean }>(
      await record({
        type: 'disbursement',
        projectId: fw.projectId,
        amount: '900000.00',
        currency: 'USD',
        valueDate: '2014-05-09',
      }),
    );
    expect(within.overBalance).toBe(false);
  });

  it('checks what each type names: a donor for money in, a project for money out', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'incoming_funds', amount: '1.00', currency: 'USD' }, 'tf_transaction.donor_required'],
      [
        { type: 'disbursement', partyId: fw.usOrg, projectId: fw.projectId, amount: '1.00', currency: 'USD' },
        'tf_transaction.no_party',
      ],
      [{ type: 'expenditure', amount: '1.00', currency: 'USD' }, 'tf_transaction.project_required'],
      [
        {
          type: 'incoming_pledge',
          partyId: fw.usOrg,
          amount: '1.00',
          currency: 'USD',
          pledgeId: fw.projectId,
        },
        'tf_transaction.pledge_link_type',
      ],
    ];
    for (const [payload, code] of cases) {
      const response = await record({ valueDate: '2014-05-06', ...payload });
      expect(response.statusCode, code).toBe(422);
      expect(problem(response).code).toBe(code);
    }
  });

  it('shows a donor’s liaison its own contributions only, never another donor’s amounts, and lets it change none', async () => {
    const all = (await get(world, manager, '/trust-fund-transactions?limit=500')).json();
    const usTransaction = all.items.find((t: { party: { id: string } | null }) => t.party?.id === fw.usOrg);
    const own = (await get(world, liaison, '/trust-fund-transactions')).json();
    expect(own.items.length).toBeGreaterThan(0);
    for (const t of own.items) expect(t.party.id).toBe(fw.japanOrg);
    expect(own).toMatchObject({ total: own.items.length, totalCapped: false, nextCursor: null });
    expect(JSON.stringify(own)).not.toContain(fw.usOrg);
    // Another donor's record answers as if it did not exist.
    expect((await get(world, liaison, `/trust-fund-transactions/${usTransaction.id}`)).statusCode).toBe(404);
    // Georgia's liaison sees none of Japan's money.
    expect((await get(world, georgia, '/trust-fund-transactions')).json().items).toEqual([]);
    // Read-only for partners.
    const write = await record(
      {
        type: 'incoming_funds',
        partyId: fw.japanOrg,
        amount: '1.00',
        currency: 'USD',
        valueDate: '2014-05-06',
      },
      liaison,
    );
    expect(write.statusCode).toBe(403);
  });

  it('updates with If-Match only, audits each write, and answers 412 to a stale version', async () => {
    const t = created<{ id: string }>(
      await record({
        type: 'incoming_funds',
        partyId: fw.japanOrg,
        amount: '10.00',
        currency: 'USD',
        valueDate: '2014-05-06',
      }),
    );
    const body = {
      fundId: fw.fundId,
      type: 'incoming_funds',
      partyId: fw.japanOrg,
      amount: '12.50',
      currency: 'USD',
      valueDate: '2014-05-06',
    };
    const put = (ifMatch?: string) =>
      world.app.inject({
        method: 'PUT',
        url: `/api/v1/trust-fund-transactions/${t.id}`,
        headers: { ...manager.write, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        payload: body,
      });
    expect((await put()).statusCode).toBe(428);
    const ok = await put(`"${t.id}.1"`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().amount).toBe('12.50');
    expect((await put(`"${t.id}.1"`)).statusCode).toBe(412);
    const audits = await world.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, t.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['tf_transaction.create', 'tf_transaction.update']);
  });
});

describe.each(drivers)('a disbursement beyond the balance, flagged by configuration, on %s', (driver) => {
  let world: World;
  afterAll(() => world?.close());

  it('is accepted and flagged, never silently', async () => {
    world = await createWorld(driver, {
      money: { baseCurrency: 'EUR', rateMaxAgeDays: 7, overBalance: 'flag' },
    });
    const manager = await signIn(world.app, world.users.trust_fund_manager);
    const fw = await fundWorld(world, manager);
    await importRates(world, manager, ecbSample);
    const t = created<{ overBalance: boolean }>(
      await post(world, manager, '/trust-fund-transactions', {
        fundId: fw.fundId,
        type: 'disbursement',
        projectId: fw.projectId,
        amount: '250000.00',
        currency: 'EUR',
        valueDate: '2014-05-06',
      }),
    );
    expect(t.overBalance).toBe(true);
  });
});
