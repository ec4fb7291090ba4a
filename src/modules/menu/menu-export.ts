import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Locale } from '../../shared/enums';
import type { Activity } from './menu.schemas';
import { type ColumnKey, columns, formatYesNo, headerFor } from './menu-io.columns';

/** One exported row: one iteration of an activity (or the activity alone when it has none). */
export type ExportRow = Record<ColumnKey, string | number | boolean | string[] | null>;

const dateKeys = new Set<ColumnKey>(['start', 'end', 'deadline']);
const numberKeys = new Set<ColumnKey>(['year', 'seats', 'partner_seat_limit']);

/** Ids of partners → what the file names them by (ISO code, or name for an organisation without one). */
export type PartnerNames = Map<string, string>;

/**
 * An activity as rows of the import template, so that an export can be edited and imported again.
 * `showPartners` is false for callers who may not know which partners an activity names.
 */
export function activityRows(
  activity: Activity,
  partnerNames: PartnerNames,
  showPartners: boolean,
): ExportRow[] {
  const named = (ids: string[]) =>
    ids.map((id) => partnerNames.get(id)).filter((n): n is string => Boolean(n));
  const base = {
    code: activity.code,
    year: activity.year,
    provider: activity.provider.code,
    kind: activity.kind,
    title_en: activity.title.en,
    title_fr: activity.title.fr,
    description_en: activity.description.en,
    description_fr: activity.description.fr,
    areas: activity.areas.map((a) => a.code),
    languages: activity.languages,
    fee: activity.fee?.amount ?? null,
    currency: activity.fee?.currency ?? null,
    clearance: activity.clearance,
    contact_name: activity.contactName,
    contact_email: activity.contactEmail,
    second_approval: activity.secondApproval,
    eligibility: activity.eligibility,
    eligible_frameworks: activity.eligibleFrameworks.map((f) => f.code),
    eligible_partners: showPartners ? named(activity.eligiblePartners.map((p) => p.id)) : [],
    releasability: activity.releasability,
    releasable_to: showPartners ? named(activity.releasableTo) : [],
    recurring: activity.recurring,
  };
  const none = {
    self_paced: null,
    start: null,
    end: null,
    online: null,
    city: null,
    country: null,
    seats: null,
    partner_seat_limit: null,
    deadline: null,
  };
  if (activity.iterations.length === 0) return [{ ...base, ...none }];
  return activity.iterations.map((i) => ({
    ...base,
    self_paced: i.startsOn === null,
    start: i.startsOn,
    end: i.endsOn,
    online: i.online,
    city: i.city,
    country: i.countryCode,
    seats: i.seats,
    partner_seat_limit: i.partnerSeatLimit ?? null,
    deadline: i.nominationDeadline,
  }));
}

export function headersFor(locale: Locale): string[] {
  return columns.map((c) => headerFor(c.key, locale));
}

/** A cell as text in the file's language: yes/no words, `;`-separated lists, empty for nothing. */
function cellText(value: ExportRow[ColumnKey], locale: Locale): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return formatYesNo(value, locale);
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

/**
 * A spreadsheet opening a CSV runs a cell starting with `=`, `+`, `-`, `@` (or a tab or carriage return
 * before one) as a formula: such a cell is written with a leading `'`, which the import removes again.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function writeCsv(rows: ExportRow[], locale: Locale): string {
  const records = rows.map((row) => columns.map((c) => neutraliseFormula(cellText(row[c.key], locale))));
  // The byte-order mark makes spreadsheets read the file as UTF-8 (accents intact).
  return `\uFEFF${stringify([headersFor(locale), ...records], { record_delimiter: 'windows' })}`;
}

/** Every cell a value, never a formula: text that looks like one stays text. */
export async function writeXlsx(rows: ExportRow[], locale: Locale, sheetName = 'Menu'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Entente';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: headerFor(c.key, locale),
    key: c.key,
    width: Math.max(12, headerFor(c.key, locale).length + 2),
    ...(dateKeys.has(c.key) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values: Record<string, string | number | Date> = {};
    for (const c of columns) {
      const value = row[c.key];
      if (value === null || value === '') continue;
      if (dateKeys.has(c.key) && typeof value === 'string') values[c.key] = new Date(`${value}T00:00:00Z`);
      else if (numberKeys.has(c.key) && typeof value === 'number') values[c.key] = value;
      else values[c.key] = cellText(value, locale);
    }
    sheet.addRow(values);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The JSON export: the same columns (English keys), typed values. */
export function writeJson(rows: ExportRow[], meta: { year: number | null; exportedAt: string }) {
  return { ...meta, columns: columns.map((c) => c.key), items: rows };
}

/** The template: the headers and one example row, in the wanted language. */
export function templateRow(locale: Locale): string[] {
  return columns.map((c) => {
    if (c.example === 'yes' || c.example === 'no') return formatYesNo(c.example === 'yes', locale);
    return c.example;
  });
}

export function templateCsv(locale: Locale): string {
  return `\uFEFF${stringify([headersFor(locale), templateRow(locale)], { record_delimiter: 'windows' })}`;
}

export async function templateXlsx(locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Entente';
  const sheet = workbook.addWorksheet('Menu', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headersFor(locale));
  sheet.addRow(templateRow(locale));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, index) => {
    column.width = Math.max(12, headersFor(locale)[index]!.length + 2);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
