import { describe, expect, it } from 'vitest';
import { budgetsByPeriod, indicatorChartRows, progressOf } from './project-view-values';
import type { Budget, Indicator } from './trust-funds.api';

const budget = (kind: 'original' | 'revised', start: string, amount: string): Budget => ({
  kind,
  periodStart: start,
  periodEnd: `${start.slice(0, 4)}-12-31`,
  amount,
  currency: 'EUR',
  valueDate: start,
});

describe('project view values', () => {
  it('puts original and revised budgets of a period side by side, in date order', () => {
    const rows = budgetsByPeriod([
      budget('revised', '2013-01-01', '900000.00'),
      budget('original', '2012-01-01', '1000000.00'),
      budget('original', '2013-01-01', '800000.00'),
    ]);
    expect(rows.map((r) => [r.periodStart, r.original?.amount ?? null, r.revised?.amount ?? null])).toEqual([
      ['2012-01-01', '1000000.00', null],
      ['2013-01-01', '800000.00', '900000.00'],
    ]);
  });

  it('measures progress from the baseline towards the target, either way', () => {
    expect(progressOf({ baselineValue: '0', ascending: true }, { target: '600', actual: '571' })).toEqual({
      value: 95,
      bar: 95,
    });
    expect(progressOf({ baselineValue: '100', ascending: false }, { target: '20', actual: '60' })).toEqual({
      value: 50,
      bar: 50,
    });
    expect(progressOf({ baselineValue: null, ascending: true }, { target: '10', actual: '15' })).toEqual({
      value: 150,
      bar: 100,
    });
    expect(progressOf({ baselineValue: '0', ascending: true }, { target: '10', actual: null })).toBeNull();
    expect(progressOf({ baselineValue: '10', ascending: true }, { target: '10', actual: '10' })).toBeNull();
  });

  it('charts target and actual per period', () => {
    const indicator = {
      periods: [
        { periodStart: '2012-01-01', periodEnd: '2012-12-31', target: '300', actual: '280.5' },
        { periodStart: '2013-01-01', periodEnd: '2013-12-31', target: '600', actual: null },
      ],
    } as Indicator;
    expect(indicatorChartRows(indicator, (p) => p.periodStart.slice(0, 4))).toEqual([
      { period: '2012', target: 300, actual: 280.5 },
      { period: '2013', target: 600, actual: null },
    ]);
  });
});
