import type { Role } from '../shared/enums';
import { type Caller, signIn, type World } from '../test/world';

/**
 * The authorization matrix's fixture type and shared helpers, and the menu's fixtures (the matrix
 * itself is access-matrix.test.ts).
 */
export type Variant = 'own' | 'foreign';
export type RoleOrPublic = Role | 'public';
export interface Request {
  url: string;
  payload?: object;
  headers?: Record<string, string>;
}
export interface FixtureArgs {
  world: World;
  variant: Variant;
  role: RoleOrPublic;
  caller: Caller;
  n: number;
}
export interface Fixture {
  /** Routes about one partner: a liaison gets 404 for a foreign one, like a missing record. */
  partnerScoped?: boolean;
  /**
   * Routes about one activity: the `foreign` variant is another provider's internal draft, which
   * only the staff may see or change; every other caller gets 404, like a missing record.
   */
  activityScoped?: boolean;
  /** Roles the route's permission lets in but its service refuses (403): money that mixes donors, for a liaison. */
  refusedTo?: readonly RoleOrPublic[];
  /** `open` routes that refuse the anonymous caller for lack of a session. */
  prepare: (args: FixtureArgs) => Promise<Request> | Request;
}

export const partnerIdFor = (world: World, variant: Variant) =>
  variant === 'own' ? world.partners.japan : world.partners.russia;

export async function etagOf(world: World, url: string) {
  const admin = await signIn(world.app, world.users.admin);
  const response = await world.app.inject({ url, headers: admin.headers });
  return response.headers.etag as string;
}

/**
 * An activity for the matrix, made by the administrator: `own` is a published public activity of the
 * provider the matrix's provider account belongs to (NSO); `foreign` another provider's internal draft.
 */
async function matrixActivity(world: World, variant: Variant, n: number) {
  const admin = await signIn(world.app, world.users.admin);
  const own = variant === 'own';
  const created = await world.app.inject({
    method: 'POST',
    url: '/api/v1/menu/activities',
    headers: admin.write,
    payload: {
      year: 2026,
      code: `${own ? 'NSO' : 'CCD'}.M${n}`,
      providerId: world.providers.get(own ? 'NSO' : 'CCDCOE'),
      kind: 'course',
      title: { en: `Matrix course ${n}`, fr: `Cours matrice ${n}` },
      areaIds: [world.areas.get('CRISIS')],
      languages: ['en'],
      releasability: own ? 'public' : 'internal',
      iterations: [{ startsOn: '2026-03-09', endsOn: '2026-03-13', seats: 10 }],
    },
  });
  let activity = created.json();
  if (own) {
    const published = await world.app.inject({
      method: 'POST',
      url: `/api/v1/menu/activities/${activity.id}/transitions`,
      headers: { ...admin.write, 'if-match': created.headers.etag as string },
      payload: { to: 'published' },
    });
    activity = published.json();
  }
  const iteration = activity.iterations[0];
  return {
    url: `/api/v1/menu/activities/${activity.id}`,
    etag: `"${activity.id}.${activity.version}"`,
    iterationUrl: `/api/v1/menu/activities/${activity.id}/iterations/${iteration.id}`,
    iterationEtag: `"${iteration.id}.${iteration.version}"`,
  };
}

/** The menu's routes: activities, iterations, the calendar and feeds, import and export. */
export const menuFixtures: Record<string, Fixture> = {
  'GET /api/v1/menu/activities': { prepare: () => ({ url: '/api/v1/menu/activities?year=2026&q=matrix' }) },
  'GET /api/v1/menu/calendar': { prepare: () => ({ url: '/api/v1/menu/calendar?year=2026' }) },
  'GET /api/v1/menu/years': { prepare: () => ({ url: '/api/v1/menu/years' }) },
  'GET /api/v1/menu/activities/:id': {
    activityScoped: true,
    prepare: async ({ world, variant, n }) => ({ url: (await matrixActivity(world, variant, n)).url }),
  },
  'GET /api/v1/menu/activities/:id/history': {
    activityScoped: true,
    prepare: async ({ world, variant, n }) => ({
      url: `${(await matrixActivity(world, variant, n)).url}/history`,
    }),
  },
  'POST /api/v1/menu/activities': {
    prepare: ({ world, n }) => ({
      url: '/api/v1/menu/activities',
      payload: {
        year: 2026,
        code: `NSO.N${n}`,
        providerId: world.providers.get('NSO'),
        kind: 'seminar',
        title: { en: `Matrix seminar ${n}`, fr: '' },
        areaIds: [world.areas.get('CYBER')],
        languages: ['fr'],
      },
    }),
  },
  'PATCH /api/v1/menu/activities/:id': {
    activityScoped: true,
    prepare: async ({ world, variant, n }) => {
      const activity = await matrixActivity(world, variant, n);
      return { url: activity.url, headers: { 'if-match': activity.etag }, payload: { recurring: false } };
    },
  },
  'POST /api/v1/menu/activities/:id/transitions': {
    activityScoped: true,
    prepare: async ({ world, variant, n }) => {
      const activity = await matrixActivity(world, variant, n);
      return {
        url: `${activity.url}/transitions`,
        headers: { 'if-match': activity.etag },
        payload: { to: 'cancelled' },
      };
    },
  },
  'POST /api/v1/menu/activities/:id/iterations': {
    activityScoped: true,
    prepare: async ({ world, variant, n }) => ({
      url: `${(await matrixActivity(world, variant, n)).url}/iterations`,
      payload: { startsOn: null, endsOn: null, online: true, seats: 30 },
    }),
  },
  'PATCH /api/v1/menu/activities/:id/iterations/:iterationId': {
    activityScoped: true,
    prepare: async ({ world, variant, n }) => {
      const activity = await matrixActivity(world, variant, n);
      return {
        url: activity.iterationUrl,
        headers: { 'if-match': activity.iterationEtag },
        payload: { seats: 11 },
      };
    },
  },
  'POST /api/v1/menu/activities/:id/iterations/:iterationId/transitions': {
    activityScoped: true,
    prepare: async ({ world, variant, n }) => {
      const activity = await matrixActivity(world, variant, n);
      return {
        url: `${activity.iterationUrl}/transitions`,
        headers: { 'if-match': activity.iterationEtag },
        payload: { to: 'cancelled' },
      };
    },
  },
  'POST /api/v1/menu/years/:year/copy-forward': {
    prepare: ({ n }) => ({ url: `/api/v1/menu/years/${2040 + (n % 50)}/copy-forward` }),
  },
  'GET /api/v1/audit-events': { prepare: () => ({ url: '/api/v1/audit-events?limit=5' }) },
  'POST /api/v1/menu/imports': {
    // A dry run of one NSO course: the provider's own, so every role allowed to write gets 200.
    prepare: ({ n }) => ({
      url: '/api/v1/menu/imports?dryRun=true',
      headers: { 'content-type': 'text/csv' },
      payload: Buffer.from(
        `code,year,provider,kind,title_en,title_fr,areas,languages\nNSO.MX${n},2026,NSO,course,Matrix,Matrice,CYBER,en\n`,
      ),
    }),
  },
  'GET /api/v1/menu/import-template.csv': { prepare: () => ({ url: '/api/v1/menu/import-template.csv' }) },
  'GET /api/v1/menu/import-template.xlsx': {
    prepare: () => ({ url: '/api/v1/menu/import-template.xlsx?lang=fr' }),
  },
  'GET /api/v1/menu/export.csv': { prepare: () => ({ url: '/api/v1/menu/export.csv?year=2026' }) },
  'GET /api/v1/menu/export.xlsx': { prepare: () => ({ url: '/api/v1/menu/export.xlsx?year=2026' }) },
  'GET /api/v1/menu/export.json': { prepare: () => ({ url: '/api/v1/menu/export.json?year=2026&lang=fr' }) },
  'GET /api/v1/menu/calendar.ics': { prepare: () => ({ url: '/api/v1/menu/calendar.ics?lang=fr' }) },
  'GET /api/v1/menu/feeds': { prepare: () => ({ url: '/api/v1/menu/feeds' }) },
  'POST /api/v1/menu/feeds': {
    prepare: () => ({ url: '/api/v1/menu/feeds', payload: { name: 'matrix', filter: { area: 'CYBER' } } }),
  },
  'DELETE /api/v1/menu/feeds/:id': {
    prepare: async ({ world, caller, role }) => {
      if (role === 'public') return { url: '/api/v1/menu/feeds/00000000-0000-4000-8000-000000000000' };
      const created = await world.app.inject({
        method: 'POST',
        url: '/api/v1/menu/feeds',
        headers: caller.write,
        payload: { name: 'to delete' },
      });
      return { url: `/api/v1/menu/feeds/${created.json().id}` };
    },
  },
  'GET /api/v1/menu/feeds/:file': {
    // Open: the key in the URL is the credential, whoever fetches it (calendar clients send no cookie).
    prepare: async ({ world }) => {
      const admin = await signIn(world.app, world.users.admin);
      const created = await world.app.inject({
        method: 'POST',
        url: '/api/v1/menu/feeds',
        headers: admin.write,
        payload: { name: 'matrix feed' },
      });
      return { url: new URL(created.json().url).pathname };
    },
  },
};
