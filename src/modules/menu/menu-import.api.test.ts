import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, auditEvents, iterations } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { csvFile, importRow, postImport, XLSX, xlsxFile } from './menu-io.test-support';

interface Report {
  dryRun: boolean;
  rows: number;
  activities: number;
  iterations: number;
  errors: { row: number; column: string; code: string; message: string }[];
  errorCount: number;
}

describe.each(drivers)('menu import on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let provider: Caller;
  let french: Caller;

  const counts = async () => {
    const db = world.database.db;
    const [a] = await db.select({ n: count() }).from(activities);
    const [i] = await db.select({ n: count() }).from(iterations);
    const [e] = await db.select({ n: count() }).from(auditEvents);
    return { activities: a!.n, iterations: i!.n, audit: e!.n };
  };
  const dryRun = async (caller: Caller, body: string | Buffer, type?: string) => {
    const response = await postImport(world, caller, body, { type });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Report;
  };
  const errorsOf = (report: Report) => report.errors.map(({ row, column, code }) => ({ row, column, code }));

  beforeAll(async () => {
    world = await createWorld(driver);
    staff = await signIn(world.app, world.users.staff_officer);
    provider = await signIn(world.app, world.users.activity_provider);
    french = await signIn(world.app, world.users.admin);
    const toFrench = await world.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: french.write,
      payload: { locale: 'fr' },
    });
    expect(toFrench.statusCode).toBe(200);
  });
  afterAll(() => world?.close());

  it('reports every problem of a dry run by row and column, in English, and writes nothing', async () => {
    const before = await counts();
    const file = csvFile([
      importRow({ code: 'NSO.D-1', areas: 'CRISIS;NOWHERE' }),
      importRow({ code: 'NSO.D-2', start: '2026-13-01' }),
      importRow({ code: 'NSO.D-3', start: '2026-05-08', end: '2026-05-04', deadline: '2026-04-01' }),
      importRow({ code: 'NSO.D-4', deadline: '2026-06-01' }),
      importRow({ code: 'NSO.D-5', seats: '-3' }),
      importRow({ code: 'NSO.D-6', provider: 'NOPE', eligibility: 'frameworks', online: 'perhaps' }),
      importRow({ code: 'NSO.D-7', title_en: 'x'.repeat(301), country: 'XX' }),
      importRow({ code: 'NSO.D-8', eligibility: 'partners', start: '', end: '' }),
      importRow({ code: 'NSO.D-9', partner_seat_limit: 'two' }),
      importRow({ code: 'NSO.D-10', partner_seat_limit: '0' }),
      importRow({ code: 'NSO.D-11', partner_seat_limit: '11' }),
    ]);
    const report = await dryRun(staff, file);
    expect(report).toMatchObject({ dryRun: true, rows: 11, activities: 11, iterations: 11 });
    expect(errorsOf(report)).toEqual([
      { row: 2, column: 'areas', code: 'import.unknown_area' },
      { row: 3, column: 'start', code: 'date.invalid' },
      { row: 4, column: 'end', code: 'iteration.end_before_start' },
      { row: 5, column: 'deadline', code: 'iteration.deadline_after_start' },
      { row: 6, column: 'seats', code: 'seats.negative' },
      { row: 7, column: 'provider', code: 'import.unknown_provider' },
      { row: 7, column: 'eligible_frameworks', code: 'eligibility.frameworks_required' },
      { row: 7, column: 'online', code: 'import.bad_boolean' },
      { row: 8, column: 'title_en', code: 'too_big_string' },
      { row: 8, column: 'country', code: 'iso.invalid' },
      { row: 9, column: 'eligible_partners', code: 'eligibility.partners_required' },
      { row: 9, column: 'start', code: 'import.self_paced' },
      { row: 10, column: 'partner_seat_limit', code: 'import.bad_number' },
      { row: 11, column: 'partner_seat_limit', code: 'too_small_number' },
      { row: 12, column: 'partner_seat_limit', code: 'too_big_number' },
    ]);
    expect(report.errors[0]!.message).toBe('No area of cooperation has the code "NOWHERE".');
    // More seats per partner than the 10 seats of the row.
    expect(report.errors.at(-1)!.message).toBe('Must be at most 10.');
    expect(report.errorCount).toBe(15);
    expect(await counts()).toEqual(before);
  });

  it('speaks French to a French user, and reads French headers whatever their case and accents', async () => {
    const file = csvFile(
      [importRow({ code: 'NSO.FR-1', start: '2026-05-08', end: '2026-05-01', areas: 'NULLE' })],
      {
        code: 'Code',
        year: 'ANNÉE',
        provider: 'fournisseur',
        kind: 'Type',
        title_en: 'titre_en',
        title_fr: 'Titre_FR',
        areas: 'domaines',
        languages: 'langues',
        eligibility: 'eligibilite',
        releasability: 'diffusion',
        self_paced: 'rythme libre',
        start: 'début',
        end: 'fin',
        online: 'en_ligne',
        city: 'ville',
        country: 'pays',
        seats: 'places',
        deadline: 'Date limite',
      },
    );
    const report = await dryRun(french, file);
    expect(report.errors).toEqual([
      {
        row: 2,
        column: 'domaines',
        code: 'import.unknown_area',
        message: 'Aucun domaine de coopération n’a le code « NULLE ».',
      },
      { row: 2, column: 'fin', code: 'iteration.end_before_start', message: expect.any(String) },
    ]);
  });

  it('refuses unknown, doubled and missing columns as problems of row 1', async () => {
    const row = importRow();
    delete (row as Record<string, string>).areas;
    const report = await dryRun(staff, csvFile([{ ...row, colour: 'red', Title_EN: 'again' }]));
    expect(errorsOf(report)).toEqual(
      expect.arrayContaining([
        { row: 1, column: 'colour', code: 'import.unknown_header' },
        { row: 1, column: 'Title_EN', code: 'import.duplicate_header' },
        { row: 1, column: 'areas', code: 'import.missing_header' },
      ]),
    );
    expect(report.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['Unknown column "colour".', 'The required column "areas" is missing.']),
    );
  });

  it('imports a whole file as drafts in one go, audited, with self-paced and iteration-less activities', async () => {
    const before = await counts();
    const file = csvFile([
      importRow({ code: 'NSO.OK-1', eligibility: 'frameworks', eligible_frameworks: 'PFP;pag' }),
      // The same activity's second run: its activity cells may stay empty.
      {
        ...importRow({ code: 'NSO.OK-1', start: '2026-09-07', end: '2026-09-11', deadline: '' }),
        title_en: '',
        eligibility: '',
      },
      importRow({
        code: 'NSO.OK-2',
        kind: 'e-learning',
        self_paced: 'yes',
        start: '',
        end: '',
        deadline: '',
        online: 'oui',
        city: '',
        country: '',
        seats: '200',
        eligibility: 'partners',
        eligible_partners: 'JP;Georgia',
        fee: '1 250,50',
        currency: 'eur',
      } as Record<string, string>),
      importRow({
        code: 'NSO.OK-3',
        start: '',
        end: '',
        online: '',
        city: '',
        country: '',
        seats: '',
        deadline: '',
      }),
    ]);
    const response = await postImport(world, staff, file, { dryRun: false });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      dryRun: false,
      rows: 4,
      activities: 3,
      iterations: 3,
      errors: [],
    });
    const rows = await world.database.db
      .select()
      .from(activities)
      .where(sql`${activities.code} like 'NSO.OK-%'`);
    expect(rows.map((r) => [r.code, r.status]).sort()).toEqual([
      ['NSO.OK-1', 'draft'],
      ['NSO.OK-2', 'draft'],
      ['NSO.OK-3', 'draft'],
    ]);
    const selfPaced = rows.find((r) => r.code === 'NSO.OK-2')!;
    expect(selfPaced).toMatchObject({ kind: 'e_learning', feeAmount: '1250.50', feeCurrency: 'EUR' });
    expect([...selfPaced.eligiblePartnerIds].sort()).toEqual(
      [world.partners.japan, world.partners.georgia].sort(),
    );
    const after = await counts();
    expect(after.activities - before.activities).toBe(3);
    expect(after.iterations - before.iterations).toBe(3);
    // One event per activity and the import's own summary.
    expect(after.audit - before.audit).toBe(4);
    const [summary] = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'menu.import'));
    expect(summary).toMatchObject({
      actorLabel: world.users.staff_officer,
      after: expect.objectContaining({
        activities: 3,
        iterations: 3,
        codes: ['NSO.OK-1', 'NSO.OK-2', 'NSO.OK-3'],
      }),
    });
  });

  it('writes nothing at all when one row of many is wrong, and says where', async () => {
    const before = await counts();
    const good = Array.from({ length: 20 }, (_, n) => importRow({ code: `NSO.ALL-${n}` }));
    good.splice(7, 0, importRow({ code: 'NSO.ALL-BAD', end: '2026-01-01' }));
    const response = await postImport(world, staff, csvFile(good), { dryRun: false });
    expect(response.statusCode).toBe(422);
    const body = problem(response);
    expect(body).toMatchObject({ code: 'import.invalid', detail: expect.stringContaining('1 problem') });
    expect(body.errors).toEqual([
      { path: 'row 9 / end', code: 'iteration.end_before_start', message: expect.any(String) },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('finds codes already in the menu and a code repeated with other values', async () => {
    await postImport(world, staff, csvFile([importRow({ code: 'NSO.TAKEN' })]), { dryRun: false });
    const report = await dryRun(
      staff,
      csvFile([
        importRow({ code: 'nso.taken' }),
        importRow({ code: 'NSO.TWICE' }),
        importRow({ code: 'NSO.TWICE', title_en: 'Another title' }),
        importRow({ code: 'NSO.TAKEN', year: '2027' }),
      ]),
    );
    expect(errorsOf(report)).toEqual([
      { row: 2, column: 'code', code: 'import.code_taken' },
      { row: 4, column: 'title_en', code: 'import.duplicate_code' },
    ]);
    expect(report.errors[1]!.message).toContain('Row 3');
  });

  it('lets a provider import its own activities only', async () => {
    const report = await dryRun(
      provider,
      csvFile([
        importRow({ code: 'NSO.MINE', provider: '' }),
        importRow({ code: 'ACT.THEIRS', provider: 'ACT' }),
      ]),
    );
    expect(report.errors).toEqual([
      {
        row: 3,
        column: 'provider',
        code: 'import.foreign_provider',
        message: 'You may import the activities of your own provider (NSO) only.',
      },
    ]);
    const mine = await postImport(
      world,
      provider,
      csvFile([importRow({ code: 'NSO.MINE', provider: 'nso' })]),
      {
        dryRun: false,
      },
    );
    expect(mine.statusCode, mine.body).toBe(201);
    const viewer = await signIn(world.app, world.users.viewer);
    expect((await postImport(world, viewer, csvFile([importRow()]))).statusCode).toBe(403);
  });

  it('reads XLSX with real date cells and refuses a formula cell', async () => {
    const good = await xlsxFile([
      {
        ...importRow({ code: 'NSO.X-1' }),
        start: new Date(Date.UTC(2026, 4, 4)),
        end: new Date(Date.UTC(2026, 4, 8)),
        seats: 12,
        year: 2026,
      },
    ]);
    const ok = await dryRun(staff, good, XLSX);
    expect(ok).toMatchObject({ rows: 1, activities: 1, iterations: 1, errors: [] });
    const withFormula = await xlsxFile([
      importRow({ code: 'NSO.X-2' }),
      {
        ...importRow({ code: 'NSO.X-3' }),
        title_en: { formula: 'HYPERLINK("http://evil.example","click")' },
      },
    ]);
    const report = await dryRun(staff, withFormula, XLSX);
    expect(errorsOf(report)).toEqual([{ row: 3, column: 'title_en', code: 'import.formula' }]);
  });

  it('refuses a row with more cells than headers', async () => {
    const file = `${csvFile([importRow({ code: 'NSO.M-1' })])}${Object.values(importRow({ code: 'NSO.M-2' })).join(',')},extra,cells\n`;
    const report = await dryRun(staff, file);
    expect(errorsOf(report)).toEqual([{ row: 3, column: '', code: 'import.malformed_row' }]);
  });

  it('answers 415 for another type, 422 for an empty or unreadable file, 413 for a huge one', async () => {
    const pdf = await postImport(world, staff, 'hello', { type: 'application/pdf' });
    expect(pdf.statusCode).toBe(415);
    expect(problem(pdf)).toMatchObject({ code: 'import.unsupported_type' });
    const untyped = await world.app.inject({
      method: 'POST',
      url: '/api/v1/menu/imports',
      headers: staff.write,
      payload: Buffer.from('code,year\n'),
    });
    expect(untyped.statusCode).toBe(415);
    expect(problem(untyped).code).toBe('import.unsupported_type');
    const plain = await postImport(world, french, 'hello', { type: 'text/plain' });
    expect(problem(plain)).toMatchObject({
      code: 'import.unsupported_type',
      title: 'Type de fichier non pris en charge',
    });
    for (const [body, type] of [
      ['', 'text/csv'],
      ['code,year\n', 'text/csv'],
      ['\n\n', 'text/csv'],
    ] as const) {
      const empty = await postImport(world, staff, body, { type });
      expect(empty.statusCode, body).toBe(422);
      expect(problem(empty).code).toBe('import.empty');
    }
    const fake = await postImport(world, staff, 'code,year\nNSO.1,2026\n', { type: XLSX });
    expect(fake.statusCode).toBe(422);
    expect(problem(fake)).toMatchObject({
      code: 'import.unreadable',
      detail: expect.stringContaining('XLSX'),
    });
    const broken = await postImport(world, staff, 'code,year\n"NSO.1,2026\n', { type: 'text/csv' });
    expect(problem(broken).code).toBe('import.unreadable');
    const huge = await postImport(world, staff, Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), {
      type: 'text/csv',
    });
    expect(huge.statusCode).toBe(413);
    expect(problem(huge)).toMatchObject({
      code: 'import.too_large',
      detail: expect.stringContaining('10485760'),
    });
  });

  it('gives the template in either language, and the template imports cleanly', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const csv = await world.app.inject({
        url: `/api/v1/menu/import-template.csv?lang=${lang}`,
        headers: staff.headers,
      });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-disposition']).toBe(`attachment; filename="menu-template-${lang}.csv"`);
      expect(csv.body).toContain(lang === 'en' ? 'title_en,title_fr' : 'titre_en,titre_fr');
      expect((await dryRun(staff, csv.body)).errors).toEqual([]);
      const xlsx = await world.app.inject({
        url: `/api/v1/menu/import-template.xlsx?lang=${lang}`,
        headers: staff.headers,
      });
      expect(xlsx.headers['content-type']).toBe(XLSX);
      expect((await dryRun(staff, xlsx.rawPayload, XLSX)).errors).toEqual([]);
    }
    const [imported] = await world.database.db
      .select({ n: count() })
      .from(activities)
      .where(and(eq(activities.code, 'NSO.CY-101')));
    expect(imported!.n).toBe(0);
  });
});
