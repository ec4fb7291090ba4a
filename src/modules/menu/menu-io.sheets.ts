import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../core/errors';

/**
 * An uploaded file read into plain cells, whatever its format: row numbers are those a spreadsheet
 * shows (the header is row 1), so that problems can be reported where the user will look.
 */
export interface Cell {
  text: string;
  /** An XLSX formula: refused, since its value is whatever a spreadsheet last computed. */
  formula?: boolean;
}

export interface SheetRow {
  row: number;
  cells: Cell[];
  /** Set when the row has more cells than the header has columns: it cannot be read safely. */
  malformed?: { count: number; expected: number };
}

export interface Sheet {
  headers: Cell[];
  rows: SheetRow[];
}

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const JSON_TYPE = 'application/json';
export type FileFormat = 'csv' | 'xlsx' | 'json';

const unreadable = (format: string) => new AppError(422, 'import.unreadable', { format });
const empty = () => new AppError(422, 'import.empty');

/** The export escapes text that a spreadsheet would run as a formula with a leading `'`: undo it. */
function unescapeCsv(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function toSheet(records: string[][]): Sheet {
  const [header, ...rest] = records;
  if (!header || header.every((h) => h.trim() === '')) throw empty();
  const width = header.length;
  const rows: SheetRow[] = [];
  rest.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const extra = record.slice(width).some((cell) => cell.trim() !== '');
    rows.push({
      row: index + 2,
      cells: record.slice(0, width).map((text) => ({ text: unescapeCsv(text.trim()) })),
      ...(extra ? { malformed: { count: record.length, expected: width } } : {}),
    });
  });
  return { headers: header.map((text) => ({ text: text.trim() })), rows };
}

/** The delimiter of the header line: spreadsheets in French write `;`, others `,`. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

export function readCsv(buffer: Buffer): Sheet {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw empty();
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch {
    // An unclosed quote or the like: csv-parse stops at the first such fault, so the file as a whole is refused.
    throw unreadable('CSV');
  }
  return toSheet(records);
}

function cellText(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula) return { text: '', formula: true };
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === 'object') {
    if ('richText' in value)
      return {
        text: value.richText
          .map((part) => part.text)
          .join('')
          .trim(),
      };
    if ('text' in value) return { text: String(value.text).trim() };
    if ('error' in value) return { text: String(value.error) };
    return { text: '' };
  }
  return { text: String(value).trim() };
}

export async function readXlsx(buffer: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable('XLSX');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) throw empty();
  const headerRow = sheet.getRow(1);
  const width = headerRow.cellCount;
  const headers: Cell[] = [];
  for (let c = 1; c <= width; c++) headers.push(cellText(headerRow.getCell(c)));
  if (headers.every((h) => h.text === '' && !h.formula)) throw empty();
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    let extra = false;
    for (let c = width + 1; c <= row.cellCount; c++) {
      const cell = cellText(row.getCell(c));
      if (cell.text !== '' || cell.formula) extra = true;
    }
    if (!extra && cells.every((cell) => cell.text === '' && !cell.formula)) return;
    rows.push({
      row: rowNumber,
      cells,
      ...(extra ? { malformed: { count: row.cellCount, expected: width } } : {}),
    });
  });
  return { headers, rows };
}

function jsonCell(value: unknown): Cell {
  if (value === null || value === undefined) return { text: '' };
  if (Array.isArray(value)) return { text: value.map(String).join(';') };
  if (typeof value === 'object') return { text: JSON.stringify(value) };
  return { text: String(value).trim() };
}

/** The JSON export read back: `{ items: [{ column: value }] }` (or a bare array), row n+1 for item n. */
export function readJson(buffer: Buffer): Sheet {
  if (buffer.toString('utf8').trim() === '') throw empty();
  let parsed: unknown;
  try {
    parsed = JSON.parse(buffer.toString('utf8'));
  } catch {
    throw unreadable('JSON');
  }
  const items = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown } | null)?.items;
  if (
    !Array.isArray(items) ||
    items.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))
  )
    throw unreadable('JSON');
  if (items.length === 0) throw empty();
  const keys = [...new Set(items.flatMap((item) => Object.keys(item as object)))];
  return {
    headers: keys.map((text) => ({ text })),
    rows: items.map((item, index) => ({
      row: index + 2,
      cells: keys.map((key) => jsonCell((item as Record<string, unknown>)[key])),
    })),
  };
}

export async function readSheet(format: FileFormat, buffer: Buffer): Promise<Sheet> {
  if (buffer.length === 0) throw empty();
  if (format === 'xlsx') return readXlsx(buffer);
  if (format === 'json') return readJson(buffer);
  return readCsv(buffer);
}
