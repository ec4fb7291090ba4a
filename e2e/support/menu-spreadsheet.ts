import ExcelJS from 'exceljs';

/**
 * A menu spreadsheet as a provider would fill it in (docs/guide/menu-import.md): one header row, then
 * one row per iteration. Cells are written as text, the way people type them.
 */
export async function writeMenuXlsx(
  path: string,
  headers: readonly string[],
  rows: readonly Record<string, string>[],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Menu');
  sheet.addRow([...headers]);
  for (const row of rows) {
    const unknown = Object.keys(row).filter((key) => !headers.includes(key));
    if (unknown.length > 0) throw new Error(`not in the header row: ${unknown.join(', ')}`);
    sheet.addRow(headers.map((header) => row[header] ?? ''));
  }
  await workbook.xlsx.writeFile(path);
}

/** The English headers the scenario fills in (the template has more; the rest are optional). */
export const englishHeaders = [
  'code',
  'year',
  'provider',
  'kind',
  'title_en',
  'title_fr',
  'description_en',
  'description_fr',
  'areas',
  'languages',
  'eligibility',
  'eligible_partners',
  'releasability',
  'start',
  'end',
  'city',
  'country',
  'seats',
  'deadline',
] as const;

/** The same columns with the template's French headers: both are accepted. */
export const frenchHeaders = [
  'code',
  'année',
  'fournisseur',
  'type',
  'titre_en',
  'titre_fr',
  'domaines',
  'langues',
  'début',
  'fin',
  'ville',
  'pays',
  'places',
] as const;
