import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { pickText } from '../../core/bilingual';
import type { Locale } from '../../shared/enums';
import { neutraliseFormula } from '../menu/menu-export';
import type { ReportCounts, ReportLine } from './programmes-report.schemas';

/**
 * The report as a file (CSV or XLSX), with the page's columns: each area's years then its all-years
 * line, then each year over all areas, then the total. Headers and words in the file's language.
 */

const columnKeys = ['area', 'year', 'planned', 'nominated', 'accepted', 'attended'] as const;
type ColumnKey = (typeof columnKeys)[number];

const headers: Record<Locale, Record<ColumnKey, string>> = {
  en: {
    area: 'Area of cooperation',
    year: 'Menu year',
    planned: 'Planned',
    nominated: 'Nominated',
    accepted: 'Accepted',
    attended: 'Attended',
  },
  fr: {
    area: 'Domaine de coopération',
    year: 'Année du menu',
    planned: 'Prévus',
    nominated: 'Proposés',
    accepted: 'Acceptés',
    attended: 'Présents',
  },
};

const words: Record<Locale, { allYears: string; allAreas: string; outside: string; noArea: string }> = {
  en: {
    allYears: 'All years',
    allAreas: 'All areas',
    outside: 'Outside programmes',
    noArea: 'No area',
  },
  fr: {
    allYears: 'Toutes les années',
    allAreas: 'Tous les domaines',
    outside: 'Hors programmes',
    noArea: 'Sans domaine',
  },
};

export const reportHeaders = (locale: Locale) => columnKeys.map((key) => headers[locale][key]);

export interface FileRow extends ReportCounts {
  area: string;
  year: number | string;
}

export interface ReportBody {
  lines: ReportLine[];
  byArea: ReportLine[];
  byYear: (ReportCounts & { year: number })[];
  totals: ReportCounts;
}

const countsOf = (c: ReportCounts): ReportCounts => ({
  planned: c.planned,
  nominated: c.nominated,
  accepted: c.accepted,
  attended: c.attended,
});

/** The report's lines in the file's order and words (the lines are already sorted for its language). */
export function fileRows(report: ReportBody, locale: Locale): FileRow[] {
  const w = words[locale];
  const areaName = (line: ReportLine) =>
    line.outsideProgrammes ? w.outside : line.area ? pickText(line.area.name, locale).text : w.noArea;
  const sameArea = (a: ReportLine, b: ReportLine) =>
    a.outsideProgrammes === b.outsideProgrammes && (a.area?.id ?? null) === (b.area?.id ?? null);
  const rows: FileRow[] = [];
  for (const area of report.byArea) {
    for (const line of report.lines.filter((l) => sameArea(l, area)))
      rows.push({ area: areaName(line), year: line.year ?? w.allYears, ...countsOf(line) });
    rows.push({ area: areaName(area), year: w.allYears, ...countsOf(area) });
  }
  for (const line of report.byYear) rows.push({ area: w.allAreas, year: line.year, ...countsOf(line) });
  rows.push({ area: w.allAreas, year: w.allYears, ...countsOf(report.totals) });
  return rows;
}

export function writeReportCsv(rows: FileRow[], locale: Locale): string {
  // Area names are typed by people: one starting like a formula is kept as text (see neutraliseFormula).
  const records = rows.map((row) =>
    columnKeys.map((key) => (key === 'area' ? neutraliseFormula(row.area) : String(row[key]))),
  );
  // The byte-order mark makes spreadsheets read the file as UTF-8 (accents intact).
  return `\uFEFF${stringify([reportHeaders(locale), ...records], { record_delimiter: 'windows' })}`;
}

/** Numbers as numbers, every other cell a plain value: text that looks like a formula stays text. */
export async function writeReportXlsx(rows: FileRow[], locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Entente';
  const sheet = workbook.addWorksheet(locale === 'fr' ? 'Rapport' : 'Report', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columnKeys.map((key) => ({
    header: headers[locale][key],
    key,
    width: key === 'area' ? 36 : Math.max(12, headers[locale][key].length + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
