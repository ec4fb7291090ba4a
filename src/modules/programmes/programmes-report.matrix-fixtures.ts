import type { Fixture, Variant } from '../../server/access-matrix.fixtures';
import { partnerIdFor } from '../../server/access-matrix.fixtures';
import { signIn, type World } from '../../test/world';

/**
 * The implementation reports' rows in the authorization matrix (src/server/access-matrix.test.ts):
 * `own` is about Japan (the matrix liaison's partner), `foreign` about Russia, which a liaison never
 * sees (404). The programme is a fresh draft of that partner, made by the administrator.
 */
async function programmeUrl(world: World, variant: Variant, n: number) {
  const admin = await signIn(world.app, world.users.admin);
  const created = await world.app.inject({
    method: 'POST',
    url: '/api/v1/programmes',
    headers: admin.write,
    payload: {
      partnerId: partnerIdFor(world, variant),
      title: { en: `Report matrix programme ${n}`, fr: '' },
      period: { startsOn: '2026-01-01', endsOn: '2027-12-31' },
    },
  });
  return `/api/v1/programmes/${created.json().id}`;
}

const programmeReport = (suffix: string): Fixture => ({
  partnerScoped: true,
  prepare: async ({ world, variant, n }) => ({ url: `${await programmeUrl(world, variant, n)}/${suffix}` }),
});

const partnerReport = (suffix: string): Fixture => ({
  partnerScoped: true,
  prepare: ({ world, variant }) => ({
    url: `/api/v1/partners/${partnerIdFor(world, variant)}/${suffix}`,
  }),
});

export const programmeReportFixtures: Record<string, Fixture> = {
  'GET /api/v1/programmes/:id/report': programmeReport('report'),
  'GET /api/v1/programmes/:id/report.csv': programmeReport('report.csv?lang=fr'),
  'GET /api/v1/programmes/:id/report.xlsx': programmeReport('report.xlsx'),
  'GET /api/v1/partners/:id/implementation-report': partnerReport('implementation-report?from=2026&to=2027'),
  'GET /api/v1/partners/:id/implementation-report.csv': partnerReport('implementation-report.csv'),
  'GET /api/v1/partners/:id/implementation-report.xlsx': partnerReport(
    'implementation-report.xlsx?from=2026&lang=en',
  ),
};
