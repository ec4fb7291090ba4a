import type { Fixture, RoleOrPublic } from '../../server/access-matrix.fixtures';

/**
 * The trust-fund reports' rows in the authorization matrix (src/server/access-matrix.test.ts). Every
 * role with `trustfund.read` gets an answer, but the balances and spending reports (and their files) add
 * up every donor's money, which the service refuses to a partner liaison (403): `refusedTo` says so,
 * for the matrix's expected status. Amounts are in the base currency, so no rate is needed.
 */
export type ReportFixture = Fixture & { refusedTo?: readonly RoleOrPublic[] };

const url = (path: string): ReportFixture => ({
  prepare: () => ({ url: `/api/v1/trust-fund-reports/${path}` }),
});
const mixed = (path: string): ReportFixture => ({ ...url(path), refusedTo: ['partner_liaison'] });

export const tfReportFixtures: Record<string, ReportFixture> = {
  'GET /api/v1/trust-fund-reports/contributions': url('contributions?from=2026-01-01'),
  'GET /api/v1/trust-fund-reports/contributions.csv': url('contributions.csv?lang=fr'),
  'GET /api/v1/trust-fund-reports/contributions.xlsx': url('contributions.xlsx'),
  'GET /api/v1/trust-fund-reports/balances': mixed('balances'),
  'GET /api/v1/trust-fund-reports/balances.csv': mixed('balances.csv'),
  'GET /api/v1/trust-fund-reports/balances.xlsx': mixed('balances.xlsx?lang=en'),
  'GET /api/v1/trust-fund-reports/spending': mixed('spending'),
  'GET /api/v1/trust-fund-reports/spending.csv': mixed('spending.csv'),
  'GET /api/v1/trust-fund-reports/spending.xlsx': mixed('spending.xlsx'),
  'GET /api/v1/trust-fund-reports/results': url('results'),
  'GET /api/v1/trust-fund-reports/results.csv': url('results.csv?lang=en'),
  'GET /api/v1/trust-fund-reports/results.xlsx': url('results.xlsx'),
};
