/**
 * The trust-fund reports' filters as the address keeps them (`?currency=EUR&fund=…&from=2010-01-01`),
 * so that a report can be shared as a link. Malformed values are left out rather than sent: the page
 * then shows the report without them instead of a refusal. A well-formed but unknown currency code
 * is sent, so the server's own message ("not an ISO 4217 code") says what is wrong with it.
 */

export const reportKinds = ['contributions', 'balances', 'spending', 'results'] as const;
export type ReportKind = (typeof reportKinds)[number];

/** What a partner liaison may open: the reports that add up other donors' money are not for it. */
export const liaisonKinds: readonly ReportKind[] = ['contributions', 'results'];

export interface ReportFilters {
  /** The reporting currency (ISO 4217); '' = the base currency. */
  currency: string;
  fund: string;
  /** A project (with its phases): not a control of the page, but kept when a link carries it. */
  project: string;
  donor: string;
  /** The beneficiary country (ISO 3166-1 alpha-2). */
  country: string;
  /** Value dates, both ends included, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

export const filterKeys = ['currency', 'fund', 'project', 'donor', 'country', 'from', 'to'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURRENCY = /^[A-Za-z]{3}$/;
const COUNTRY = /^[A-Za-z]{2}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD` (not 2023-02-30). */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const keep = (value: string | null, valid: (v: string) => boolean) => {
  const text = (value ?? '').trim();
  return text && valid(text) ? text : '';
};

export function readFilters(params: URLSearchParams): ReportFilters {
  const uuid = (v: string) => UUID.test(v);
  return {
    currency: keep(params.get('currency'), (v) => CURRENCY.test(v)).toUpperCase(),
    fund: keep(params.get('fund'), uuid).toLowerCase(),
    project: keep(params.get('project'), uuid).toLowerCase(),
    donor: keep(params.get('donor'), uuid).toLowerCase(),
    country: keep(params.get('country'), (v) => COUNTRY.test(v)).toUpperCase(),
    from: keep(params.get('from'), isIsoDate),
    to: keep(params.get('to'), isIsoDate),
  };
}

/** The open report: the address's `tab` when the caller may see it, else the contributions. */
export function readTab(value: string | null, liaison: boolean): ReportKind {
  const allowed = liaison ? liaisonKinds : reportKinds;
  return allowed.find((kind) => kind === value) ?? 'contributions';
}

/** The end of the period is before its start: the server would refuse it, so it is not asked. */
export function periodReversed(filters: Pick<ReportFilters, 'from' | 'to'>): boolean {
  return Boolean(filters.from && filters.to && filters.to < filters.from);
}

export function hasFilters(filters: ReportFilters): boolean {
  return filterKeys.some((key) => filters[key] !== '');
}

/**
 * The query the report's API takes, empty values left out. The results report has no money, so the
 * currency is not part of its question (changing it does not ask for the results again).
 */
export function reportQuery(kind: ReportKind, filters: ReportFilters): Partial<ReportFilters> {
  const query: Partial<ReportFilters> = {};
  for (const key of filterKeys) {
    if (filters[key] && !(kind === 'results' && key === 'currency')) query[key] = filters[key];
  }
  return query;
}
