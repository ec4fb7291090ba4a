import type { Fixture, Variant } from '../../server/access-matrix.fixtures';
import { signIn, type World } from '../../test/world';

/**
 * The project documents' rows in the authorization matrix (src/server/access-matrix.test.ts). `own` is
 * a public project (Japan's liaison sees it), `foreign` an internal one: 404 for the liaison, like a
 * missing project. Every request that removes a document has a fresh one of its own.
 */
export const matrixPdf = Buffer.from('%PDF-1.4\n% matrix document\n%%EOF\n', 'latin1');

const made = new WeakMap<World, Promise<Record<Variant, string>>>();

async function post(
  world: World,
  url: string,
  payload: object | Buffer,
  headers: Record<string, string> = {},
) {
  const admin = await signIn(world.app, world.users.admin);
  const response = await world.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { ...admin.write, ...headers },
    payload,
  });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return (response.json() as { id: string }).id;
}

function projects(world: World) {
  let promise = made.get(world);
  if (!promise) {
    promise = (async () => {
      const fundId = await post(world, '/trust-funds', {
        code: 'MATRIX-DOCS',
        name: { en: 'Matrix documents fund', fr: '' },
        currency: 'EUR',
        releasability: 'public',
      });
      const project = (code: string, releasability: string) =>
        post(world, '/trust-fund-projects', {
          fundId,
          code,
          title: { en: code, fr: code },
          beneficiaryCountry: 'GE',
          releasability,
        });
      return {
        own: await project('DOCS-PUBLIC', 'public'),
        foreign: await project('DOCS-INTERNAL', 'internal'),
      };
    })();
    made.set(world, promise);
  }
  return promise;
}

const addDocument = (world: World, projectId: string, n: number) =>
  post(world, `/trust-fund-projects/${projectId}/documents?fileName=matrix-${n}.pdf`, matrixPdf, {
    'content-type': 'application/pdf',
  });

export const documentFixtures: Record<string, Fixture> = {
  'POST /api/v1/trust-fund-projects/:id/documents': {
    prepare: async ({ world, n }) => ({
      url: `/api/v1/trust-fund-projects/${(await projects(world)).own}/documents?fileName=matrix-${n}.pdf`,
      headers: { 'content-type': 'application/pdf' },
      payload: matrixPdf,
    }),
  },
  'GET /api/v1/trust-fund-projects/:id/documents/:documentId': {
    partnerScoped: true,
    prepare: async ({ world, variant, n }) => {
      const projectId = (await projects(world))[variant];
      return {
        url: `/api/v1/trust-fund-projects/${projectId}/documents/${await addDocument(world, projectId, n)}`,
      };
    },
  },
  'DELETE /api/v1/trust-fund-projects/:id/documents/:documentId': {
    prepare: async ({ world, n }) => {
      const projectId = (await projects(world)).own;
      return {
        url: `/api/v1/trust-fund-projects/${projectId}/documents/${await addDocument(world, projectId, n)}`,
      };
    },
  },
};
