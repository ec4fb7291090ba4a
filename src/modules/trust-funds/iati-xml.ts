import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import {
  type IatiActivity,
  type IatiBudget,
  type IatiDocument,
  type IatiExport,
  type IatiIndicator,
  type IatiOrg,
  type IatiResult,
  type IatiTransaction,
  iatiCodes,
  type Text2,
} from './iati-model';

/**
 * The IATI 2.03 `iati-activities` document of trust funds, projects and phases, valid against the
 * official schema (`standards/iati-2.03/`). Elements follow the schema's sequence; codes come from IATI's
 * code lists (see `iatiCodes`). Input that would make the document invalid or lose meaning (a malformed
 * date or amount, an activity without dates or organisations) stops the export with an `IatiExportError`
 * naming the field, rather than writing a document a validator refuses.
 */
export function buildIatiXml(data: IatiExport): string {
  const lang = data.defaultLanguage ?? 'en';
  const doc = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });
  const root = doc.ele('iati-activities', {
    version: '2.03',
    'generated-datetime': checkDateTime(data.generatedAt, 'generatedAt'),
  });
  checkReportingOrg(data.reportingOrg);
  if (data.activities.length === 0) throw new IatiExportError('activities', 'nothing to export');
  const seen = new Set<string>();
  data.activities.forEach((activity, index) => {
    const path = `activities[${index}]`;
    if (seen.has(activity.identifier)) {
      throw new IatiExportError(`${path}.identifier`, `duplicate identifier ${activity.identifier}`);
    }
    seen.add(activity.identifier);
    addActivity(root, data, activity, lang, path);
  });
  return doc.end({ prettyPrint: true });
}

/** Input the export cannot turn into valid IATI: `path` names the field, e.g. `activities[2].budgets[0].value`. */
export class IatiExportError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`IATI export: ${path}: ${reason}`);
    this.name = 'IatiExportError';
  }
}

function addActivity(root: XMLBuilder, data: IatiExport, a: IatiActivity, lang: string, path: string): void {
  if (!a.identifier.trim()) throw new IatiExportError(`${path}.identifier`, 'empty identifier');
  if (![1, 2, 3].includes(a.hierarchy)) {
    throw new IatiExportError(`${path}.hierarchy`, `expected 1, 2 or 3, got ${a.hierarchy}`);
  }
  const el = root
    .ele('iati-activity', {
      'last-updated-datetime': checkDateTime(a.lastUpdated, `${path}.lastUpdated`),
    })
    .att('@xml', 'xml:lang', lang)
    .att('default-currency', checkCurrency(a.defaultCurrency, `${path}.defaultCurrency`))
    .att('hierarchy', String(a.hierarchy));

  el.ele('iati-identifier').txt(a.identifier);

  const reporting = el.ele('reporting-org', { ref: data.reportingOrg.ref, type: data.reportingOrg.type });
  addRequiredNarratives(
    reporting,
    [data.reportingOrg.name, { en: data.reportingOrg.ref, fr: '' }],
    'reportingOrg.name',
  );

  const identifierText: Text2 = { en: a.identifier, fr: '' };
  addRequiredNarratives(el.ele('title'), [a.title, identifierText], `${path}.title`);
  // The general description is required; an activity described only by its objectives or title uses those.
  addRequiredNarratives(
    el.ele('description', { type: iatiCodes.descriptionType.general }),
    [a.description, a.objectives, a.title, identifierText],
    `${path}.description`,
  );
  if (hasText(a.objectives)) {
    addNarratives(el.ele('description', { type: iatiCodes.descriptionType.objectives }), a.objectives);
  }

  if (a.participatingOrgs.length === 0) {
    throw new IatiExportError(
      `${path}.participatingOrgs`,
      'at least one participating organisation is required',
    );
  }
  for (const org of a.participatingOrgs) {
    const attrs: Record<string, string> = { ...orgAttributes(org), role: iatiCodes.orgRole[org.role] };
    if (org.activityId?.trim()) attrs['activity-id'] = org.activityId;
    addNarratives(el.ele('participating-org', attrs), org.name);
  }

  el.ele('activity-status', { code: iatiCodes.activityStatus[a.status] });

  addActivityDates(el, a, path);

  if (a.recipientCountry !== undefined) {
    el.ele('recipient-country', { code: checkCountry(a.recipientCountry, `${path}.recipientCountry`) });
  }
  (a.sectors ?? []).forEach((sector, i) => {
    const sectorPath = `${path}.sectors[${i}]`;
    if (!sector.code.trim()) throw new IatiExportError(`${sectorPath}.code`, 'empty sector code');
    const attrs: Record<string, string> = {
      vocabulary: sector.vocabulary ?? iatiCodes.defaultSectorVocabulary,
      code: sector.code,
    };
    if (sector.percentage !== undefined) {
      attrs.percentage = checkDecimal(sector.percentage, `${sectorPath}.percentage`);
    }
    el.ele('sector', attrs);
  });

  a.budgets.forEach((budget, i) => {
    addBudget(el, budget, `${path}.budgets[${i}]`);
  });
  a.transactions.forEach((transaction, i) => {
    addTransaction(el, transaction, `${path}.transactions[${i}]`);
  });
  (a.documents ?? []).forEach((document, i) => {
    addDocument(el, document, `${path}.documents[${i}]`);
  });
  a.related.forEach((related, i) => {
    if (!related.identifier.trim()) {
      throw new IatiExportError(`${path}.related[${i}].identifier`, 'empty identifier');
    }
    el.ele('related-activity', { ref: related.identifier, type: iatiCodes.relatedActivity[related.type] });
  });
  a.results.forEach((result, i) => {
    addResult(el, result, `${path}.results[${i}]`);
  });
}

function addActivityDates(el: XMLBuilder, a: IatiActivity, path: string): void {
  if (!a.dates.plannedStart && !a.dates.actualStart) {
    throw new IatiExportError(`${path}.dates`, 'a planned or an actual start date is required');
  }
  for (const key of ['plannedStart', 'actualStart', 'plannedEnd', 'actualEnd'] as const) {
    const value = a.dates[key];
    if (value === undefined) continue;
    el.ele('activity-date', {
      type: iatiCodes.activityDate[key],
      'iso-date': checkDate(value, `${path}.dates.${key}`),
    });
  }
}

function addBudget(el: XMLBuilder, b: IatiBudget, path: string): void {
  const start = checkDate(b.periodStart, `${path}.periodStart`);
  const end = checkDate(b.periodEnd, `${path}.periodEnd`);
  if (end < start) throw new IatiExportError(`${path}.periodEnd`, 'the period ends before it starts');
  const budget = el.ele('budget', { type: iatiCodes.budgetType[b.type] });
  budget.ele('period-start', { 'iso-date': start });
  budget.ele('period-end', { 'iso-date': end });
  addValue(budget, b, path);
}

function addTransaction(el: XMLBuilder, t: IatiTransaction, path: string): void {
  const tx = el.ele('transaction');
  if (t.ref?.trim()) tx.att('ref', t.ref);
  tx.ele('transaction-type', { code: iatiCodes.transactionType[t.type] });
  tx.ele('transaction-date', { 'iso-date': checkDate(t.date, `${path}.date`) });
  addValue(tx, t, path);
  if (hasText(t.description)) addNarratives(tx.ele('description'), t.description);
  if (t.provider) {
    const attrs = orgAttributes(t.provider);
    if (t.provider.activityId?.trim()) attrs['provider-activity-id'] = t.provider.activityId;
    addNarratives(tx.ele('provider-org', attrs), t.provider.name);
  }
  if (t.receiver) {
    const attrs = orgAttributes(t.receiver);
    if (t.receiver.activityId?.trim()) attrs['receiver-activity-id'] = t.receiver.activityId;
    addNarratives(tx.ele('receiver-org', attrs), t.receiver.name);
  }
}

function addValue(
  parent: XMLBuilder,
  v: { value: string; currency: string; valueDate: string },
  path: string,
) {
  parent
    .ele('value', {
      currency: checkCurrency(v.currency, `${path}.currency`),
      'value-date': checkDate(v.valueDate, `${path}.valueDate`),
    })
    .txt(checkDecimal(v.value, `${path}.value`));
}

function addDocument(el: XMLBuilder, d: IatiDocument, path: string): void {
  if (!URL.canParse(d.url)) throw new IatiExportError(`${path}.url`, `not an absolute URL: ${d.url}`);
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(d.format)) {
    throw new IatiExportError(`${path}.format`, `not a media type: ${d.format}`);
  }
  if (!d.category.trim()) throw new IatiExportError(`${path}.category`, 'empty document category');
  const link = el.ele('document-link', { url: d.url, format: d.format });
  addRequiredNarratives(link.ele('title'), [d.title, { en: d.url, fr: '' }], `${path}.title`);
  link.ele('category', { code: d.category });
  d.languages.forEach((code, i) => {
    if (!/^[a-z]{2}$/.test(code)) {
      throw new IatiExportError(`${path}.languages[${i}]`, `not an ISO 639-1 code: ${code}`);
    }
    link.ele('language', { code });
  });
  if (d.date !== undefined) link.ele('document-date', { 'iso-date': checkDate(d.date, `${path}.date`) });
}

function addResult(el: XMLBuilder, r: IatiResult, path: string): void {
  if (r.indicators.length === 0) {
    throw new IatiExportError(`${path}.indicators`, 'a result needs at least one indicator');
  }
  const result = el.ele('result', { type: iatiCodes.resultType[r.type] });
  addRequiredNarratives(
    result.ele('title'),
    [r.title, r.indicators[0]?.title, RESULT_TYPE_LABELS[r.type]],
    `${path}.title`,
  );
  r.indicators.forEach((indicator, i) => {
    addIndicator(result, indicator, `${path}.indicators[${i}]`);
  });
}

/**
 * IATI 2.03 has no unit attribute: the measure code says "unit" or "percentage", and the unit itself is
 * written in the indicator's description ("Unit of measure: hectares (ha)") in both languages.
 */
function addIndicator(result: XMLBuilder, ind: IatiIndicator, path: string): void {
  const unit = unitLabel(ind.unit);
  const percentage = PERCENT_UNITS.has(ind.unit.trim().toLowerCase());
  const indicator = result.ele('indicator', {
    measure: percentage ? iatiCodes.indicatorMeasure.percentage : iatiCodes.indicatorMeasure.unit,
    ascending: ind.ascending ? 'true' : 'false',
  });
  addRequiredNarratives(indicator.ele('title'), [ind.title, unit], `${path}.title`);
  if (unit) {
    addNarratives(indicator.ele('description'), {
      en: `Unit of measure: ${unit.en}`,
      fr: `Unité de mesure\u00a0: ${unit.fr}`,
    });
  }
  if (ind.baseline) {
    const { year, isoDate, value } = ind.baseline;
    if (!Number.isInteger(year) || year < 1) {
      throw new IatiExportError(`${path}.baseline.year`, `not a year: ${year}`);
    }
    indicator.ele('baseline', {
      'iso-date': checkDate(isoDate, `${path}.baseline.isoDate`),
      year: String(year),
      value: checkDecimal(value, `${path}.baseline.value`),
    });
  }
  ind.periods.forEach((p, i) => {
    const periodPath = `${path}.periods[${i}]`;
    const period = indicator.ele('period');
    period.ele('period-start', { 'iso-date': checkDate(p.start, `${periodPath}.start`) });
    period.ele('period-end', { 'iso-date': checkDate(p.end, `${periodPath}.end`) });
    if (p.target !== undefined) {
      period.ele('target', { value: checkDecimal(p.target, `${periodPath}.target`) });
    }
    if (p.actual !== undefined) {
      period.ele('actual', { value: checkDecimal(p.actual, `${periodPath}.actual`) });
    }
  });
}

const RESULT_TYPE_LABELS: Record<IatiResult['type'], Text2> = {
  output: { en: 'Outputs', fr: 'Extrants' },
  outcome: { en: 'Outcomes', fr: 'Effets' },
};

const UNIT_LABELS: Record<string, Text2> = {
  hectares: { en: 'hectares (ha)', fr: 'hectares (ha)' },
  tonnes: { en: 'tonnes (t)', fr: 'tonnes (t)' },
  items: { en: 'items', fr: 'articles' },
  people: { en: 'people', fr: 'personnes' },
  percent: { en: 'percent (%)', fr: 'pourcentage (%)' },
};

const PERCENT_UNITS = new Set(['percent', 'percentage', '%']);

function unitLabel(unit: string): Text2 | undefined {
  const key = unit.trim().toLowerCase();
  if (!key) return undefined;
  return UNIT_LABELS[PERCENT_UNITS.has(key) ? 'percent' : key] ?? { en: unit.trim(), fr: unit.trim() };
}

function orgAttributes(org: IatiOrg): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (org.ref?.trim()) attrs.ref = org.ref;
  if (org.type?.trim()) attrs.type = org.type;
  return attrs;
}

function checkReportingOrg(org: IatiExport['reportingOrg']): void {
  if (!org.ref?.trim())
    throw new IatiExportError('reportingOrg.ref', 'the publisher needs an IATI identifier');
  if (!org.type?.trim())
    throw new IatiExportError('reportingOrg.type', 'the publisher needs an organisation type');
}

// Narratives: one per non-empty language, each marked with its language.

function hasText(text: Text2 | undefined): text is Text2 {
  return Boolean(text?.en.trim() || text?.fr.trim());
}

function addNarratives(parent: XMLBuilder, text: Text2 | undefined): void {
  for (const lang of ['en', 'fr'] as const) {
    const value = text?.[lang];
    if (value?.trim()) parent.ele('narrative').att('@xml', 'xml:lang', lang).txt(value);
  }
}

/** For elements the schema requires a narrative in: the first candidate with any text is written. */
function addRequiredNarratives(parent: XMLBuilder, candidates: (Text2 | undefined)[], path: string): void {
  const text = candidates.find(hasText);
  if (!text) throw new IatiExportError(path, 'a text in English or French is required');
  addNarratives(parent, text);
}

// Value checks: what the schema types (xsd:date, xsd:dateTime, xsd:decimal) and IATI's code lists accept.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

function checkDate(value: string, path: string): string {
  const match = DATE.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(2000, month - 1, day));
    date.setUTCFullYear(year);
    if (year > 0 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value;
  }
  throw new IatiExportError(path, `not a date (YYYY-MM-DD): ${value}`);
}

function checkDateTime(value: string, path: string): string {
  if (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
    checkDate(value.slice(0, 10), path);
    return value;
  }
  throw new IatiExportError(path, `not a date-time (ISO 8601): ${value}`);
}

function checkDecimal(value: string, path: string): string {
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  throw new IatiExportError(path, `not a decimal amount: ${String(value)}`);
}

function checkCurrency(value: string, path: string): string {
  if (/^[A-Z]{3}$/.test(value)) return value;
  throw new IatiExportError(path, `not an ISO 4217 currency code: ${value}`);
}

function checkCountry(value: string, path: string): string {
  if (/^[A-Z]{2}$/.test(value)) return value;
  throw new IatiExportError(path, `not an ISO 3166-1 alpha-2 country code: ${value}`);
}
