import { create } from 'xmlbuilder2';
import type { TransactionType } from '../../shared/enums';
import { iatiCodes, type Text2 } from './iati-model';

/**
 * An IATI 2.0x `iati-activities` file read into plain data for the import (iati-import.service.ts).
 * Pure: no database. Every problem is collected with the activity and an element path, e.g.
 * `iati-activity[XI-IATI-X-PFP-TF]/transaction[3]/value`, instead of stopping at the first.
 */

export interface ImportProblem {
  path: string;
  code: string;
  params: Record<string, string | number>;
}

export interface ImportOrg {
  ref?: string;
  type?: string;
  name: Text2;
  activityId?: string;
}

export interface ImportTransaction {
  path: string;
  type: TransactionType;
  ref: string;
  date: string;
  value: string;
  currency: string;
  valueDate: string;
  description: Text2;
  provider?: ImportOrg;
  receiver?: ImportOrg;
}

export interface ImportBudget {
  path: string;
  kind: 'original' | 'revised';
  periodStart: string;
  periodEnd: string;
  amount: string;
  currency: string;
  valueDate: string;
}

export interface ImportIndicator {
  resultType: 'output' | 'outcome';
  title: Text2;
  unit: string;
  ascending: boolean;
  baselineValue: string | null;
  baselineYear: number | null;
  periods: { periodStart: string; periodEnd: string; target: string | null; actual: string | null }[];
}

export interface ImportActivity {
  path: string;
  identifier: string;
  hierarchy: 1 | 2 | 3;
  defaultCurrency?: string;
  title: Text2;
  description: Text2;
  objectives: Text2;
  /** ActivityStatus code, as written. */
  status?: string;
  dates: { plannedStart?: string; actualStart?: string; plannedEnd?: string; actualEnd?: string };
  orgs: (ImportOrg & { role: string; path: string })[];
  recipientCountry?: string;
  budgets: ImportBudget[];
  transactions: ImportTransaction[];
  /** The `related-activity type="1"` (parent). */
  parent?: string;
  indicators: ImportIndicator[];
}

export interface ImportFile {
  reportingOrgRef?: string;
  activities: ImportActivity[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

/** Refused before parsing: a file that could not be read at all (not XML, a DTD, not IATI 2.0x). */
export class IatiFileError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'IatiFileError';
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const CURRENCY = /^[A-Z]{3}$/;
const COUNTRY = /^[A-Z]{2}$/;
const invert = <K extends string>(codes: Record<K, string>) =>
  Object.fromEntries(Object.entries(codes).map(([k, v]) => [v, k])) as Record<string, K>;
const transactionTypeOf = invert(iatiCodes.transactionType);
const dateKeyOf = invert(iatiCodes.activityDate);
const UNIT_WORDS: Record<string, string> = {
  'hectares (ha)': 'hectares',
  'tonnes (t)': 'tonnes',
  items: 'items',
  people: 'people',
  sites: 'sites',
  hectares: 'hectares',
  tonnes: 'tonnes',
  'percent (%)': 'percent',
};

/**
 * A well-formedness check the lenient xmlbuilder2 reader does not make: tags balance, one root, only
 * the predefined entities. A DOCTYPE or ENTITY declaration is refused outright (entity expansion, XXE).
 */
export function checkWellFormed(text: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new IatiFileError('iati_import.doctype');
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(/<\?[\s\S]*?\?>/g, '');
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const textPart = body.slice(i, lt === -1 ? body.length : lt);
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(textPart))
      throw new IatiFileError('iati_import.malformed', { reason: 'unknown entity' });
    if (stack.length === 0 && textPart.trim())
      throw new IatiFileError('iati_import.malformed', { reason: 'text outside the root element' });
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) throw new IatiFileError('iati_import.malformed', { reason: `bad markup at offset ${lt}` });
    const [, close, name, , selfClose] = m;
    if (close) {
      if (stack.pop() !== name)
        throw new IatiFileError('iati_import.malformed', { reason: `unexpected </${name}>` });
    } else {
      if (stack.length === 0 && ++roots > 1)
        throw new IatiFileError('iati_import.malformed', { reason: 'more than one root element' });
      if (!selfClose) stack.push(name!);
    }
    i = tag.lastIndex;
  }
  if (stack.length > 0 || roots === 0)
    throw new IatiFileError('iati_import.malformed', { reason: `unclosed <${stack.at(-1) ?? ''}>` });
}

type El = Element;
const kids = (el: El, name: string): El[] => [...el.children].filter((c) => c.nodeName === name);
const kid = (el: El, name: string): El | undefined => kids(el, name)[0];
const attr = (el: El | undefined, name: string) => el?.getAttribute(name)?.trim() || undefined;

/** Narratives by language; one without `xml:lang` is in the activity's language. */
function narratives(el: El | undefined, lang: string): Text2 {
  const text: Text2 = { en: '', fr: '' };
  for (const n of el ? kids(el, 'narrative') : []) {
    const l = (n.getAttribute('xml:lang') || lang).toLowerCase().slice(0, 2);
    if ((l === 'en' || l === 'fr') && !text[l]) text[l] = (n.textContent ?? '').trim();
  }
  return text;
}

/** Parses the file; throws IatiFileError when it cannot be read, else collects every problem. */
export function parseIatiFile(text: string): ImportFile {
  checkWellFormed(text);
  let root: El;
  try {
    root = create(text).root().node as unknown as El;
  } catch (error) {
    throw new IatiFileError('iati_import.malformed', { reason: (error as Error).message.split('\n')[0]! });
  }
  const version = root.getAttribute('version') ?? '';
  if (root.nodeName !== 'iati-activities' || !/^2\.0\d$/.test(version))
    throw new IatiFileError('iati_import.not_iati');
  const out: ImportFile = { activities: [], errors: [], warnings: [] };
  const seen = new Set<string>();
  kids(root, 'iati-activity').forEach((el, index) => {
    const identifier = (kid(el, 'iati-identifier')?.textContent ?? '').trim();
    const path = `iati-activity[${identifier || index + 1}]`;
    const problem = (p: string, code: string, params: ImportProblem['params'] = {}) =>
      out.errors.push({ path: p, code, params });
    if (!identifier) {
      problem(path, 'iati_import.missing', { what: 'iati-identifier' });
      return;
    }
    if (seen.has(identifier)) {
      problem(path, 'iati_import.duplicate_activity', { identifier });
      return;
    }
    seen.add(identifier);
    out.reportingOrgRef ??= attr(kid(el, 'reporting-org'), 'ref');
    const activity = readActivity(el, path, identifier, problem, (p, code, params = {}) =>
      out.warnings.push({ path: p, code, params }),
    );
    if (activity) out.activities.push(activity);
  });
  if (out.activities.length === 0 && out.errors.length === 0)
    out.errors.push({
      path: 'iati-activities',
      code: 'iati_import.missing',
      params: { what: 'iati-activity' },
    });
  return out;
}

type Report = (path: string, code: string, params?: ImportProblem['params']) => void;

function readActivity(
  el: El,
  path: string,
  identifier: string,
  problem: Report,
  warn: Report,
): ImportActivity | undefined {
  const lang = el.getAttribute('xml:lang') || 'en';
  const hierarchy = Number(el.getAttribute('hierarchy') ?? '1');
  if (hierarchy !== 1 && hierarchy !== 2 && hierarchy !== 3) {
    problem(`${path}/@hierarchy`, 'iati_import.bad_code', { value: String(hierarchy) });
    return undefined;
  }
  const date = (value: string | undefined, p: string) => {
    if (value && DATE.test(value) && !Number.isNaN(Date.parse(value))) return value;
    problem(p, 'iati_import.bad_date', { value: value ?? '' });
    return '';
  };
  const amount = (value: string | undefined, p: string) => {
    if (value && DECIMAL.test(value)) return value;
    problem(p, 'iati_import.bad_amount', { value: value ?? '' });
    return '0';
  };
  const defaultCurrency = el.getAttribute('default-currency') || undefined;
  const currency = (value: string | undefined, p: string) => {
    const c = value ?? defaultCurrency;
    if (c && CURRENCY.test(c)) return c;
    problem(p, 'iati_import.bad_currency', { value: c ?? '' });
    return '';
  };
  const value = (parent: El, p: string) => {
    const v = kid(parent, 'value');
    const vp = `${p}/value`;
    if (!v) problem(vp, 'iati_import.missing', { what: 'value' });
    return {
      amount: amount(v?.textContent?.trim(), vp),
      currency: currency(attr(v, 'currency'), `${vp}/@currency`),
      valueDate: date(attr(v, 'value-date'), `${vp}/@value-date`),
    };
  };
  const org = (o: El | undefined, activityAttr: string): ImportOrg | undefined => {
    if (!o) return undefined;
    const [ref, type, activityId] = [attr(o, 'ref'), attr(o, 'type'), attr(o, activityAttr)];
    return {
      ...(ref ? { ref } : {}),
      ...(type ? { type } : {}),
      ...(activityId ? { activityId } : {}),
      name: narratives(o, lang),
    };
  };

  const descriptions = kids(el, 'description');
  const descriptionOf = (type: string) =>
    narratives(
      descriptions.find((d) => (d.getAttribute('type') ?? '1') === type),
      lang,
    );
  const dates: ImportActivity['dates'] = {};
  kids(el, 'activity-date').forEach((d, i) => {
    const key = dateKeyOf[d.getAttribute('type') ?? ''];
    const p = `${path}/activity-date[${i + 1}]`;
    if (!key) {
      problem(`${p}/@type`, 'iati_import.bad_code', { value: d.getAttribute('type') ?? '' });
      return;
    }
    dates[key] = date(attr(d, 'iso-date'), `${p}/@iso-date`);
  });
  const countries = kids(el, 'recipient-country');
  const recipientCountry = attr(countries[0], 'code')?.toUpperCase();
  if (recipientCountry && !COUNTRY.test(recipientCountry))
    problem(`${path}/recipient-country[1]/@code`, 'iati_import.bad_code', { value: recipientCountry });
  if (countries.length > 1) warn(`${path}/recipient-country[2]`, 'iati_import.extra_country');

  const budgets: ImportBudget[] = [];
  kids(el, 'budget').forEach((b, i) => {
    const p = `${path}/budget[${i + 1}]`;
    const v = value(b, p);
    budgets.push({
      path: p,
      kind: b.getAttribute('type') === iatiCodes.budgetType.revised ? 'revised' : 'original',
      periodStart: date(attr(kid(b, 'period-start'), 'iso-date'), `${p}/period-start`),
      periodEnd: date(attr(kid(b, 'period-end'), 'iso-date'), `${p}/period-end`),
      amount: v.amount,
      currency: v.currency,
      valueDate: v.valueDate,
    });
  });

  const transactions: ImportTransaction[] = [];
  kids(el, 'transaction').forEach((t, i) => {
    const p = `${path}/transaction[${i + 1}]`;
    const code = attr(kid(t, 'transaction-type'), 'code') ?? '';
    const type = transactionTypeOf[code];
    if (!type) {
      warn(`${p}/transaction-type`, 'iati_import.skipped_transaction', { code });
      return;
    }
    const v = value(t, p);
    const provider = org(kid(t, 'provider-org'), 'provider-activity-id');
    const receiver = org(kid(t, 'receiver-org'), 'receiver-activity-id');
    transactions.push({
      path: p,
      type,
      ref: attr(t, 'ref') ?? '',
      date: date(attr(kid(t, 'transaction-date'), 'iso-date'), `${p}/transaction-date`),
      value: v.amount,
      currency: v.currency,
      valueDate: v.valueDate,
      description: narratives(kid(t, 'description'), lang),
      ...(provider ? { provider } : {}),
      ...(receiver ? { receiver } : {}),
    });
  });

  const indicators: ImportIndicator[] = [];
  for (const r of kids(el, 'result')) {
    const resultType = r.getAttribute('type') === iatiCodes.resultType.output ? 'output' : 'outcome';
    for (const ind of kids(r, 'indicator')) {
      const unitText = narratives(kid(ind, 'description'), lang).en.replace(/^Unit of measure:\s*/, '');
      const unit =
        ind.getAttribute('measure') === iatiCodes.indicatorMeasure.percentage
          ? 'percent'
          : (UNIT_WORDS[unitText.toLowerCase()] ?? 'other');
      const baseline = kid(ind, 'baseline');
      const year = Number(attr(baseline, 'year'));
      indicators.push({
        resultType,
        title: narratives(kid(ind, 'title'), lang),
        unit,
        ascending: ind.getAttribute('ascending') !== 'false',
        baselineValue: attr(baseline, 'value') ?? null,
        baselineYear: baseline && Number.isInteger(year) && year > 0 ? year : null,
        periods: kids(ind, 'period').map((period) => ({
          periodStart: attr(kid(period, 'period-start'), 'iso-date') ?? '',
          periodEnd: attr(kid(period, 'period-end'), 'iso-date') ?? '',
          target: attr(kid(period, 'target'), 'value') ?? null,
          actual: attr(kid(period, 'actual'), 'value') ?? null,
        })),
      });
    }
  }

  return {
    path,
    identifier,
    hierarchy,
    ...(defaultCurrency ? { defaultCurrency } : {}),
    title: narratives(kid(el, 'title'), lang),
    description: descriptionOf(iatiCodes.descriptionType.general),
    objectives: descriptionOf(iatiCodes.descriptionType.objectives),
    ...(attr(kid(el, 'activity-status'), 'code') ? { status: attr(kid(el, 'activity-status'), 'code') } : {}),
    dates,
    orgs: kids(el, 'participating-org').map((o, i) => ({
      ...org(o, 'activity-id')!,
      role: o.getAttribute('role') ?? '',
      path: `${path}/participating-org[${i + 1}]`,
    })),
    ...(recipientCountry ? { recipientCountry } : {}),
    budgets,
    transactions,
    ...(() => {
      const parent = kids(el, 'related-activity').find(
        (r) => r.getAttribute('type') === iatiCodes.relatedActivity.parent,
      );
      const ref = attr(parent, 'ref');
      return ref ? { parent: ref } : {};
    })(),
    indicators,
  };
}
