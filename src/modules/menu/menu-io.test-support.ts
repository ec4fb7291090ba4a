import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Caller, World } from '../../test/world';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The columns most test files use, with a valid 2026 course of the NSO school. */
export function importRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    code: 'NSO.IMP-1',
    year: '2026',
    provider: 'NSO',
    kind: 'course',
    title_en: 'Imported course',
    title_fr: 'Cours importé',
    areas: 'CRISIS',
    languages: 'en;fr',
    eligibility: 'all',
    releasability: 'public',
    self_paced: '',
    start: '2026-05-04',
    end: '2026-05-08',
    online: 'no',
    city: 'Oberammergau',
    country: 'DE',
    seats: '10',
    deadline: '2026-03-01',
    ...overrides,
  };
}

/** A CSV file of these rows, with every key of any row as a header (renamed through `headers`). */
export function csvFile(rows: Record<string, string>[], headers: Record<string, string> = {}): string {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return stringify([keys.map((k) => headers[k] ?? k), ...rows.map((row) => keys.map((k) => row[k] ?? ''))]);
}

type XlsxCell = string | number | Date | { formula: string };

export async function xlsxFile(rows: Record<string, XlsxCell>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Menu');
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  sheet.addRow(keys);
  for (const row of rows) sheet.addRow(keys.map((k) => row[k] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function postImport(
  world: World,
  caller: Caller,
  body: string | Buffer,
  options: { dryRun?: boolean; type?: string; language?: string } = {},
) {
  return world.app.inject({
    method: 'POST',
    url: `/api/v1/menu/imports?dryRun=${options.dryRun ?? true}`,
    headers: {
      ...caller.write,
      'content-type': options.type ?? 'text/csv',
      ...(options.language ? { 'accept-language': options.language } : {}),
    },
    payload: body,
  });
}
