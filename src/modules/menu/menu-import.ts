import type { z } from 'zod';
import { foldForSearch } from '../../core/bilingual';
import type { Actor } from '../../core/policy';
import type { Executor } from '../../db/client';
import type { Locale } from '../../shared/enums';
import { describeCode, describeIssue } from '../../shared/validation-messages';
import { findPartnerKeys } from '../partners/partners.service';
import { findProviderCodes, findProvidersByCodes } from '../providers/providers.service';
import { findTermsByCodes } from '../taxonomies/taxonomies.service';
import { type CreateActivityBody, createActivityBodySchema } from './menu.schemas';
import {
  activityPathColumns,
  type ColumnKey,
  columnForHeader,
  columns,
  foldHeader,
  headerFor,
  iterationPathColumns,
  parseYesNo,
  splitList,
} from './menu-io.columns';
import { selectTakenCodes } from './menu-io.queries';
import type { Sheet } from './menu-io.sheets';

/** One problem of an import, where the user will find it: the spreadsheet row and the header as written. */
export interface ImportError {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface ImportPlan {
  /** Data rows read (blank rows left out). */
  rows: number;
  activities: number;
  iterations: number;
  /** The activities to create, in file order; complete only when there is no error. */
  bodies: CreateActivityBody[];
  errors: ImportError[];
}

/** Enough to fix a file in one go without an answer of megabytes for a file wrong on every row. */
export const MAX_REPORTED_ERRORS = 1000;

type Values = Partial<Record<ColumnKey, string>>;

interface Group {
  firstRow: number;
  values: Values;
  iterationRows: { row: number; values: Values }[];
}

const iterationKeys = columns.filter((c) => c.level === 'iteration').map((c) => c.key);
const dateKeys: ColumnKey[] = ['start', 'end', 'deadline'];
const activityKeys = columns.filter((c) => c.level === 'activity').map((c) => c.key);

class Problems {
  readonly errors: ImportError[] = [];
  /** `row|column` pairs already explained: a cell gets its first, most precise problem only. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly locale: Locale,
    private readonly written: Map<ColumnKey, string>,
  ) {}

  columnName(key: ColumnKey | null): string {
    if (!key) return '';
    return this.written.get(key) ?? headerFor(key, this.locale);
  }

  has(row: number, key: ColumnKey) {
    return this.seen.has(`${row}|${key}`);
  }

  add(row: number, key: ColumnKey | null, code: string, params: Record<string, unknown> = {}) {
    this.addRaw(row, this.columnName(key), code, describeCode(code, this.locale, params));
  }

  addIssue(row: number, key: ColumnKey, issue: z.core.$ZodIssue) {
    if (this.has(row, key)) return;
    const { code, message } = describeIssue(issue, this.locale);
    this.addRaw(row, this.columnName(key), code, message);
  }

  addRaw(row: number, column: string, code: string, message: string) {
    const key = `${row}|${column}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const byKey = columnForHeader(column);
    if (byKey) this.seen.add(`${row}|${byKey}`);
    this.errors.push({ row, column, code, message });
  }
}

/** Maps the header row; a header problem stops the reading, since no cell could be trusted. */
function mapHeaders(sheet: Sheet, problems: Problems, written: Map<ColumnKey, string>, locale: Locale) {
  const keyAt: (ColumnKey | null)[] = [];
  for (const header of sheet.headers) {
    if (header.formula) {
      problems.addRaw(1, '', 'import.formula', describeCode('import.formula', locale));
      keyAt.push(null);
      continue;
    }
    // A column with no header at all (a stray formatted cell) holds nothing the import needs.
    if (header.text === '') {
      keyAt.push(null);
      continue;
    }
    const key = columnForHeader(header.text);
    const report = (code: string) =>
      problems.addRaw(1, header.text, code, describeCode(code, locale, { value: header.text }));
    if (!key) report('import.unknown_header');
    else if (written.has(key)) report('import.duplicate_header');
    else written.set(key, header.text);
    keyAt.push(key && written.get(key) === header.text ? key : null);
  }
  for (const column of columns) {
    if (column.required && !written.has(column.key)) {
      const name = headerFor(column.key, locale);
      problems.addRaw(
        1,
        name,
        'import.missing_header',
        describeCode('import.missing_header', locale, { value: name }),
      );
    }
  }
  return keyAt;
}

function groupRows(sheet: Sheet, keyAt: (ColumnKey | null)[], problems: Problems) {
  const groups = new Map<string, Group>();
  let iterationCount = 0;
  for (const sheetRow of sheet.rows) {
    if (sheetRow.malformed) {
      problems.add(sheetRow.row, null, 'import.malformed_row', sheetRow.malformed);
      continue;
    }
    const values: Values = {};
    let formula = false;
    sheetRow.cells.forEach((cell, index) => {
      const key = keyAt[index];
      if (!key) return;
      if (cell.formula) {
        problems.add(sheetRow.row, key, 'import.formula');
        formula = true;
      }
      values[key] = cell.text;
    });
    if (formula) continue;
    const code = values.code ?? '';
    const groupKey = code ? `${values.year ?? ''}|${code.toLowerCase()}` : `#${sheetRow.row}`;
    const group = groups.get(groupKey);
    const hasIteration = iterationKeys.some((key) => (values[key] ?? '') !== '');
    if (!group) {
      groups.set(groupKey, {
        firstRow: sheetRow.row,
        values,
        iterationRows: hasIteration ? [{ row: sheetRow.row, values }] : [],
      });
      if (hasIteration) iterationCount += 1;
      continue;
    }
    // A later row of the same activity may leave its activity cells empty, but may not say otherwise.
    const differing = activityKeys.find((key) => {
      const value = values[key] ?? '';
      return value !== '' && value !== (group.values[key] ?? '');
    });
    if (differing) {
      problems.add(sheetRow.row, differing, 'import.duplicate_code', { other: group.firstRow });
      continue;
    }
    if (hasIteration) {
      group.iterationRows.push({ row: sheetRow.row, values });
      iterationCount += 1;
    }
  }
  return { groups: [...groups.values()], iterationCount };
}

async function loadLookups(tx: Executor, actor: Actor, groups: Group[]) {
  const all = (key: ColumnKey, commaToo = true) =>
    groups.flatMap((g) => splitList(g.values[key] ?? '', commaToo));
  const needsPartners = groups.some((g) => g.values.eligible_partners || g.values.releasable_to);
  const years = groups.map((g) => Number(g.values.year)).filter((y) => Number.isInteger(y));
  // One query per table, one after the other: a transaction runs on one connection anyway.
  const providers = await findProvidersByCodes(tx, all('provider'));
  const areas = await findTermsByCodes(tx, 'area', all('areas'));
  const frameworks = await findTermsByCodes(tx, 'framework', all('eligible_frameworks'));
  const partnerKeys = needsPartners ? await findPartnerKeys(tx) : [];
  const ownCodes =
    actor.role === 'activity_provider' && actor.providerId
      ? await findProviderCodes(tx, [actor.providerId])
      : new Map<string, string>();
  const codes = groups.map((g) => g.values.code ?? '').filter(Boolean);
  const taken = await selectTakenCodes(tx, years, codes);
  // Partners are named by ISO code, or by name when they have none (international organisations).
  const partners = new Map<string, { id: string }>();
  for (const p of partnerKeys) {
    partners.set(foldForSearch(p.nameEn), { id: p.id });
    partners.set(foldForSearch(p.nameFr), { id: p.id });
    if (p.isoCode) partners.set(foldForSearch(p.isoCode), { id: p.id });
  }
  return { providers, areas, frameworks, partners, ownCodes, taken };
}
type Lookups = Awaited<ReturnType<typeof loadLookups>>;

/** The activity a group of rows describes, or nothing when a problem was found on the way. */
function buildBody(
  group: Group,
  actor: Actor,
  lookups: Lookups,
  problems: Problems,
): CreateActivityBody | null {
  const before = problems.errors.length;
  const row = group.firstRow;
  const v = group.values;
  const text = (key: ColumnKey) => v[key] ?? '';
  const yesNo = (at: number, key: ColumnKey, value: string | undefined) => {
    const parsed = parseYesNo(value ?? '');
    if (parsed !== 'invalid') return parsed;
    problems.add(at, key, 'import.bad_boolean');
    return undefined;
  };
  const resolve = (key: ColumnKey, map: Map<string, { id: string }>, code: string, commaToo = true) =>
    splitList(text(key), commaToo).flatMap((value) => {
      const found = map.get(
        key === 'eligible_partners' || key === 'releasable_to' ? foldForSearch(value) : value.toLowerCase(),
      );
      if (found) return [found.id];
      problems.add(row, key, code, { value });
      return [];
    });
  const enumValue = (key: ColumnKey) => (text(key) === '' ? undefined : foldHeader(text(key)));

  let providerId: string | undefined;
  const providerCode = text('provider');
  const provider = providerCode ? lookups.providers.get(providerCode.toLowerCase()) : undefined;
  if (providerCode && !provider)
    problems.add(row, 'provider', 'import.unknown_provider', { value: providerCode });
  if (actor.role === 'activity_provider') {
    const own = actor.providerId ?? '';
    if (provider && provider.id !== own) {
      problems.add(row, 'provider', 'import.foreign_provider', { value: lookups.ownCodes.get(own) ?? '' });
    }
    providerId = own || undefined;
    if (!own) problems.add(row, 'provider', 'binding.provider_required');
  } else if (provider) {
    providerId = provider.id;
  } else if (!providerCode) {
    problems.add(row, 'provider', 'required');
  }

  const year = text('year');
  const fee = text('fee').replace(/\s/g, '').replace(',', '.');
  const eligibilityKind = enumValue('eligibility') ?? 'all';
  const candidate = {
    year: /^\d{1,4}$/.test(year) ? Number(year) : year === '' ? undefined : year,
    code: text('code'),
    providerId,
    kind: enumValue('kind'),
    title: { en: text('title_en'), fr: text('title_fr') },
    description: { en: text('description_en'), fr: text('description_fr') },
    areaIds: resolve('areas', lookups.areas, 'import.unknown_area'),
    languages: splitList(text('languages')).map((l) => l.toLowerCase()),
    fee: fee === '' ? null : { amount: fee, currency: text('currency').toUpperCase() },
    clearance: enumValue('clearance'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    secondApproval: yesNo(row, 'second_approval', v.second_approval),
    eligibility: {
      kind: eligibilityKind,
      frameworkIds: resolve('eligible_frameworks', lookups.frameworks, 'import.unknown_framework'),
      partnerIds: resolve('eligible_partners', lookups.partners, 'import.unknown_partner', false),
    },
    releasability: enumValue('releasability'),
    releasableTo: resolve('releasable_to', lookups.partners, 'import.unknown_partner', false),
    recurring: yesNo(row, 'recurring', v.recurring),
    iterations: group.iterationRows.map(({ row: at, values }) => {
      const cell = (key: ColumnKey) => values[key] ?? '';
      const selfPaced = yesNo(at, 'self_paced', values.self_paced);
      const dated = cell('start') !== '' || cell('end') !== '';
      if (!dated && selfPaced !== true && !problems.has(at, 'self_paced'))
        problems.add(at, 'start', 'import.self_paced');
      if (dated && selfPaced === true) problems.add(at, 'self_paced', 'import.self_paced_dates');
      const seats = cell('seats');
      const limit = cell('partner_seat_limit');
      const limitNumber = /^-?\d+$/.test(limit);
      if (limit !== '' && !limitNumber) problems.add(at, 'partner_seat_limit', 'import.bad_number');
      return {
        startsOn: cell('start') || null,
        endsOn: cell('end') || null,
        online: yesNo(at, 'online', values.online) ?? false,
        city: cell('city'),
        countryCode: cell('country') ? cell('country').toUpperCase() : null,
        seats: /^-?\d+$/.test(seats) ? Number(seats) : seats === '' ? undefined : seats,
        nominationDeadline: cell('deadline') || null,
        // Empty (or no such column): no limit.
        partnerSeatLimit: limitNumber ? Number(limit) : null,
      };
    }),
  };

  const yearNumber = typeof candidate.year === 'number' ? candidate.year : Number.NaN;
  if (candidate.code && lookups.taken.has(`${yearNumber}|${candidate.code.toLowerCase()}`)) {
    problems.add(row, 'code', 'import.code_taken', { value: candidate.code, year: yearNumber });
  }

  const parsed = createActivityBodySchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, ...rest] = issue.path.map(String);
      if (head === 'iterations' && index !== undefined && rest.length > 0) {
        const at = group.iterationRows[Number(index)]?.row ?? row;
        // "End before start" says nothing more when one of the dates is not a date at all.
        if (issue.code === 'custom' && dateKeys.some((key) => problems.has(at, key))) continue;
        problems.addIssue(at, iterationPathColumns[rest[0]!] ?? 'start', issue);
        continue;
      }
      const strings = issue.path.filter((p) => typeof p === 'string').join('.');
      const key = activityPathColumns[strings] ?? activityPathColumns[head ?? ''] ?? 'code';
      problems.addIssue(row, key, issue);
    }
  }
  if (!parsed.success || problems.errors.length > before) return null;
  return parsed.data;
}

/**
 * Reads a whole file into the activities it describes and every problem it has, by row and column,
 * in the caller's language. Looks up each kind of code in one query, whatever the file's size.
 */
export async function planImport(
  tx: Executor,
  actor: Actor,
  sheet: Sheet,
  locale: Locale,
): Promise<ImportPlan> {
  const written = new Map<ColumnKey, string>();
  const problems = new Problems(locale, written);
  const keyAt = mapHeaders(sheet, problems, written, locale);
  const rows = sheet.rows.length;
  if (problems.errors.length > 0)
    return { rows, activities: 0, iterations: 0, bodies: [], errors: problems.errors };
  const { groups, iterationCount } = groupRows(sheet, keyAt, problems);
  const lookups = await loadLookups(tx, actor, groups);
  const bodies: CreateActivityBody[] = [];
  for (const group of groups) {
    const body = buildBody(group, actor, lookups, problems);
    if (body) bodies.push(body);
  }
  const order = new Map(columns.map((c, i) => [c.key as string, i]));
  const errors = problems.errors.sort(
    (a, b) =>
      a.row - b.row ||
      (order.get(columnForHeader(a.column) ?? '') ?? -1) - (order.get(columnForHeader(b.column) ?? '') ?? -1),
  );
  return { rows, activities: groups.length, iterations: iterationCount, bodies, errors };
}
