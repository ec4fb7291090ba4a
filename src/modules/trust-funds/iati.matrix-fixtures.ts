import type { Fixture, Variant } from '../../server/access-matrix.fixtures';
import { partnerIdFor } from '../../server/access-matrix.fixtures';
import { signIn, type World } from '../../test/world';

/**
 * The IATI export's rows in the authorization matrix (src/server/access-matrix.test.ts). Each request
 * has a fresh fund of its own, made by the administrator: `own` released to Japan (the matrix liaison's
 * partner), `foreign` released to Russia only, which the liaison gets as 404, like a missing fund.
 */
async function fundFor(world: World, variant: Variant, n: number) {
  const admin = await signIn(world.app, world.users.admin);
  const response = await world.app.inject({
    method: 'POST',
    url: '/api/v1/trust-funds',
    headers: admin.write,
    payload: {
      code: `IATI-M${n}`,
      name: { en: `IATI matrix fund ${n}`, fr: `Fonds matrice IATI ${n}` },
      currency: 'EUR',
      releasability: 'releasable',
      releasableTo: [partnerIdFor(world, variant)],
    },
  });
  if (response.statusCode !== 201) throw new Error(`matrix fund: ${response.statusCode} ${response.body}`);
  return (response.json() as { id: string }).id;
}

export const iatiFixtures: Record<string, Fixture> = {
  // A fund released to Japan first, so that every reader, the liaison included, has something to export.
  'GET /api/v1/trust-funds/iati.xml': {
    prepare: async ({ world, n }) => {
      await fundFor(world, 'own', n);
      return { url: '/api/v1/trust-funds/iati.xml' };
    },
  },
  'GET /api/v1/trust-funds/:id/iati.xml': {
    partnerScoped: true,
    prepare: async ({ world, variant, n }) => ({
      url: `/api/v1/trust-funds/${await fundFor(world, variant, n)}/iati.xml`,
    }),
  },
};
