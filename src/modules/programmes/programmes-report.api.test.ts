import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { getProgramme, ifMatch, newVersion, pathTo, step, stepExtra } from './programmes.test-support';
import { fileRows, writeReportCsv, writeReportXlsx } from './programmes-report.export';
import type { PartnerReport, ProgrammeReport, ReportLine } from './programmes-report.schemas';
import { buildReportWorld, type ReportWorld } from './programmes-report.test-support';

const counts = (planned: number, nominated: number, accepted: number, attended: number) => ({
  planned,
  nominated,
  accepted,
  attended,
});

/** A line as a reader scans it: area code (or OUTSIDE), year, the four counts. */
const brief = (l: ReportLine) => [
  l.outsideProgrammes ? 'OUTSIDE' : l.area?.code,
  l.year,
  l.planned,
  l.nominated,
  l.accepted,
  l.attended,
];

describe.each(drivers)('implementation reports on %s', (driver) => {
  let world: World;
  let setup: ReportWorld;
  let staff: Caller;
  let liaison: Caller;
  let georgia: Caller;

  const read = async <T>(caller: Caller, url: string) => {
    const response = await world.app.inject({ url: `/api/v1${url}`, headers: caller.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as T;
  };
  const programmeReport = (caller: Caller, id = setup.programme.id) =>
    read<ProgrammeReport>(caller, `/programmes/${id}/report`);
  const partnerReport = (caller: Caller, query = '', partner = world.partners.japan) =>
    read<PartnerReport>(caller, `/partners/${partner}/implementation-report${query}`);

  beforeAll(async () => {
    world = await createWorld(driver);
    setup = await buildReportWorld(world);
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, 'georgia.liaison@test');
  }, 120_000);
  afterAll(() => world?.close());

  it('counts a programme by area and menu year: planned, nominated, accepted, attended', async () => {
    const report = await programmeReport(staff);
    expect(report.programme).toMatchObject({ id: setup.programme.id, versionNo: 1, status: 'agreed' });
    expect(report.partner).toMatchObject({ id: world.partners.japan, isoCode: 'JP' });
    // The crisis area holds B and D, and C, which serves the crisis objective though the activity is
    // about cyber defence; the withdrawn nomination, Georgia's and those outside it do not count; the
    // erased attendee does.
    expect(report.lines.map(brief)).toEqual([
      ['CRISIS', 2026, 4, 1, 1, 1],
      ['CRISIS', 2027, 3, 2, 1, 0],
      ['CYBER', 2027, 3, 2, 2, 1],
    ]);
    expect(report.byArea.map(brief)).toEqual([
      ['CRISIS', null, 7, 3, 2, 1],
      ['CYBER', null, 3, 2, 2, 1],
    ]);
    expect(report.byYear).toEqual([
      { year: 2026, ...counts(4, 1, 1, 1) },
      { year: 2027, ...counts(6, 4, 3, 1) },
    ]);
    expect(report.totals).toEqual(counts(10, 5, 4, 2));
  });

  it('sorts the areas by their name in the caller’s language', async () => {
    const viewer = await signIn(world.app, world.users.viewer);
    const toFrench = await world.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: viewer.write,
      payload: { locale: 'fr' },
    });
    expect(toFrench.statusCode, toFrench.body).toBe(200);
    const report = await programmeReport(viewer);
    // « Cyberdéfense » before « Gestion de crise et soutien de la paix ».
    expect(report.byArea.map((l) => l.area!.name.fr)).toEqual([
      'Cyberdéfense',
      'Gestion de crise et soutien de la paix',
    ]);
    expect(report.totals).toEqual(counts(10, 5, 4, 2));
  });

  it('reports a draft programme from its plan, with the partner’s nominations however they were made', async () => {
    const report = await programmeReport(liaison, setup.draft.id);
    expect(report.lines.map(brief)).toEqual([['CRISIS', 2027, 5, 2, 2, 0]]);
    expect(report.totals).toEqual(counts(5, 2, 2, 0));
  });

  it('reports a partner over its agreed programmes, with what it nominated outside them', async () => {
    const report = await partnerReport(liaison);
    expect(report.programmes.map((p) => [p.id, p.versionNo, p.status])).toEqual([
      [setup.programme.id, 1, 'agreed'],
    ]);
    expect(report.lines.map(brief)).toEqual([
      ['CRISIS', 2026, 4, 1, 1, 1],
      ['CRISIS', 2027, 3, 2, 1, 0],
      ['CYBER', 2027, 3, 2, 2, 1],
      ['OUTSIDE', 2027, 0, 2, 2, 0],
    ]);
    expect(report.byArea.map(brief).at(-1)).toEqual(['OUTSIDE', null, 0, 2, 2, 0]);
    expect(report.byYear.find((y) => y.year === 2027)).toEqual({ year: 2027, ...counts(6, 6, 5, 1) });
    expect(report.totals).toEqual(counts(10, 7, 6, 2));
    expect([report.from, report.to]).toEqual([null, null]);
  });

  it('narrows the partner report to menu years', async () => {
    const only2027 = await partnerReport(staff, '?from=2027&to=2027');
    expect([only2027.from, only2027.to]).toEqual([2027, 2027]);
    expect(only2027.byYear.map((y) => y.year)).toEqual([2027]);
    expect(only2027.totals).toEqual(counts(6, 6, 5, 1));
    const only2026 = await partnerReport(staff, '?to=2026');
    expect(only2026.lines.map(brief)).toEqual([['CRISIS', 2026, 4, 1, 1, 1]]);
    const later = await partnerReport(staff, '?from=2030');
    expect(later.programmes).toEqual([]);
    expect(later.lines).toEqual([]);
    expect(later.totals).toEqual(counts(0, 0, 0, 0));
  });

  it('shows each partner’s report to its own liaison only; viewers read every report', async () => {
    for (const url of [
      `/api/v1/programmes/${setup.programme.id}/report`,
      `/api/v1/programmes/${setup.programme.id}/report.csv`,
      `/api/v1/partners/${world.partners.japan}/implementation-report`,
      `/api/v1/partners/${world.partners.japan}/implementation-report.xlsx`,
    ]) {
      const foreign = await world.app.inject({ url, headers: georgia.headers });
      expect(foreign.statusCode, url).toBe(404);
      expect(foreign.body).not.toContain(world.partners.japan);
    }
    const georgiaByJapan = await world.app.inject({
      url: `/api/v1/partners/${world.partners.georgia}/implementation-report`,
      headers: liaison.headers,
    });
    expect(problem(georgiaByJapan).code).toBe('partner.not_found');
    expect((await partnerReport(georgia, '', world.partners.georgia)).lines.map(brief)).toEqual([
      ['OUTSIDE', 2027, 0, 1, 1, 0],
    ]);
    const provider = await signIn(world.app, world.users.activity_provider);
    const refused = await world.app.inject({
      url: `/api/v1/programmes/${setup.programme.id}/report`,
      headers: provider.headers,
    });
    expect(refused.statusCode).toBe(403);
    const nobody = await world.app.inject({
      url: `/api/v1/partners/${world.partners.japan}/implementation-report`,
      headers: anonymous.headers,
    });
    expect(nobody.statusCode).toBe(401);
  });

  it('answers 404 for a programme or partner that does not exist', async () => {
    const none = randomUUID();
    const programme = await world.app.inject({
      url: `/api/v1/programmes/${none}/report.xlsx`,
      headers: staff.headers,
    });
    expect([programme.statusCode, problem(programme).code]).toEqual([404, 'programme.not_found']);
    const partner = await world.app.inject({
      url: `/api/v1/partners/${none}/implementation-report`,
      headers: staff.headers,
    });
    expect([partner.statusCode, problem(partner).code]).toEqual([404, 'partner.not_found']);
  });

  it('refuses bad parameters with 400 and the field at fault', async () => {
    const japan = `/api/v1/partners/${world.partners.japan}`;
    for (const [url, field] of [
      ['/api/v1/programmes/not-an-id/report', 'id'],
      [`${japan}/implementation-report?from=2028&to=2027`, 'to'],
      [`${japan}/implementation-report?from=twenty`, 'from'],
      [`${japan}/implementation-report?to=1800`, 'to'],
      [`${japan}/implementation-report.csv?lang=de`, 'lang'],
      [`/api/v1/programmes/${setup.programme.id}/report.xlsx?lang=es`, 'lang'],
      [`${japan}/implementation-report?year=2027`, ''],
    ] as const) {
      const response = await world.app.inject({ url, headers: staff.headers });
      expect(response.statusCode, url).toBe(400);
      expect(
        problem(response)
          .errors.map((e) => e.path)
          .join(' '),
        url,
      ).toContain(field);
    }
    const reversed = await world.app.inject({
      url: `${japan}/implementation-report?from=2028&to=2027`,
      headers: staff.headers,
    });
    expect(problem(reversed).errors[0]!.message).toBe('Must be at least 2028.');
  });

  it('writes the report as CSV with English or French headers, by lang or by the user’s language', async () => {
    const en = await world.app.inject({
      url: `/api/v1/programmes/${setup.programme.id}/report.csv`,
      headers: staff.headers,
    });
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-type']).toContain('text/csv');
    expect(en.headers['content-disposition']).toBe('attachment; filename="programme-report-jp-v1-en.csv"');
    const rows = parse(en.body.replace(/^\uFEFF/, '')) as string[][];
    expect(rows).toEqual([
      ['Area of cooperation', 'Menu year', 'Planned', 'Nominated', 'Accepted', 'Attended'],
      ['Crisis management and peace support', '2026', '4', '1', '1', '1'],
      ['Crisis management and peace support', '2027', '3', '2', '1', '0'],
      ['Crisis management and peace support', 'All years', '7', '3', '2', '1'],
      ['Cyber defence', '2027', '3', '2', '2', '1'],
      ['Cyber defence', 'All years', '3', '2', '2', '1'],
      ['All areas', '2026', '4', '1', '1', '1'],
      ['All areas', '2027', '6', '4', '3', '1'],
      ['All areas', 'All years', '10', '5', '4', '2'],
    ]);
    const fr = await world.app.inject({
      url: `/api/v1/programmes/${setup.programme.id}/report.csv?lang=fr`,
      headers: staff.headers,
    });
    const frRows = parse(fr.body.replace(/^\uFEFF/, '')) as string[][];
    expect(frRows[0]).toEqual([
      'Domaine de coopération',
      'Année du menu',
      'Prévus',
      'Proposés',
      'Acceptés',
      'Présents',
    ]);
    // Sorted by the French names: « Cyberdéfense » before « Gestion de crise… ».
    expect(frRows.slice(1, 3).map((r) => r.slice(0, 2))).toEqual([
      ['Cyberdéfense', '2027'],
      ['Cyberdéfense', 'Toutes les années'],
    ]);
    // Georgia's liaison has French as its language: its own report comes in French unasked.
    const own = await world.app.inject({
      url: `/api/v1/partners/${world.partners.georgia}/implementation-report.csv`,
      headers: georgia.headers,
    });
    const ownRows = parse(own.body.replace(/^\uFEFF/, '')) as string[][];
    expect(ownRows[0]![0]).toBe('Domaine de coopération');
    expect(ownRows[1]).toEqual(['Hors programmes', '2027', '0', '1', '1', '0']);
  });

  it('writes the partner report as XLSX that reads back with numbers as numbers', async () => {
    const response = await world.app.inject({
      url: `/api/v1/partners/${world.partners.japan}/implementation-report.xlsx?from=2027&lang=fr`,
      headers: liaison.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="implementation-report-jp-2027-end-fr.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      'Domaine de coopération',
      'Année du menu',
      'Prévus',
      'Proposés',
      'Acceptés',
      'Présents',
    ]);
    expect(values(2)).toEqual(['Cyberdéfense', 2027, 3, 2, 2, 1]);
    expect(values(sheet.rowCount)).toEqual(['Tous les domaines', 'Toutes les années', 6, 6, 5, 1]);
    expect(sheet.getColumn(1).values).toContain('Hors programmes');
  });

  it('keeps text that looks like a formula as text in both files', async () => {
    const report = await programmeReport(staff);
    const line = {
      ...report.byArea[0]!,
      area: { ...report.byArea[0]!.area!, name: { en: '=1+2', fr: '@SUM(A1)' } },
    };
    const rows = fileRows({ ...report, lines: [], byArea: [line], byYear: [] }, 'en');
    const csv = parse(writeReportCsv(rows, 'en').replace(/^\uFEFF/, '')) as string[][];
    expect(csv[1]![0]).toBe("'=1+2");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeReportXlsx(rows, 'fr')) as unknown as ExcelJS.Buffer);
    const cell = workbook.worksheets[0]!.getCell('A2');
    expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.String, '=1+2']);
  });

  it('counts the draft of a new version from its own plan; the partner report keeps the agreed one until it is agreed', async () => {
    let v2 = await newVersion(world, staff, setup.programme);
    const activities = v2.activities.map((a) => ({
      activityId: a.activity.id,
      objectiveKey: a.objectiveKey,
      plannedParticipants: a.activity.id === setup.iterations.A.activityId ? 10 : a.plannedParticipants,
    }));
    const patched = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/programmes/${v2.id}`,
      headers: { ...staff.write, ...ifMatch(v2) },
      payload: { activities },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    v2 = patched.json();
    expect((await programmeReport(staff, v2.id)).totals).toEqual(counts(17, 5, 4, 2));
    expect((await partnerReport(staff)).totals.planned).toBe(10);

    for (const to of pathTo.agreed) v2 = await step(world, staff, v2, to, stepExtra(to));
    const after = await partnerReport(staff);
    expect(after.programmes.map((p) => [p.id, p.versionNo])).toEqual([[v2.id, 2]]);
    expect(after.totals).toEqual(counts(17, 7, 6, 2));
    expect((await getProgramme(world, staff, setup.programme.id)).status).toBe('superseded');
  });
});
