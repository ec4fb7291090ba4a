import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeRates, rateImports } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { ecbSample, frenchManager, get, importRates } from './trust-funds.test-support';

describe.each(drivers)('exchange rates on %s', (driver) => {
  let world: World;
  let manager: Caller;

  const rateCount = async () => (await world.database.db.select({ n: count() }).from(exchangeRates))[0]!.n;

  beforeAll(async () => {
    world = await createWorld(driver);
    manager = await signIn(world.app, world.users.trust_fund_manager);
  });
  afterAll(() => world?.close());

  it('imports the ECB’s wide file: every currency of every day, with its source', async () => {
    const response = await importRates(world, manager, ecbSample, '?source=ECB&fileName=eurofxref-hist.csv');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      rows: 28,
      currencies: ['GBP', 'JPY', 'NOK', 'USD'],
      firstDate: '2012-06-28',
      lastDate: '2014-05-09',
      source: 'ECB',
      fileName: 'eurofxref-hist.csv',
    });
    const list = (
      await get(world, manager, '/exchange-rates?currency=JPY&from=2014-05-06&to=2014-05-06')
    ).json();
    expect(list).toEqual({
      baseCurrency: 'EUR',
      items: [{ currency: 'JPY', rateDate: '2014-05-06', rate: '141.62', source: 'ECB' }],
    });
    const imports = (await get(world, manager, '/exchange-rates/imports')).json();
    expect(imports.items[0]).toMatchObject({ rows: 28, fileName: 'eurofxref-hist.csv' });
  });

  it('imports the long layout, replacing a day it already holds', async () => {
    const csv = 'currency,date,rate,source\nJPY,2014-05-06,141.60,Bank of Japan\nCHF,2014-05-06,1.2196,SNB\n';
    const response = await importRates(world, manager, csv, '?source=Other');
    expect(response.statusCode, response.body).toBe(201);
    const jpy = (
      await get(world, manager, '/exchange-rates?currency=JPY&from=2014-05-06&to=2014-05-06')
    ).json();
    expect(jpy.items).toEqual([
      { currency: 'JPY', rateDate: '2014-05-06', rate: '141.60', source: 'Bank of Japan' },
    ]);
  });

  it('refuses a file with a malformed line, listing it, and imports none of it', async () => {
    const before = await rateCount();
    const imports = (await world.database.db.select({ n: count() }).from(rateImports))[0]!.n;
    const csv =
      'currency,date,rate\nUSD,2015-01-02,1.2043\nUSD,2015-13-05,1.19\nXYZ,2015-01-05,2\nNOK,2015-01-05,-3\n';
    const response = await importRates(world, await frenchManager(world), csv);
    expect(response.statusCode).toBe(422);
    const body = problem(response);
    expect(body.code).toBe('rates.invalid');
    expect(body.title).toBe('Fichier de taux refusé');
    const lines = body.errors.map((e: { path: string }) => e.path);
    expect(lines.some((p: string) => p.startsWith('line 3'))).toBe(true);
    expect(lines.some((p: string) => p.startsWith('line 4'))).toBe(true);
    expect(lines.some((p: string) => p.startsWith('line 5'))).toBe(true);
    expect(lines.some((p: string) => p.startsWith('line 2'))).toBe(false);
    expect(await rateCount()).toBe(before);
    expect((await world.database.db.select({ n: count() }).from(rateImports))[0]!.n).toBe(imports);
  });

  it('checks a file without importing it on a dry run', async () => {
    const before = await rateCount();
    const response = await importRates(
      world,
      manager,
      'currency,date,rate\nUSD,2016-01-04,1.0898\n',
      '?dryRun=true',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: null, rows: 1, dryRun: true });
    expect(await rateCount()).toBe(before);
  });

  it('answers a body that is no CSV, an empty file and a reader’s import with a problem, never a 500', async () => {
    const json = await world.app.inject({
      method: 'POST',
      url: '/api/v1/exchange-rates/imports',
      headers: manager.write,
      payload: { rates: [] },
    });
    expect(json.statusCode).toBe(415);
    expect((await importRates(world, manager, '')).statusCode).toBe(422);
    expect((await importRates(world, manager, 'currency,date,rate\n')).statusCode).toBe(422);
    const viewer = await signIn(world.app, world.users.viewer);
    expect((await importRates(world, viewer, ecbSample)).statusCode).toBe(403);
    const anonymous = await world.app.inject({ url: '/api/v1/exchange-rates' });
    expect(anonymous.statusCode).toBe(401);
  });
});
