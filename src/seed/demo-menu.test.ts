import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../db/client';
import { createActivityBodySchema } from '../modules/menu/menu.schemas';
import { FakeClock } from '../test/clock';
import { drivers, openTestDatabase } from '../test/databases';
import { seedPartner, seedTaxonomies } from './demo';
import { type GenerateMenuInput, generateMenu, planStatuses, seedDemoMenu } from './demo-menu';
import { japan, otherPartners } from './demo-partners';
import { demoAreas, demoFrameworks, demoProviders } from './demo-taxonomies';

const ids = (codes: readonly string[]) => new Map(codes.map((code) => [code, randomUUID()]));

const input: GenerateMenuInput = {
  year: 2026,
  activities: 300,
  providers: demoProviders.map((p) => ({ code: p.code, id: randomUUID() })),
  areas: ids(demoAreas.map((a) => a.code)),
  frameworks: ids(demoFrameworks.map((f) => f.code)),
  partners: ids(['JP', 'GE', 'UA', 'JO', 'MA', 'AU']),
  seed: 42,
};

describe('the demo menu generator', () => {
  const menu = generateMenu(input);

  it('gives the same menu for the same seed, and another for another seed', () => {
    expect(generateMenu(input)).toEqual(menu);
    expect(generateMenu({ ...input, seed: 43 })).not.toEqual(menu);
    expect(generateMenu({ ...input, year: 2014 })[0]!.code).not.toBe(undefined);
  });

  it('makes bodies the API accepts as they are', () => {
    expect(menu).toHaveLength(300);
    for (const body of menu) {
      const parsed = createActivityBodySchema.safeParse(body);
      expect(parsed.success, `${body.code}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(parsed.data).toEqual(body);
    }
  });

  it('writes every title and description in English and in French, with accents', () => {
    for (const body of menu) {
      expect(body.title.en.length).toBeGreaterThan(5);
      expect(body.title.fr.length).toBeGreaterThan(5);
      expect(body.description.en.length).toBeGreaterThan(50);
      expect(body.description.fr.length).toBeGreaterThan(50);
      expect(body.title.fr).not.toBe(body.title.en);
    }
    const french = menu.map((b) => `${b.title.fr} ${b.description.fr}`).join(' ');
    expect(french).toMatch(/sécurité|sûreté/);
    expect(french).toMatch(/gestion des crises/);
    expect(french).not.toMatch(/ de le | de les | à le | à les /);
  });

  it('covers the areas, kinds and eligibility rules of a real menu', () => {
    const areas = new Set(menu.flatMap((b) => b.areaIds));
    expect(areas.size).toBeGreaterThanOrEqual(8);
    expect(new Set(menu.map((b) => b.kind)).size).toBe(8);
    const share = (kind: string) => menu.filter((b) => b.eligibility.kind === kind).length / menu.length;
    expect(share('all')).toBeGreaterThan(0.55);
    expect(share('frameworks')).toBeGreaterThan(0.1);
    expect(share('partners')).toBeGreaterThan(0.03);
    expect(new Set(menu.map((b) => b.releasability))).toEqual(new Set(['public', 'internal', 'releasable']));
    expect(menu.some((b) => b.fee !== null)).toBe(true);
  });

  it('gives codes <PROVIDER>.<number>, unique in the year', () => {
    const codes = menu.map((b) => b.code.toLowerCase());
    expect(new Set(codes).size).toBe(codes.length);
    const providerCodes = new Map(input.providers.map((p) => [p.id, p.code]));
    for (const body of menu)
      expect(body.code).toBe(`${providerCodes.get(body.providerId)}.${body.code.split('.').at(-1)}`);
    expect(menu.every((b) => /\.\d+$/.test(b.code))).toBe(true);
  });

  it('dates runs within the year, on Mondays, with the deadline 4 to 8 weeks before', () => {
    for (const body of menu) {
      expect(body.iterations.length).toBeGreaterThanOrEqual(1);
      expect(body.iterations.length).toBeLessThanOrEqual(4);
      for (const it of body.iterations) {
        expect(it.seats).toBeGreaterThanOrEqual(5);
        expect(it.seats).toBeLessThanOrEqual(40);
        if (body.kind === 'e_learning') {
          expect(it).toMatchObject({ startsOn: null, endsOn: null, online: true });
          continue;
        }
        const start = new Date(`${it.startsOn}T00:00:00Z`);
        const end = new Date(`${it.endsOn}T00:00:00Z`);
        const deadline = new Date(`${it.nominationDeadline}T00:00:00Z`);
        expect(start.getUTCFullYear()).toBe(2026);
        expect(start.getUTCDay()).toBe(1);
        const days = (end.getTime() - start.getTime()) / 86_400_000 + 1;
        expect(days).toBeGreaterThanOrEqual(1);
        expect(days).toBeLessThanOrEqual(10);
        const weeks = (start.getTime() - deadline.getTime()) / (7 * 86_400_000);
        expect(weeks).toBeGreaterThanOrEqual(4);
        expect(weeks).toBeLessThanOrEqual(8);
        expect(
          it.online ? it.city === '' && it.countryCode === null : it.city !== '' && it.countryCode !== null,
        ).toBe(true);
      }
      const starts = body.iterations.map((it) => it.startsOn);
      expect(new Set(starts).size).toBe(starts.length);
    }
  });

  it('plans statuses from the date: past runs completed, coming ones open or published, a few drafts', () => {
    const plans = planStatuses(menu, '2026-11-24', 7);
    expect(plans).toEqual(planStatuses(menu, '2026-11-24', 7));
    plans.forEach((plan, n) => {
      expect(plan.iterationStatuses).toHaveLength(menu[n]!.iterations.length);
      menu[n]!.iterations.forEach((it, m) => {
        const status = plan.iterationStatuses[m];
        if (status === 'completed') expect(it.endsOn! < '2026-11-24').toBe(true);
        if (status === 'open')
          expect(it.startsOn === null || it.nominationDeadline! >= '2026-11-24').toBe(true);
      });
    });
    const statuses = new Set(plans.map((p) => p.status));
    for (const s of ['draft', 'open', 'completed']) expect(statuses).toContain(s);
    const past = planStatuses(generateMenu({ ...input, year: 2014 }), '2026-11-24', 7);
    expect(past.every((p) => p.status === 'completed' || p.status === 'cancelled')).toBe(true);
  });
});

describe.each(drivers)('the demo menu in the database on %s', (driver) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const clock = new FakeClock(Date.parse('2026-11-24T09:00:00Z'));

  beforeAll(async () => {
    database = await openTestDatabase(driver);
  });
  afterAll(() => database.drop());

  it('loads a 2014 menu and this year’s, published except the drafts, searchable in both languages', async () => {
    await database.db.transaction(async (tx) => {
      const taxonomies = await seedTaxonomies(tx, clock);
      const all = { ...taxonomies, partners: new Map<string, string>() };
      for (const p of [japan, ...otherPartners]) await seedPartner(tx, clock, all, p);
      await seedDemoMenu(tx, clock, all);
    });
    const years = await selectRows<{ year: number; n: number; drafts: number; unpublished: number }>(
      database.db,
      sql`select year::int as year, count(*)::int as n,
        count(*) filter (where status = 'draft')::int as drafts,
        count(*) filter (where status <> 'draft' and published_at is null)::int as unpublished
        from activities group by year order by year`,
    );
    expect(years.map((y) => y.year)).toEqual([2014, 2026]);
    expect(years.reduce((sum, y) => sum + y.n, 0)).toBeGreaterThanOrEqual(300);
    expect(years[0]!.drafts).toBe(0);
    expect(years[1]!.drafts).toBeGreaterThan(0);
    expect(years.every((y) => y.unpublished === 0)).toBe(true);
    const [found] = await selectRows<{ en: number; fr: number }>(
      database.db,
      sql`select count(*) filter (where search_vector @@ to_tsquery('english', 'crisis:* & management:*'))::int as en,
        count(*) filter (where search_vector @@ to_tsquery('french', 'securite:*'))::int as fr from activities`,
    );
    expect(found!.en).toBeGreaterThan(0);
    expect(found!.fr).toBeGreaterThan(0);
    const [audits] = await selectRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_events where action = 'activity.create'`,
    );
    expect(audits!.n).toBe(years.reduce((sum, y) => sum + y.n, 0));
  });
});
