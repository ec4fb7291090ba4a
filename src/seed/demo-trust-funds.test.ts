import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../db/client';
import { defaultMoneySettings } from '../modules/trust-funds/tf-money';
import { FakeClock } from '../test/clock';
import { drivers, openTestDatabase } from '../test/databases';
import { seedPartner, seedTaxonomies, systemContext } from './demo';
import { japan, otherPartners } from './demo-partners';
import { DEMO_RATE_SOURCE, demoRates, seedDemoTrustFunds } from './demo-trust-funds';

describe.each(drivers)('the demo trust funds on %s', (driver) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const clock = new FakeClock(Date.parse('2026-11-24T09:00:00Z'));

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    await database.db.transaction(async (tx) => {
      const taxonomies = await seedTaxonomies(tx, clock);
      const all = { ...taxonomies, partners: new Map<string, string>() };
      for (const p of [japan, ...otherPartners]) await seedPartner(tx, clock, all, p);
      await seedDemoTrustFunds(tx, systemContext, clock, defaultMoneySettings);
    });
  });
  afterAll(() => database.drop());

  it('holds Japan’s figures from the fact sheet, exactly, in their currencies', async () => {
    const rows = await selectRows<{
      fund: string;
      type: string;
      amount: string;
      currency: string;
      earmark: string;
    }>(
      database.db,
      sql`select f.code as fund, t.type, t.amount::text as amount, t.currency, t.earmark_en as earmark
          from tf_transactions t join trust_funds f on f.id = t.fund_id
          join organisations o on o.id = t.party_id join partners p on p.id = o.partner_id
          where p.iso_code = 'JP' order by f.code, t.value_date, t.type`,
    );
    const sum = (fund: string, type: string) =>
      rows
        .filter((r) => r.fund === fund && r.type === type)
        .reduce((total, r) => total + Number(r.amount), 0);
    expect(rows).toContainEqual({
      fund: 'ANA-TF',
      type: 'incoming_funds',
      amount: '20000000.00',
      currency: 'USD',
      earmark: 'Literacy programmes',
    });
    expect(rows.find((r) => r.fund === 'ANA-TF' && r.earmark === 'Medical supplies')).toBeDefined();
    // Close to USD 600 million to LOFTA over 2010–2012; USD 52 million to the reintegration programme.
    expect(sum('LOFTA', 'incoming_funds')).toBeGreaterThan(590_000_000);
    expect(sum('LOFTA', 'incoming_funds')).toBeLessThanOrEqual(600_000_000);
    expect(sum('APRP', 'incoming_funds')).toBe(52_000_000);
    // The USD 5 billion pledge over 2009–2013 is a pledge: it is not money received.
    expect(sum('AF-DEV', 'incoming_pledge')).toBe(5_000_000_000);
    expect(sum('AF-DEV', 'incoming_funds')).toBe(0);
  });

  it('holds every project the fact sheet names, the Azerbaijan one with 571 ha cleared and a phase since 2011', async () => {
    const projects = await selectRows<{ code: string; country: string; parent: string | null }>(
      database.db,
      sql`select p.code, p.beneficiary_country as country, pp.code as parent
          from tf_projects p left join tf_projects pp on pp.id = p.parent_id order by p.code`,
    );
    const countries = new Set(projects.map((p) => p.country));
    for (const country of ['TJ', 'MD', 'GE', 'AZ', 'AF']) expect(countries).toContain(country);
    expect(projects).toContainEqual({ code: 'AZ-UXO-2', country: 'AZ', parent: 'AZ-UXO' });
    const [area] = await selectRows<{ actual: string; unit: string }>(
      database.db,
      sql`select ip.actual::text as actual, i.unit from tf_indicator_periods ip
          join tf_indicators i on i.id = ip.indicator_id join tf_projects p on p.id = i.project_id
          where p.code = 'AZ-UXO'`,
    );
    expect(area).toEqual({ actual: '571', unit: 'hectares' });
  });

  it('converted every transaction at a rate of its week, and names the rates as approximate', async () => {
    const [check] = await selectRows<{ n: number; late: number; sources: string[] }>(
      database.db,
      sql`select count(*)::int as n, count(*) filter (where value_date - rate_date > 7)::int as late,
            array_agg(distinct rate_source) as sources from tf_transactions`,
    );
    expect(check!.n).toBeGreaterThan(30);
    expect(check!.late).toBe(0);
    expect([...check!.sources].sort()).toEqual(['Demo: approximate ECB reference rates', 'base'].sort());
    expect(DEMO_RATE_SOURCE).toMatch(/approximate/);
  });

  it('draws a rate every working day for each currency, none on weekends nor for the base', () => {
    const rows = demoRates(new Date('2006-01-03T00:00:00Z'), 'EUR');
    // From Monday 2 January 2006 to the week after the 3rd: two working weeks, no Saturday or Sunday.
    expect([...new Set(rows.map((r) => r.rateDate))]).toEqual([
      '2006-01-02',
      '2006-01-03',
      '2006-01-04',
      '2006-01-05',
      '2006-01-06',
      '2006-01-09',
      '2006-01-10',
    ]);
    expect(rows.some((r) => r.currency === 'EUR')).toBe(false);
    expect(rows.find((r) => r.currency === 'JPY')?.rate).toMatch(/^\d+\.\d{2}$/);
  });
});
