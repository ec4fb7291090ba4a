import type { Budget, Indicator } from './trust-funds.api';

/** One period of a project's budget: what was planned first and what it became. */
export interface BudgetPeriod {
  periodStart: string;
  periodEnd: string;
  original: Budget | null;
  revised: Budget | null;
}

/** The budget lines side by side per period, in date order. */
export function budgetsByPeriod(budgets: Budget[]): BudgetPeriod[] {
  const byPeriod = new Map<string, BudgetPeriod>();
  for (const budget of budgets) {
    const key = `${budget.periodStart}|${budget.periodEnd}`;
    const period = byPeriod.get(key) ?? {
      periodStart: budget.periodStart,
      periodEnd: budget.periodEnd,
      original: null,
      revised: null,
    };
    period[budget.kind] = budget;
    byPeriod.set(key, period);
  }
  return [...byPeriod.values()].sort(
    (a, b) => a.periodStart.localeCompare(b.periodStart) || a.periodEnd.localeCompare(b.periodEnd),
  );
}

/**
 * How far the actual has come from the baseline towards the target, in percent (0–100 for the bar;
 * `value` may pass 100 when the target is beaten). A descending indicator (fewer accidents) counts the
 * way down. Null when there is no actual or no distance to cover.
 */
export function progressOf(
  indicator: Pick<Indicator, 'baselineValue' | 'ascending'>,
  period: { target: string | null; actual: string | null },
): { value: number; bar: number } | null {
  if (period.target === null || period.actual === null) return null;
  const baseline = Number(indicator.baselineValue ?? 0);
  const target = Number(period.target);
  const actual = Number(period.actual);
  const distance = indicator.ascending ? target - baseline : baseline - target;
  if (!Number.isFinite(distance) || distance <= 0) return null;
  const covered = indicator.ascending ? actual - baseline : baseline - actual;
  const value = Math.round((covered / distance) * 100);
  return { value, bar: Math.min(100, Math.max(0, value)) };
}

/** Rows for a bar chart of one indicator: target and actual per period (measures are small decimals). */
export function indicatorChartRows(
  indicator: Indicator,
  label: (period: Indicator['periods'][number]) => string,
) {
  return indicator.periods.map((period) => ({
    period: label(period),
    target: period.target === null ? null : Number(period.target),
    actual: period.actual === null ? null : Number(period.actual),
  }));
}
