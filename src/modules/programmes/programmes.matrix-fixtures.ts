import type { Fixture, Variant } from '../../server/access-matrix.fixtures';
import { partnerIdFor } from '../../server/access-matrix.fixtures';
import { signIn, type World } from '../../test/world';

/**
 * The programme routes' rows in the authorization matrix (src/server/access-matrix.test.ts). Each
 * request works on a programme of its own, made by the administrator: `own` is Japan's (the matrix
 * liaison's partner), `foreign` Russia's, which a liaison never sees (404).
 */
async function matrixProgramme(world: World, variant: Variant, n: number, agreed = false) {
  const admin = await signIn(world.app, world.users.admin);
  const created = await world.app.inject({
    method: 'POST',
    url: '/api/v1/programmes',
    headers: admin.write,
    payload: {
      partnerId: partnerIdFor(world, variant),
      title: { en: `Matrix programme ${n}`, fr: `Programme matrice ${n}` },
      period: { startsOn: '2026-01-01', endsOn: '2027-12-31' },
      objectives: [{ areaId: world.areas.get('CYBER'), text: { en: 'Matrix objective', fr: '' } }],
    },
  });
  let programme = created.json() as { id: string; version: number };
  const steps = agreed
    ? [{ to: 'submitted' }, { to: 'under_review' }, { to: 'agreed', agreedOn: '2026-11-20' }]
    : [];
  for (const payload of steps) {
    const response = await world.app.inject({
      method: 'POST',
      url: `/api/v1/programmes/${programme.id}/transitions`,
      headers: { ...admin.write, 'if-match': `"${programme.id}.${programme.version}"` },
      payload,
    });
    programme = response.json();
  }
  return {
    url: `/api/v1/programmes/${programme.id}`,
    id: programme.id,
    etag: `"${programme.id}.${programme.version}"`,
  };
}

export const programmeFixtures: Record<string, Fixture> = {
  'GET /api/v1/programmes': { prepare: () => ({ url: '/api/v1/programmes?q=matrix&year=2026' }) },
  'POST /api/v1/programmes': {
    // Japan's: the liaison's own partner, which the staff may name as well.
    prepare: ({ world, n }) => ({
      url: '/api/v1/programmes',
      payload: {
        partnerId: world.partners.japan,
        title: { en: `Matrix draft ${n}`, fr: '' },
        period: { startsOn: '2026-01-01', endsOn: '2026-12-31' },
      },
    }),
  },
  'GET /api/v1/programmes/:id': {
    partnerScoped: true,
    prepare: async ({ world, variant, n }) => ({ url: (await matrixProgramme(world, variant, n)).url }),
  },
  'PATCH /api/v1/programmes/:id': {
    partnerScoped: true,
    prepare: async ({ world, variant, n }) => {
      const programme = await matrixProgramme(world, variant, n);
      return {
        url: programme.url,
        headers: { 'if-match': programme.etag },
        payload: { summary: { en: 'Changed by the matrix', fr: '' } },
      };
    },
  },
  'POST /api/v1/programmes/:id/transitions': {
    partnerScoped: true,
    // Submitting a draft: the step a liaison may take on its own partner's programme.
    prepare: async ({ world, variant, n }) => {
      const programme = await matrixProgramme(world, variant, n);
      return {
        url: `${programme.url}/transitions`,
        headers: { 'if-match': programme.etag },
        payload: { to: 'submitted' },
      };
    },
  },
  'POST /api/v1/programmes/:id/versions': {
    partnerScoped: true,
    prepare: async ({ world, variant, n }) => ({
      url: `${(await matrixProgramme(world, variant, n, true)).url}/versions`,
    }),
  },
  'GET /api/v1/programmes/:id/diff': {
    partnerScoped: true,
    prepare: async ({ world, variant, n }) => {
      const programme = await matrixProgramme(world, variant, n);
      return { url: `${programme.url}/diff?with=${programme.id}` };
    },
  },
  'GET /api/v1/programmes/:id/coverage': {
    partnerScoped: true,
    prepare: async ({ world, variant, n }) => ({
      url: `${(await matrixProgramme(world, variant, n)).url}/coverage`,
    }),
  },
};
