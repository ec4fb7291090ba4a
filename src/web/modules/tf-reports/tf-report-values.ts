import type {
  ContributionAmounts,
  ContributionsReport,
  ResultLine,
  SpendingLine,
} from '../../../modules/trust-funds/tf-reports.schemas';

/**
 * The shapes the report tables and charts draw, from the API's answers. Amounts stay exact decimal
 * strings for the tables; only the charts turn them into numbers (a bar need not be exact to the cent,
 * and the tables beside it are).
 */

export const amountKeys = ['pledged', 'committed', 'received', 'outstanding'] as const;

type Donor = ContributionsReport['byDonor'][number]['donor'];
type DonorTotal = ContributionsReport['byDonor'][number];
type DonorYear = ContributionsReport['lines'][number];

export interface DonorGroup {
  donor: Donor;
  /** The donor over all years. */
  total: ContributionAmounts;
  /** The donor's years, ascending. */
  years: DonorYear[];
}

/** Each donor (in the report's order, by name) with its years. */
export function donorGroups(report: Pick<ContributionsReport, 'lines' | 'byDonor'>): DonorGroup[] {
  const years = new Map<string, DonorYear[]>();
  for (const line of report.lines) {
    const list = years.get(line.donor.id) ?? [];
    list.push(line);
    years.set(line.donor.id, list);
  }
  return report.byDonor.map(({ donor, ...total }) => ({
    donor,
    total,
    years: (years.get(donor.id) ?? []).slice().sort((a, b) => a.year - b.year),
  }));
}

const amount = (value: string) => {
  const number = Number(value);
  return Number.isFinite(number) ? number : 0;
};

export interface DonorChartRow {
  label: string;
  pledged: number;
  received: number;
}

/**
 * Pledged vs received per donor: the `max` largest donors (by the larger of the two), largest first,
 * then the others added up in one bar, so that sixty donors still make a readable chart.
 */
export function donorChartRows(
  byDonor: DonorTotal[],
  name: (donor: Donor) => string,
  otherLabel: string,
  max = 12,
): DonorChartRow[] {
  const rows = byDonor
    .map((d) => ({ label: name(d.donor), pledged: amount(d.pledged), received: amount(d.received) }))
    .filter((row) => row.pledged !== 0 || row.received !== 0)
    .sort((a, b) => Math.max(b.pledged, b.received) - Math.max(a.pledged, a.received));
  if (rows.length <= max) return rows;
  const rest = rows.slice(max);
  return [
    ...rows.slice(0, max),
    {
      label: otherLabel,
      pledged: rest.reduce((sum, row) => sum + row.pledged, 0),
      received: rest.reduce((sum, row) => sum + row.received, 0),
    },
  ];
}

export interface YearChart {
  /** One row per year: `year`, then one value per series key. */
  rows: Record<string, string | number>[];
  /** The bars stacked in each year: the largest donors by money received, then the others. */
  series: { key: string; label: string }[];
}

/** Received per year by donor, stacked: the `max` donors that received the most, the others together. */
export function yearChart(
  report: Pick<ContributionsReport, 'lines' | 'byDonor'>,
  name: (donor: Donor) => string,
  otherLabel: string,
  max = 8,
): YearChart {
  const ranked = report.byDonor
    .filter((d) => amount(d.received) !== 0)
    .sort((a, b) => amount(b.received) - amount(a.received));
  const keyOf = new Map(ranked.slice(0, max).map((d, i) => [d.donor.id, `d${i}`]));
  const series = ranked.slice(0, max).map((d, i) => ({ key: `d${i}`, label: name(d.donor) }));
  const hasOther = ranked.length > max;
  if (hasOther) series.push({ key: 'other', label: otherLabel });

  const byYear = new Map<number, Record<string, string | number>>();
  for (const line of report.lines) {
    const received = amount(line.received);
    if (received === 0) continue;
    const row = byYear.get(line.year) ?? { year: String(line.year) };
    const key = keyOf.get(line.donor.id) ?? 'other';
    row[key] = ((row[key] as number | undefined) ?? 0) + received;
    byYear.set(line.year, row);
  }
  const rows = [...byYear.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  // Every row has every key, so a stacked bar never reads `undefined`.
  for (const row of rows) for (const { key } of series) row[key] ??= 0;
  return { rows, series };
}

/** An exact amount below zero (an overspent budget): `-0.00` is not. */
export function isNegative(value: string): boolean {
  return /^-/.test(value.trim()) && /[1-9]/.test(value);
}

export interface SpendingRow {
  line: SpendingLine;
  /** 1 for a phase shown under its project, 0 otherwise. */
  depth: 0 | 1;
}

/** Projects in the report's order, each followed by its phases that the report holds. */
export function spendingRows(items: SpendingLine[]): SpendingRow[] {
  const present = new Set(items.map((item) => item.project.id));
  const phases = new Map<string, SpendingLine[]>();
  for (const item of items) {
    const parent = item.project.parentId;
    if (parent && present.has(parent)) phases.set(parent, [...(phases.get(parent) ?? []), item]);
  }
  const rows: SpendingRow[] = [];
  for (const item of items) {
    const parent = item.project.parentId;
    if (parent && present.has(parent)) continue;
    rows.push({ line: item, depth: 0 });
    for (const phase of phases.get(item.project.id) ?? []) rows.push({ line: phase, depth: 1 });
  }
  return rows;
}

type Period = ResultLine['periods'][number];

/** The period an indicator's progress is read at: the last with an actual value, else the last one. */
export function latestPeriod(line: Pick<ResultLine, 'periods'>): Period | null {
  const withActual = [...line.periods].reverse().find((p) => p.actual !== null);
  return withActual ?? line.periods.at(-1) ?? null;
}

/**
 * A progress share (`"0.7500"`, 1 = target met) as a percentage for the page, and the bar's length
 * kept between 0 and 100 (a target passed, or a step backwards, still draws a sensible bar).
 */
export function progressPercent(progress: string | null): { value: number; bar: number } | null {
  if (progress === null) return null;
  const share = Number(progress);
  if (!Number.isFinite(share)) return null;
  const value = Math.round(share * 1000) / 10;
  return { value, bar: Math.min(100, Math.max(0, value)) };
}
