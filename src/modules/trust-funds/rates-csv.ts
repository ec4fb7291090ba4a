import { parse } from 'csv-parse/sync';
import { isCurrencyCode } from '../../shared/currencies';

/**
 * Reads an exchange-rate file: rates as "units of the currency per 1 unit of the base" on a date.
 * Two layouts, told apart by the header:
 * - long, one rate a line: `currency,date,rate[,source]` (in French `devise,date,taux[,source]`);
 * - wide, the ECB's reference-rate files: `Date,USD,JPY,…`, one column per currency, `N/A` or an
 *   empty cell for no rate, and a trailing empty column (each line ends with a comma).
 * A file saved by a French spreadsheet (`;` between cells) may write `1,3919` and `22/11/2024`.
 * Every problem is reported with its line (the header is line 1) and column; the caller imports
 * nothing when there is any.
 */

export interface RateCsvRow {
  currency: string;
  /** ISO 8601 date. */
  rateDate: string;
  /** A positive decimal as written (a decimal comma turned into a point, leading zeros dropped). */
  rate: string;
  source: string;
}

export interface RateCsvError {
  /** 1-based; the header is line 1. */
  line: number;
  /** The column's header as written in the file. */
  column?: string;
  /** A key of shared/validation-messages.ts: `describeCode(code, locale, params)` gives the text. */
  code: string;
  params?: Record<string, string | number>;
}

export interface RateCsvResult {
  format: 'long' | 'wide' | null;
  rows: RateCsvRow[];
  errors: RateCsvError[];
  /**
   * Columns of a wide file for currencies ISO 4217 has withdrawn (the ECB's history keeps CYP, EEK,
   * SIT …): left out, since no amount can be in them; a report should say so.
   */
  skippedCurrencies: string[];
}

export interface ParseRatesOptions {
  /** The installation's base currency: its rate, if the file gives one, must be 1. */
  base: string;
  /** The source of rates whose line names none (and of every rate of a wide file), e.g. `ECB`. */
  defaultSource?: string;
  /** Lines of rates at most (default 20 000; the ECB's history since 1999 has about 6 800). */
  maxRows?: number;
}

export const DEFAULT_MAX_RATE_ROWS = 20_000;
/** Enough to fix a file in one go, without an answer of megabytes for a file wrong everywhere. */
export const MAX_RATE_ERRORS = 1000;
export const MAX_SOURCE_LENGTH = 100;

/** Withdrawn ISO 4217 codes found in central banks' history files (euro legacy, replaced currencies). */
const withdrawnCurrencies = new Set(
  `ATS BEF CYP DEM EEK ESP FIM FRF GRD HRK IEP ITL LTL LUF LVL MTL NLG PTE SIT SKK ROL TRL BGL AZM BYR
  MRO STD VEF VEB ZWL SLL ZMK GHC MZM SDD TMM CSD YUM AFA`.split(/\s+/),
);

const months = 'january february march april may june july august september october november december'.split(
  ' ',
);

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

const longHeaders: Record<string, 'currency' | 'date' | 'rate' | 'source'> = {
  currency: 'currency',
  devise: 'currency',
  date: 'date',
  rate: 'rate',
  taux: 'rate',
  source: 'source',
};

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** `2024-11-22`, the ECB daily file's `22 November 2024`, and `22/11/2024` in a French-style file. */
function parseDate(text: string, dayFirst: boolean): string | null {
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return isRealDate(y, m, d) ? iso(y, m, d) : null;
  }
  match = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text);
  if (match) {
    const month = months.indexOf(match[2]!.toLowerCase()) + 1;
    const [y, d] = [Number(match[3]), Number(match[1])];
    return month > 0 && isRealDate(y, month, d) ? iso(y, month, d) : null;
  }
  match = dayFirst ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text) : null;
  if (match) {
    const [y, m, d] = [Number(match[3]), Number(match[2]), Number(match[1])];
    return isRealDate(y, m, d) ? iso(y, m, d) : null;
  }
  return null;
}

/** A positive decimal of at most 12 digits before and 12 after the point; null otherwise. */
function parseRate(text: string, decimalComma: boolean): string | null {
  const written = decimalComma ? text.replace(',', '.') : text;
  const match = /^(\d{1,12})(?:\.(\d{1,12}))?$/.exec(written);
  if (!match) return null;
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const rate = match[2] ? `${whole}.${match[2]}` : whole;
  return /[1-9]/.test(rate) ? rate : null;
}

const isOne = (rate: string) => /^1(\.0*)?$/.test(rate);
const noRate = (text: string) => text === '' || /^(n\/?a|-)$/i.test(text);

/** The delimiter of the header line: spreadsheets in French write `;`, others `,`. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => firstLine.split(d).length - 1;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

interface Column {
  index: number;
  header: string;
}

class Reader {
  readonly rows: RateCsvRow[] = [];
  readonly errors: RateCsvError[] = [];
  readonly skippedCurrencies: string[] = [];
  /** `currency|date` → the line that gave it first. */
  private readonly seen = new Map<string, number>();

  constructor(
    readonly options: ParseRatesOptions,
    readonly dayFirst: boolean,
  ) {}

  get full() {
    return this.errors.length >= MAX_RATE_ERRORS;
  }

  error(line: number, column: string | undefined, code: string, params?: Record<string, string | number>) {
    if (this.full) return;
    this.errors.push({
      line,
      ...(column !== undefined ? { column } : {}),
      code,
      ...(params ? { params } : {}),
    });
  }

  date(line: number, column: string, text: string): string | null {
    const date = parseDate(text, this.dayFirst);
    if (!date) this.error(line, column, 'date.invalid');
    return date;
  }

  /** Checks one rate and keeps it; `currency` and `date` are already known good. */
  rate(line: number, column: string, currency: string, date: string, text: string, source: string) {
    const rate = parseRate(text, this.dayFirst);
    if (!rate) return this.error(line, column, 'rates.rate_invalid');
    const key = `${currency}|${date}`;
    const other = this.seen.get(key);
    if (other !== undefined) return this.error(line, column, 'rates.duplicate', { currency, date, other });
    this.seen.set(key, line);
    if (currency === this.options.base) {
      // The base's rate is 1 by definition: a file may say so, but it is not stored.
      if (!isOne(rate)) this.error(line, column, 'rates.base_not_one', { currency });
      return;
    }
    this.rows.push({ currency, rateDate: date, rate, source });
  }
}

type Records = { record: string[]; info: { lines: number } }[];

function readLong(records: Records, header: string[], reader: Reader) {
  const at = new Map<'currency' | 'date' | 'rate' | 'source', Column>();
  const before = reader.errors.length;
  for (const [index, text] of header.entries()) {
    if (text === '') continue;
    const key = longHeaders[fold(text)];
    if (!key) reader.error(1, text, 'import.unknown_header', { value: text });
    else if (at.has(key)) reader.error(1, text, 'import.duplicate_header', { value: text });
    else at.set(key, { index, header: text });
  }
  // No cell can be read under a header in doubt.
  if (reader.errors.length > before) return;
  const currencyColumn = at.get('currency')!;
  const dateColumn = at.get('date')!;
  const rateColumn = at.get('rate')!;
  const sourceColumn = at.get('source');
  if (!sourceColumn && !reader.options.defaultSource)
    return reader.error(1, 'source', 'import.missing_header', { value: 'source' });
  for (const { record, info } of records) {
    if (reader.full) return;
    const line = info.lines;
    const cell = (column: Column) => record[column.index] ?? '';
    const currency = cell(currencyColumn).toUpperCase();
    const known = isCurrencyCode(currency);
    if (!known)
      reader.error(line, currencyColumn.header, 'currency.unknown', { currency: cell(currencyColumn) });
    const date = reader.date(line, dateColumn.header, cell(dateColumn));
    const source = (sourceColumn ? cell(sourceColumn) : '') || reader.options.defaultSource || '';
    if (source === '') reader.error(line, sourceColumn?.header, 'rates.source_missing');
    else if (source.length > MAX_SOURCE_LENGTH)
      reader.error(line, sourceColumn?.header, 'too_big_string', { maximum: MAX_SOURCE_LENGTH });
    if (known && date) reader.rate(line, rateColumn.header, currency, date, cell(rateColumn), source);
  }
}

function readWide(records: Records, header: string[], reader: Reader) {
  const dateHeader = header[0]!;
  const columns: (Column & { currency: string })[] = [];
  const before = reader.errors.length;
  const taken = new Set<string>();
  for (const [index, text] of header.entries()) {
    if (index === 0 || text === '') continue;
    const currency = text.toUpperCase();
    if (taken.has(currency)) reader.error(1, text, 'import.duplicate_header', { value: text });
    else if (isCurrencyCode(currency)) columns.push({ index, header: text, currency });
    else if (withdrawnCurrencies.has(currency)) reader.skippedCurrencies.push(currency);
    else reader.error(1, text, 'currency.unknown', { currency: text });
    taken.add(currency);
  }
  // No cell can be read under a header in doubt.
  if (reader.errors.length > before) return;
  const source = reader.options.defaultSource ?? '';
  if (source === '') return reader.error(1, dateHeader, 'rates.source_missing');
  const dates = new Map<string, number>();
  for (const { record, info } of records) {
    if (reader.full) return;
    const line = info.lines;
    const date = reader.date(line, dateHeader, record[0] ?? '');
    if (!date) continue;
    const other = dates.get(date);
    if (other !== undefined) {
      reader.error(line, dateHeader, 'rates.duplicate_date', { date, other });
      continue;
    }
    dates.set(date, line);
    for (const column of columns) {
      const text = record[column.index] ?? '';
      if (!noRate(text)) reader.rate(line, column.header, column.currency, date, text, source);
    }
  }
}

export function parseRatesCsv(text: string, options: ParseRatesOptions): RateCsvResult {
  const maxRows = options.maxRows ?? DEFAULT_MAX_RATE_ROWS;
  const content = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(content);
  const reader = new Reader(options, delimiter !== ',');
  const result = (format: RateCsvResult['format']): RateCsvResult => ({
    format,
    rows: reader.errors.length > 0 ? [] : reader.rows,
    // In file order: the rows too long are found before the cells are read.
    errors: reader.errors.sort((a, b) => a.line - b.line),
    skippedCurrencies: reader.skippedCurrencies,
  });
  let records: Records;
  try {
    records = parse(content, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      // One record beyond the limit tells that there are too many, without reading a huge file whole.
      to: maxRows + 2,
    }) as unknown as Records;
  } catch (error) {
    // An unclosed quote or the like: csv-parse stops at the first such fault.
    const line = (error as { lines?: number }).lines ?? 1;
    reader.error(line, undefined, 'rates.unreadable');
    return result(null);
  }
  // A line of empty cells (`,,,`) is a blank line a spreadsheet wrote.
  const [first, ...rest] = records.filter(({ record }) => record.some((cell) => cell !== ''));
  if (!first) {
    reader.error(1, undefined, 'rates.empty');
    return result(null);
  }
  if (rest.length > maxRows) {
    reader.error(rest[maxRows]!.info.lines, undefined, 'rates.too_many_rows', { max: maxRows });
    return result(null);
  }
  const header = first.record;
  const folded = header.map(fold);
  const width = header.length;
  const rows = rest.filter(({ record, info }) => {
    const extra = record.slice(width).some((cell) => cell !== '');
    if (extra)
      reader.error(info.lines, undefined, 'import.malformed_row', { count: record.length, expected: width });
    return !extra;
  });
  let format: RateCsvResult['format'] = null;
  const longKeys = new Set(folded.map((h) => longHeaders[h]));
  if (longKeys.has('currency') && longKeys.has('date') && longKeys.has('rate')) {
    format = 'long';
    readLong(rows, header, reader);
  } else if (folded[0] === 'date' && !longKeys.has('currency') && header.slice(1).some((h) => h !== '')) {
    format = 'wide';
    readWide(rows, header, reader);
  } else {
    reader.error(1, undefined, 'rates.unknown_format');
  }
  if (format && reader.errors.length === 0 && reader.rows.length === 0)
    reader.error(1, undefined, 'rates.empty');
  return result(format);
}
