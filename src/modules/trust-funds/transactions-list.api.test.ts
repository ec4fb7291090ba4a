import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../db/client';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { encodeTransactionCursor } from './transactions.cursor';
import { transactionCountCap } from './transactions.service';
import {
  ecbSample,
  type FundWorld,
  frenchManager,
  fundWorld,
  get,
  importRates,
} from './trust-funds.test-support';

interface Page {
  items: { id: string; type: string; party: { id: string } | null }[];
  total: number;
  totalCapped: boolean;
  nextCursor: string | null;
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const incoming = sql`('incoming_pledge', 'incoming_commitment', 'incoming_funds')`;

describe.each(drivers)('the transactions list, a keyset page at a time, on %s', (driver) => {
  let world: World;
  let manager: Caller;
  let liaison: Caller;
  let fw: FundWorld;

  /**
   * `count` rows on a fund, written straight to the table: four value dates, and creation times that
   * differ by one microsecond at most, many of them equal, so that the order leans on every key (a
   * cursor that kept milliseconds only, or forgot the id, would skip or repeat rows).
   */
  const insertRows = (fundId: string, count: number, from = 1) =>
    world.database.db.execute(sql`
      insert into tf_transactions (fund_id, type, party_id, amount, currency, value_date, rate, rate_date,
        rate_source, amount_base, created_at)
      select ${fundId}::uuid,
        case when g % 5 = 0 then 'incoming_funds' when g % 5 = 1 then 'incoming_commitment' else 'incoming_pledge' end,
        case when g % 2 = 0 then ${fw.japanOrg}::uuid else ${fw.usOrg}::uuid end,
        g * 10, 'USD', date '2014-05-06' - (g % 4), 1.3932, date '2014-05-06', 'ECB', round(g * 10 / 1.3932, 10),
        timestamptz '2026-11-24 09:00:00.123456+00' + (g % 3) * interval '1 microsecond'
      from generate_series(${from}::int, ${from + count - 1}::int) g`);

  /** The ids in the list's order, straight from the table. */
  const expected = async (where: ReturnType<typeof sql>) =>
    (
      await selectRows<{ id: string }>(
        world.database.db,
        sql`select id from tf_transactions t where ${where}
            order by value_date desc, created_at desc, id desc`,
      )
    ).map((r) => r.id);

  /** Every page of a query, following `nextCursor`. */
  async function walk(caller: Caller, query: string, limit: number) {
    const ids: string[] = [];
    const pages: Page[] = [];
    let cursor: string | null = null;
    do {
      const response = await get(
        world,
        caller,
        `/trust-fund-transactions?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as Page;
      expect(page.items.length).toBeLessThanOrEqual(limit);
      pages.push(page);
      ids.push(...page.items.map((t) => t.id));
      cursor = page.nextCursor;
    } while (cursor && pages.length < 200);
    return { ids, pages };
  }

  beforeAll(async () => {
    world = await createWorld(driver);
    manager = await signIn(world.app, world.users.trust_fund_manager);
    liaison = await signIn(world.app, world.users.partner_liaison);
    fw = await fundWorld(world, manager);
    expect((await importRates(world, manager, ecbSample)).statusCode).toBe(201);
    await insertRows(fw.fundId, 53);
  });
  afterAll(() => world?.close());

  it.each([1, 7, 53, 500])(
    'walks the whole fund in pages of %i, each row once, in order, ties included',
    async (limit) => {
      const all = await expected(sql`t.fund_id = ${fw.fundId}::uuid`);
      expect(all).toHaveLength(53);
      const { ids, pages } = await walk(manager, `fund=${fw.fundId}`, limit);
      expect(ids).toEqual(all);
      expect(pages).toHaveLength(Math.max(1, Math.ceil(53 / limit)));
      // The last page says it is the last; no page is empty, not even when 53 divides evenly.
      expect(pages.at(-1)!.nextCursor).toBeNull();
      for (const page of pages) {
        expect(page.items.length).toBeGreaterThan(0);
        expect(page).toMatchObject({ total: 53, totalCapped: false });
      }
    },
  );

  it('keeps the filters from page to page', async () => {
    const { ids, pages } = await walk(manager, `fund=${fw.fundId}&party=${fw.usOrg}&type=incoming_pledge`, 4);
    const want = await expected(
      sql`t.fund_id = ${fw.fundId}::uuid and t.party_id = ${fw.usOrg}::uuid and t.type = 'incoming_pledge'`,
    );
    expect(want.length).toBeGreaterThan(4);
    expect(ids).toEqual(want);
    expect(pages[0]!.total).toBe(want.length);
    const dated = await walk(manager, `fund=${fw.fundId}&from=2014-05-04&to=2014-05-05`, 5);
    expect(dated.ids).toEqual(
      await expected(
        sql`t.fund_id = ${fw.fundId}::uuid and t.value_date between '2014-05-04' and '2014-05-05'`,
      ),
    );
  });

  it('shows a liaison its own partner’s rows through every page, and nothing else, whatever cursor it sends', async () => {
    const own = await expected(
      sql`t.fund_id = ${fw.fundId}::uuid and t.type in ${incoming} and t.party_id = ${fw.japanOrg}::uuid`,
    );
    const { ids, pages } = await walk(liaison, `fund=${fw.fundId}`, 6);
    expect(ids).toEqual(own);
    expect(pages[0]!.total).toBe(own.length);
    for (const page of pages) for (const t of page.items) expect(t.party?.id).toBe(fw.japanOrg);
    expect(JSON.stringify(pages)).not.toContain(fw.usOrg);
    // Asking for another donor's money by name answers nothing.
    expect((await walk(liaison, `party=${fw.usOrg}`, 10)).ids).toEqual([]);

    // A cursor forged from another donor's row (well-formed, so accepted) only says where to start:
    // the page holds the liaison's own rows that sort after it.
    const [us] = await selectRows<{ id: string; valueDate: string; createdAt: string }>(
      world.database.db,
      sql`select id, value_date::text as "valueDate",
            to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "createdAt"
          from tf_transactions where fund_id = ${fw.fundId}::uuid and party_id = ${fw.usOrg}::uuid
          order by value_date desc, created_at desc, id desc offset 10 limit 1`,
    );
    const forged = encodeTransactionCursor(us!);
    const response = await get(world, liaison, `/trust-fund-transactions?fund=${fw.fundId}&cursor=${forged}`);
    expect(response.statusCode).toBe(200);
    const page = response.json() as Page;
    const all = await expected(sql`t.fund_id = ${fw.fundId}::uuid`);
    const after = new Set(all.slice(all.indexOf(us!.id) + 1));
    expect(page.items.map((t) => t.id)).toEqual(own.filter((id) => after.has(id)));
    expect(JSON.stringify(page)).not.toContain(fw.usOrg);
  });

  it('refuses a malformed or tampered cursor with a 400 in the caller’s language, never a 500', async () => {
    const [first] = (await walk(manager, `fund=${fw.fundId}`, 53)).ids;
    const good = { v: '2014-05-06', c: '2026-11-24T09:00:00.123456Z', i: first };
    const french = await frenchManager(world);
    for (const cursor of [
      'not a cursor',
      '!!!!',
      b64('hello'),
      b64('[]'),
      b64('null'),
      b64(JSON.stringify({ ...good, v: '2014-02-30' })),
      b64(JSON.stringify({ ...good, v: '14-05-06' })),
      b64(JSON.stringify({ ...good, c: '2026-02-31T09:00:00.123456Z' })),
      b64(JSON.stringify({ ...good, c: '2026-11-24T09:00:00.123Z' })),
      b64(JSON.stringify({ ...good, c: '2026-11-24 09:00:00.123456+00' })),
      b64(JSON.stringify({ ...good, i: 'x' })),
      b64(JSON.stringify({ ...good, i: `${first}' or 1=1 --` })),
      b64(JSON.stringify({ ...good, x: 1 })),
      b64(JSON.stringify(good)).slice(0, -6),
      'x'.repeat(201),
    ]) {
      const response = await get(
        world,
        french,
        `/trust-fund-transactions?cursor=${encodeURIComponent(cursor)}`,
      );
      expect(response.statusCode, cursor).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['content-language']).toBe('fr');
      const body = problem(response);
      expect(body.code).toBe('request.invalid');
      expect(body.errors[0]).toMatchObject({ path: 'querystring.cursor' });
    }
    const tampered = await get(world, french, `/trust-fund-transactions?cursor=${b64('{"v":"2014-02-31"}')}`);
    expect(problem(tampered).errors[0]?.message).toContain('recommencez à la première page');
    // Offsets are gone: the strict query schema says so rather than ignoring one.
    expect((await get(world, manager, '/trust-fund-transactions?offset=25')).statusCode).toBe(400);
    // A well-formed cursor before the oldest row is simply the end.
    const end = await get(
      world,
      manager,
      `/trust-fund-transactions?cursor=${b64(JSON.stringify({ ...good, v: '1900-01-01' }))}`,
    );
    expect(end.json()).toMatchObject({ items: [], nextCursor: null });
  });

  it('counts up to the cap, then says "more than" instead of counting every row', async () => {
    const other = await fundWorld(world, manager);
    const saved = fw;
    fw = other;
    try {
      await insertRows(other.fundId, transactionCountCap);
      const atCap = (
        await get(world, manager, `/trust-fund-transactions?fund=${other.fundId}&limit=3`)
      ).json();
      expect(atCap).toMatchObject({ total: transactionCountCap, totalCapped: false });
      await insertRows(other.fundId, 1, transactionCountCap + 1);
      const page = (
        await get(world, manager, `/trust-fund-transactions?fund=${other.fundId}&limit=3`)
      ).json();
      expect(page).toMatchObject({ total: transactionCountCap, totalCapped: true });
      expect(page.items).toHaveLength(3);
      expect(page.nextCursor).toEqual(expect.any(String));
      // A liaison's count is of its own rows: about half of them here, under the cap.
      const own = (await get(world, liaison, `/trust-fund-transactions?fund=${other.fundId}&limit=3`)).json();
      expect(own.total).toBe(
        (await expected(sql`t.fund_id = ${other.fundId}::uuid and t.party_id = ${other.japanOrg}::uuid`))
          .length,
      );
      expect(own.totalCapped).toBe(false);
    } finally {
      fw = saved;
    }
  });
});
