import type { Scenario } from './scenarios';

/**
 * The trust-fund scenarios (issue 5): the contributions report (by donor and year: pledged, committed,
 * received, outstanding) in the base currency and in two others over all twenty years, for one fund
 * over five years, and as a partner liaison sees it (its own contributions, in its own currency); and,
 * as a cheap sanity check, the first page of the transactions list (a keyset page on
 * tf_transactions_list_idx and a count that stops at 10,001 rows: no full scan). Their ceiling replays the app's
 * recorded driver calls (replay.ts).
 */

export interface TrustFundScenarioData {
  token: string;
  liaisonToken: string;
  liaison: { currency: string };
  fund: { id: string; code: string };
  period: { from: string; to: string };
}

export const contributionsRoute = '/api/v1/trust-fund-reports/contributions';
const contributions = (query: string) => `${contributionsRoute}?${query}`;

/** The contributions report's scenarios: the PostgreSQL target (p95 ≤ 200 ms) applies to them. */
export const trustFundReportScenarios = [
  'tf-contributions-eur',
  'tf-contributions-usd',
  'tf-contributions-jpy',
  'tf-contributions-fund',
  'tf-contributions-liaison',
] as const;
export const trustFundScenarioNames: readonly string[] = [...trustFundReportScenarios, 'tf-transactions'];

/**
 * The scenarios. `reports` says whether the app has the contributions report's route
 * (tf-reports.routes.ts): without it the report scenarios are left out and only the list is measured.
 */
export function buildTrustFundScenarios(data: TrustFundScenarioData, reports: boolean): Scenario[] {
  const staff = { authorization: `Bearer ${data.token}` };
  const liaison = { authorization: `Bearer ${data.liaisonToken}` };
  const report = (name: string, query: string, who: string, headers = staff): Scenario => ({
    name,
    description: `GET ${contributions(query)} (${who})`,
    token: true,
    headers,
    paths: [contributions(query)],
    main: true,
  });
  const list: Scenario = {
    name: 'tf-transactions',
    description:
      'GET /api/v1/trust-fund-transactions?limit=25, the first keyset page, newest value date first, with the total counted up to 10,000 (staff token)',
    token: true,
    headers: staff,
    paths: ['/api/v1/trust-fund-transactions?limit=25'],
    main: true,
  };
  if (!reports) return [list];
  const { from, to } = data.period;
  return [
    report(
      'tf-contributions-eur',
      'currency=EUR',
      'staff token: all donors, all years, in the base currency',
    ),
    report(
      'tf-contributions-usd',
      'currency=USD',
      'staff token: all donors, all years, converted at each value date',
    ),
    report(
      'tf-contributions-jpy',
      'currency=JPY',
      'staff token: all donors, all years, converted, no decimals',
    ),
    report(
      'tf-contributions-fund',
      `currency=USD&fund=${data.fund.id}&from=${from}&to=${to}`,
      `staff token: the busiest fund, ${data.fund.code}, over five years`,
    ),
    report(
      'tf-contributions-liaison',
      `currency=${data.liaison.currency}`,
      `a partner liaison's token: its own partner's contributions, in its own currency`,
      liaison,
    ),
    list,
  ];
}

/**
 * The bar: the contributions report p95 ≤ 200 ms on PostgreSQL; none for PGlite (its figure is
 * reported) nor for the transactions list (a sanity check). Null: no target.
 */
export function trustFundsTarget(scenario: string, database: 'pglite' | 'postgres'): number | null {
  if (database !== 'postgres') return null;
  return (trustFundReportScenarios as readonly string[]).includes(scenario) ? 200 : null;
}
