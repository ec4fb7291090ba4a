import { describe, expect, it } from 'vitest';
import type { ContributionsReport, SpendingLine } from '../../../modules/trust-funds/tf-reports.schemas';
import {
  donorChartRows,
  donorGroups,
  isNegative,
  latestPeriod,
  progressPercent,
  spendingRows,
  yearChart,
} from './tf-report-values';

const donor = (n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  kind: 'member_state' as const,
  name: { en: `Donor ${n}`, fr: `Donateur ${n}` },
});
const amounts = (pledged: string, received: string) => ({
  pledged,
  committed: '0.00',
  received,
  outstanding: '0.00',
});

const report: Pick<ContributionsReport, 'lines' | 'byDonor'> = {
  lines: [
    { donor: donor(1), year: 2011, ...amounts('0.00', '400.00') },
    { donor: donor(1), year: 2010, ...amounts('1000.00', '100.00') },
    { donor: donor(2), year: 2010, ...amounts('0.00', '50.50') },
  ],
  byDonor: [
    { donor: donor(1), ...amounts('1000.00', '500.00') },
    { donor: donor(2), ...amounts('0.00', '50.50') },
    { donor: donor(3), ...amounts('0.00', '0.00') },
  ],
};
const name = (d: { name: { en: string } }) => d.name.en;

describe('donorGroups', () => {
  it('gives each donor, in the report’s order, its years ascending and its total', () => {
    const groups = donorGroups(report);
    expect(groups.map((g) => g.donor.id)).toEqual([donor(1).id, donor(2).id, donor(3).id]);
    expect(groups[0]!.years.map((y) => y.year)).toEqual([2010, 2011]);
    expect(groups[0]!.total.received).toBe('500.00');
    expect(groups[2]!.years).toEqual([]);
  });
});

describe('donorChartRows', () => {
  it('leaves out donors with nothing, largest first', () => {
    expect(donorChartRows(report.byDonor, name, 'Others')).toEqual([
      { label: 'Donor 1', pledged: 1000, received: 500 },
      { label: 'Donor 2', pledged: 0, received: 50.5 },
    ]);
  });

  it('adds up the donors beyond the largest ones in one bar', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({
      donor: donor(i),
      ...amounts('0', String((i + 1) * 10)),
    }));
    const rows = donorChartRows(many, name, 'Others', 3);
    expect(rows.map((r) => r.label)).toEqual(['Donor 4', 'Donor 3', 'Donor 2', 'Others']);
    expect(rows[3]).toEqual({ label: 'Others', pledged: 0, received: 30 });
  });
});

describe('yearChart', () => {
  it('stacks the money received per year by donor, every key in every row', () => {
    const chart = yearChart(report, name, 'Others');
    expect(chart.series).toEqual([
      { key: 'd0', label: 'Donor 1' },
      { key: 'd1', label: 'Donor 2' },
    ]);
    expect(chart.rows).toEqual([
      { year: '2010', d0: 100, d1: 50.5 },
      { year: '2011', d0: 400, d1: 0 },
    ]);
  });

  it('puts the donors beyond the largest under one key', () => {
    const chart = yearChart(report, name, 'Others', 1);
    expect(chart.series.map((s) => s.key)).toEqual(['d0', 'other']);
    expect(chart.rows[0]).toEqual({ year: '2010', d0: 100, other: 50.5 });
  });
});

describe('isNegative', () => {
  it('tells an overspent amount, not a signed zero', () => {
    expect(isNegative('-0.01')).toBe(true);
    expect(isNegative('-0.00')).toBe(false);
    expect(isNegative('12.00')).toBe(false);
  });
});

describe('spendingRows', () => {
  const line = (id: string, parentId: string | null): SpendingLine => ({
    project: {
      id,
      code: id,
      title: { en: id, fr: id },
      parentId,
      beneficiaryCountry: 'TJ',
      fund: { id: 'f', code: 'F' },
    },
    budget: '0.00',
    disbursed: '0.00',
    spent: '0.00',
    remaining: '0.00',
  });

  it('puts each phase under its project, and a phase whose project is filtered out at the top', () => {
    const rows = spendingRows([line('b1', 'a'), line('a', null), line('c', null), line('d1', 'x')]);
    expect(rows.map((r) => [r.line.project.id, r.depth])).toEqual([
      ['a', 0],
      ['b1', 1],
      ['c', 0],
      ['d1', 0],
    ]);
  });
});

describe('latestPeriod / progressPercent', () => {
  const period = (start: string, actual: string | null, progress: string | null) => ({
    periodStart: start,
    periodEnd: start.replace(/-01-01$/, '-12-31'),
    target: '100',
    actual,
    progress,
  });

  it('reads the last period with an actual value, else the last one', () => {
    const periods = [period('2011-01-01', '40', '0.4000'), period('2012-01-01', null, null)];
    expect(latestPeriod({ periods })?.periodStart).toBe('2011-01-01');
    expect(latestPeriod({ periods: [period('2012-01-01', null, null)] })?.periodStart).toBe('2012-01-01');
    expect(latestPeriod({ periods: [] })).toBeNull();
  });

  it('turns a share into a percentage, the bar kept within 0–100', () => {
    expect(progressPercent('0.7500')).toEqual({ value: 75, bar: 75 });
    expect(progressPercent('1.2345')).toEqual({ value: 123.5, bar: 100 });
    expect(progressPercent('-0.1000')).toEqual({ value: -10, bar: 0 });
    expect(progressPercent(null)).toBeNull();
  });
});
