import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../db/client';
import { FakeClock } from '../test/clock';
import { drivers, openTestDatabase } from '../test/databases';
import { seedPartner, seedTaxonomies, systemContext } from './demo';
import { seedDemoMenu } from './demo-menu';
import { seedDemoNominations } from './demo-nominations';
import { japan, otherPartners } from './demo-partners';
import { seedDemoProgrammes } from './demo-programmes';

describe.each(drivers)('the demo programmes on %s', (driver) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const clock = new FakeClock(Date.parse('2026-11-24T09:00:00Z'));

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    await database.db.transaction(async (tx) => {
      const taxonomies = await seedTaxonomies(tx, clock);
      const all = { ...taxonomies, partners: new Map<string, string>() };
      for (const p of [japan, ...otherPartners]) await seedPartner(tx, clock, all, p);
      await seedDemoMenu(tx, clock, all);
      const programmes = await seedDemoProgrammes(tx, systemContext, clock, all);
      await seedDemoNominations(tx, clock, all, programmes);
    });
  });
  afterAll(() => database.drop());

  it('holds Japan’s programme concluded on 6 May 2014, from the 2014 menu, and Georgia’s under review', async () => {
    const rows = await selectRows<{
      iso: string;
      status: string;
      agreedOn: string | null;
      objectives: number;
      activities: number;
      years: number[];
      uncovered: number;
      steps: string[];
      agreedAt: string | null;
    }>(
      database.db,
      sql`select p.iso_code as iso, g.status, g.agreed_on::text as "agreedOn",
        (select count(*)::int from programme_objectives o where o.programme_id = g.id) as objectives,
        (select count(*)::int from programme_activities pa where pa.programme_id = g.id) as activities,
        (select array_agg(distinct a.year::int) from programme_activities pa join activities a on a.id = pa.activity_id
          where pa.programme_id = g.id) as years,
        (select count(*)::int from programme_objectives o where o.programme_id = g.id and not exists (
          select 1 from programme_activities pa where pa.programme_id = g.id and pa.objective_key = o.key)) as uncovered,
        (select array_agg(t.to_status order by t.occurred_at) from programme_transitions t where t.programme_id = g.id) as steps,
        (select t.occurred_at::date::text from programme_transitions t where t.programme_id = g.id and t.to_status = 'agreed') as "agreedAt"
      from programmes g join partners p on p.id = g.partner_id order by p.iso_code`,
    );
    expect(rows.map((r) => [r.iso, r.status])).toEqual([
      ['GE', 'under_review'],
      ['JP', 'completed'],
    ]);
    const jp = rows.find((r) => r.iso === 'JP')!;
    expect(jp).toMatchObject({
      agreedOn: '2014-05-06',
      agreedAt: '2014-05-06',
      objectives: 7,
      years: [2014],
      uncovered: 1,
    });
    expect(jp.steps).toEqual(['draft', 'submitted', 'under_review', 'agreed', 'active', 'completed']);
    expect(jp.activities).toBeGreaterThanOrEqual(6);
    const ge = rows.find((r) => r.iso === 'GE')!;
    expect(ge).toMatchObject({ agreedOn: null, objectives: 3, years: [2026] });
  });

  it('has Japan’s people at its 2014 activities, attendance recorded, and this year’s within the seats', async () => {
    const rows = await selectRows<{
      year: number;
      iso: string;
      status: string;
      attendance: string | null;
      n: number;
    }>(
      database.db,
      sql`select a.year::int as year, p.iso_code as iso, n.status, n.attendance, count(*)::int as n
        from nominations n join partners p on p.id = n.partner_id
        join iterations i on i.id = n.iteration_id join activities a on a.id = i.activity_id
        group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
    );
    const past = rows.filter((r) => r.year === 2014);
    expect(past.every((r) => r.iso === 'JP' && r.status === 'accepted')).toBe(true);
    expect(past.find((r) => r.attendance === 'absent')?.n).toBe(1);
    expect(past.find((r) => r.attendance === 'attended')!.n).toBeGreaterThanOrEqual(6);
    const now = rows.filter((r) => r.year === 2026);
    expect(new Set(now.map((r) => r.iso))).toEqual(new Set(['GE', 'JP']));
    const [over] = await selectRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from iterations i where i.seats < (
        select count(*) from nominations n where n.iteration_id = i.id and n.status = 'accepted')`,
    );
    expect(over!.n).toBe(0);
  });
});
