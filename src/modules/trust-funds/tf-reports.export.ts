import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { pickText } from '../../core/bilingual';
import { minorUnits } from '../../shared/currencies';
import type { Locale } from '../../shared/enums';
import { neutraliseFormula } from '../menu/menu-export';
import type {
  BalancesReport,
  ContributionAmounts,
  ContributionsReport,
  RatesUsed,
  ResultsReport,
  SpendingReport,
} from './tf-reports.schemas';

/**
 * The trust-fund reports as files. CSV: headers in the file's language, amounts as plain decimals
 * (`14122299.11`, a point, no grouping), the rates note as the last lines. XLSX: amounts are numbers
 * with a number format of the currency's decimals when a double holds them exactly (15 significant
 * digits at most), otherwise text, so no digit is lost; the rates note is a second sheet.
 */

export type ReportKind = 'contributions' | 'balances' | 'spending' | 'results';
export type AnyReport =
  | { kind: 'contributions'; report: ContributionsReport }
  | { kind: 'balances'; report: BalancesReport }
  | { kind: 'spending'; report: SpendingReport }
  | { kind: 'results'; report: ResultsReport };

type Bi = Record<Locale, string>;
/** A cell: text typed by people (neutralised), a number, or an amount/measure with its decimals. */
type Cell = { text: string } | { int: number } | { decimal: string; places: number } | null;
interface Table {
  headers: Bi[];
  rows: Cell[][];
  notes: string[];
}

const t = (en: string, fr: string): Bi => ({ en, fr });
const text = (value: string): Cell => ({ text: value });
const amount = (value: string, currency: string): Cell => ({ decimal: value, places: minorUnits(currency) });
const measure = (value: string | null): Cell => (value === null ? null : { decimal: value, places: -1 });

const words = {
  allYears: t('All years', 'Toutes les années'),
  allDonors: t('All donors', 'Tous les donateurs'),
  total: t('Total', 'Total'),
  rates: t('Exchange rates used', 'Taux de change utilisés'),
};

// The notes ----------------------------------------------------------------------------------------

export function rateNotes(rates: RatesUsed, lang: Locale): string[] {
  const fr = lang === 'fr';
  const lines = [
    words.rates[lang],
    fr ? `Devise de base : ${rates.baseCurrency}` : `Base currency: ${rates.baseCurrency}`,
    fr ? `Devise du rapport : ${rates.reportingCurrency}` : `Reporting currency: ${rates.reportingCurrency}`,
  ];
  for (const c of rates.currencies) {
    const sources = c.sources.join(', ') || '—';
    const span = c.firstRateDate ? `${c.firstRateDate} → ${c.lastRateDate}` : '—';
    lines.push(
      fr
        ? `${c.currency} : source(s) ${sources} ; taux du ${span} ; ${c.valueDates} date(s) de valeur, dont ${c.fallbacks} au taux d’une date antérieure`
        : `${c.currency}: source(s) ${sources}; rates ${span}; ${c.valueDates} value date(s), ${c.fallbacks} of them at an earlier date’s rate`,
    );
  }
  if (rates.recordedSources.length > 0)
    lines.push(
      fr
        ? `Taux enregistrés avec chaque opération (vers ${rates.baseCurrency}) : ${rates.recordedSources.join(', ')}`
        : `Rates recorded with each transaction (into ${rates.baseCurrency}): ${rates.recordedSources.join(', ')}`,
    );
  lines.push(rates.policy);
  return lines;
}

// The tables ---------------------------------------------------------------------------------------

const amountHeaders = [
  t('Pledged', 'Annoncé'),
  t('Committed', 'Engagé'),
  t('Received', 'Reçu'),
  t('Outstanding', 'Restant dû'),
];

function contributionsTable(r: ContributionsReport, lang: Locale): Table {
  const amounts = (a: ContributionAmounts) =>
    [a.pledged, a.committed, a.received, a.outstanding].map((v) => amount(v, r.currency));
  const rows: Cell[][] = [];
  for (const d of r.byDonor) {
    const name = pickText(d.donor.name, lang).text;
    for (const line of r.lines.filter((l) => l.donor.id === d.donor.id))
      rows.push([text(name), { int: line.year }, text(r.currency), ...amounts(line)]);
    rows.push([text(name), text(words.allYears[lang]), text(r.currency), ...amounts(d)]);
  }
  for (const y of r.byYear)
    rows.push([text(words.allDonors[lang]), { int: y.year }, text(r.currency), ...amounts(y)]);
  rows.push([
    text(words.allDonors[lang]),
    text(words.allYears[lang]),
    text(r.currency),
    ...amounts(r.totals),
  ]);
  return {
    headers: [t('Donor', 'Donateur'), t('Year', 'Année'), t('Currency', 'Devise'), ...amountHeaders],
    rows,
    notes: rateNotes(r.rates, lang),
  };
}

function balancesTable(r: BalancesReport, lang: Locale): Table {
  const rows: Cell[][] = r.items.map((i) => [
    text(i.fund.code),
    text(pickText(i.fund.name, lang).text),
    text(i.fund.currency),
    amount(i.inFundCurrency.received, i.fund.currency),
    amount(i.inFundCurrency.disbursed, i.fund.currency),
    amount(i.inFundCurrency.balance, i.fund.currency),
    text(r.currency),
    amount(i.inReportingCurrency.received, r.currency),
    amount(i.inReportingCurrency.disbursed, r.currency),
    amount(i.inReportingCurrency.balance, r.currency),
  ]);
  rows.push([
    text(words.total[lang]),
    null,
    null,
    null,
    null,
    null,
    text(r.currency),
    amount(r.totals.received, r.currency),
    amount(r.totals.disbursed, r.currency),
    amount(r.totals.balance, r.currency),
  ]);
  const flow = (suffix: Bi) =>
    [t('Received', 'Reçu'), t('Disbursed', 'Décaissé'), t('Balance', 'Solde')].map((h) =>
      t(`${h.en} (${suffix.en})`, `${h.fr} (${suffix.fr})`),
    );
  return {
    headers: [
      t('Fund code', 'Code du fonds'),
      t('Fund', 'Fonds'),
      t('Fund currency', 'Devise du fonds'),
      ...flow(t('fund currency', 'devise du fonds')),
      t('Reporting currency', 'Devise du rapport'),
      ...flow(t('reporting currency', 'devise du rapport')),
    ],
    rows,
    notes: rateNotes(r.rates, lang),
  };
}

function spendingTable(r: SpendingReport, lang: Locale): Table {
  const amounts = (a: { budget: string; disbursed: string; spent: string; remaining: string }) =>
    [a.budget, a.disbursed, a.spent, a.remaining].map((v) => amount(v, r.currency));
  const rows: Cell[][] = r.items.map((i) => [
    text(i.project.fund.code),
    text(i.project.code),
    text(pickText(i.project.title, lang).text),
    text(i.project.beneficiaryCountry),
    text(r.currency),
    ...amounts(i),
  ]);
  rows.push([text(words.total[lang]), null, null, null, text(r.currency), ...amounts(r.totals)]);
  return {
    headers: [
      t('Fund', 'Fonds'),
      t('Project code', 'Code du projet'),
      t('Project', 'Projet'),
      t('Beneficiary country', 'Pays bénéficiaire'),
      t('Currency', 'Devise'),
      t('Budget', 'Budget'),
      t('Disbursed', 'Décaissé'),
      t('Spent', 'Dépensé'),
      t('Remaining', 'Reste'),
    ],
    rows,
    notes: rateNotes(r.rates, lang),
  };
}

function resultsTable(r: ResultsReport, lang: Locale): Table {
  const rows: Cell[][] = [];
  for (const i of r.items) {
    const head = [
      text(i.project.code),
      text(pickText(i.project.title, lang).text),
      text(i.project.beneficiaryCountry),
      text(pickText(i.indicator.title, lang).text),
      text(i.indicator.resultType),
      text(i.indicator.unit),
      measure(i.baseline.value),
      i.baseline.year === null ? null : { int: i.baseline.year },
    ];
    if (i.periods.length === 0) rows.push([...head, null, null, null, null, null]);
    for (const p of i.periods)
      rows.push([
        ...head,
        text(p.periodStart),
        text(p.periodEnd),
        measure(p.target),
        measure(p.actual),
        measure(p.progress),
      ]);
  }
  return {
    headers: [
      t('Project code', 'Code du projet'),
      t('Project', 'Projet'),
      t('Beneficiary country', 'Pays bénéficiaire'),
      t('Indicator', 'Indicateur'),
      t('Result type', 'Type de résultat'),
      t('Unit', 'Unité'),
      t('Baseline', 'Valeur de référence'),
      t('Baseline year', 'Année de référence'),
      t('Period start', 'Début de période'),
      t('Period end', 'Fin de période'),
      t('Target', 'Cible'),
      t('Actual', 'Réalisé'),
      t('Progress (share of target)', 'Avancement (part de la cible)'),
    ],
    rows,
    notes: [],
  };
}

function tableOf(report: AnyReport, lang: Locale): Table {
  switch (report.kind) {
    case 'contributions':
      return contributionsTable(report.report, lang);
    case 'balances':
      return balancesTable(report.report, lang);
    case 'spending':
      return spendingTable(report.report, lang);
    case 'results':
      return resultsTable(report.report, lang);
  }
}

// The writers --------------------------------------------------------------------------------------

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if ('text' in cell) return neutraliseFormula(cell.text);
  if ('int' in cell) return String(cell.int);
  return cell.decimal;
}

export function writeCsv(table: Table, lang: Locale): string {
  const records = [table.headers.map((h) => h[lang]), ...table.rows.map((row) => row.map(cellText))];
  if (table.notes.length > 0) records.push([], ...table.notes.map((line) => [neutraliseFormula(line)]));
  // The byte-order mark makes spreadsheets read the file as UTF-8 (accents intact).
  return `\uFEFF${stringify(records, { record_delimiter: 'windows' })}`;
}

/** Whether a double holds the decimal exactly enough for a spreadsheet: 15 significant digits at most. */
export const fitsDouble = (decimal: string) => decimal.replace(/[-.]/g, '').replace(/^0+/, '').length <= 15;

function xlsxValue(cell: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === null) return { value: null };
  if ('text' in cell) return { value: cell.text };
  if ('int' in cell) return { value: cell.int };
  if (!fitsDouble(cell.decimal)) return { value: cell.decimal };
  const numFmt =
    cell.places < 0 ? 'General' : cell.places === 0 ? '#,##0' : `#,##0.${'0'.repeat(cell.places)}`;
  return { value: Number(cell.decimal), numFmt };
}

export async function writeXlsx(table: Table, lang: Locale, title: Bi): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Entente';
  const sheet = workbook.addWorksheet(title[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((h) => ({ header: h[lang], width: Math.max(12, h[lang].length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map((cell) => xlsxValue(cell).value));
    row.forEach((cell, index) => {
      const numFmt = xlsxValue(cell).numFmt;
      if (numFmt) added.getCell(index + 1).numFmt = numFmt;
    });
  }
  if (table.notes.length > 0) {
    const notes = workbook.addWorksheet(words.rates[lang].slice(0, 31));
    notes.columns = [{ width: 120 }];
    for (const line of table.notes) notes.addRow([line]);
    notes.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const titles: Record<ReportKind, Bi> = {
  contributions: t('Contributions', 'Contributions'),
  balances: t('Fund balances', 'Soldes des fonds'),
  spending: t('Project spending', 'Dépenses des projets'),
  results: t('Results', 'Résultats'),
};

export async function reportFile(
  report: AnyReport,
  format: 'csv' | 'xlsx',
  lang: Locale,
): Promise<string | Buffer> {
  const table = tableOf(report, lang);
  return format === 'csv' ? writeCsv(table, lang) : writeXlsx(table, lang, titles[report.kind]);
}
