import type { Fixture, Variant } from '../../server/access-matrix.fixtures';
import { type Caller, signIn, type World } from '../../test/world';
import { ifMatch, insertNominationRow, openIteration, person } from './nominations.test-support';

/**
 * The nominations' rows of the authorization matrix. `own` is a nomination of Japan (the matrix
 * liaison's partner) to an activity of NSO (the matrix provider's school); `foreign` one of Georgia to
 * an activity of another provider: the liaison and the provider both get 404 for it, like a missing
 * record, and only the staff reach it.
 */

interface Stage {
  /** Open iterations taking nominations (with a second approval step: nominations stay pending). */
  open: Record<Variant, string>;
  /** Iterations already begun, for attendance and reports. */
  begun: Record<Variant, string>;
  /** An internal draft of another provider: only the staff see it. */
  hidden: string;
}

const stages = new WeakMap<World, Promise<Stage>>();

async function buildStage(world: World): Promise<Stage> {
  const admin = await signIn(world.app, world.users.admin);
  const other = { providerId: world.providers.get('CCDCOE') };
  const iteration = async (variant: Variant, begun: boolean) =>
    (
      await openIteration(world, admin, {
        seats: 10_000,
        secondApproval: true,
        ...(begun ? { startsOn: '2026-11-16', endsOn: '2026-11-27', nominationDeadline: null } : {}),
        activity: variant === 'own' ? {} : other,
      })
    ).iteration.id;
  const hidden = await world.app.inject({
    method: 'POST',
    url: '/api/v1/menu/activities',
    headers: admin.write,
    payload: {
      year: 2027,
      code: 'CCD.HIDDEN',
      providerId: world.providers.get('CCDCOE'),
      kind: 'course',
      title: { en: 'Hidden course', fr: 'Cours caché' },
      areaIds: [world.areas.get('CYBER')],
      languages: ['en'],
      releasability: 'internal',
      iterations: [{ startsOn: '2027-05-03', endsOn: '2027-05-07', seats: 5 }],
    },
  });
  return {
    open: { own: await iteration('own', false), foreign: await iteration('foreign', false) },
    begun: { own: await iteration('own', true), foreign: await iteration('foreign', true) },
    hidden: hidden.json().iterations[0].id,
  };
}

function stageOf(world: World): Promise<Stage> {
  let stage = stages.get(world);
  if (!stage) {
    stage = buildStage(world);
    stages.set(world, stage);
  }
  return stage;
}

/**
 * A fresh administrator session each time: the matrix changes each role's password along the way,
 * which ends that account's other sessions.
 */
const asAdmin = (world: World): Promise<Caller> => signIn(world.app, world.users.admin);

const partnerOf = (world: World, variant: Variant) =>
  variant === 'own' ? world.partners.japan : world.partners.georgia;

/** A pending nomination, made by the administrator, on the variant's open iteration. */
async function pendingNomination(world: World, variant: Variant) {
  const stage = await stageOf(world);
  const response = await world.app.inject({
    method: 'POST',
    url: '/api/v1/nominations',
    headers: (await asAdmin(world)).write,
    payload: { iterationId: stage.open[variant], partnerId: partnerOf(world, variant), ...person() },
  });
  if (response.statusCode !== 201) throw new Error(`matrix nomination failed: ${response.body}`);
  return response.json() as { id: string; version: number };
}

/** An accepted participant of the variant's iteration that has begun. */
async function seatedNomination(world: World, variant: Variant) {
  const stage = await stageOf(world);
  return insertNominationRow(world, {
    iterationId: stage.begun[variant],
    partnerId: partnerOf(world, variant),
  });
}

const both = { partnerScoped: true, activityScoped: true };

export const nominationFixtures: Record<string, Fixture> = {
  'POST /api/v1/nominations': {
    prepare: async ({ world }) => {
      const stage = await stageOf(world);
      return {
        url: '/api/v1/nominations',
        payload: { iterationId: stage.open.own, partnerId: world.partners.japan, ...person() },
      };
    },
  },
  'GET /api/v1/nominations': { prepare: () => ({ url: '/api/v1/nominations?limit=5&status=pending' }) },
  'GET /api/v1/nominations/:id': {
    ...both,
    prepare: async ({ world, variant }) => ({
      url: `/api/v1/nominations/${(await pendingNomination(world, variant)).id}`,
    }),
  },
  'POST /api/v1/nominations/:id/decision': {
    ...both,
    prepare: async ({ world, variant }) => {
      const nomination = await pendingNomination(world, variant);
      return {
        url: `/api/v1/nominations/${nomination.id}/decision`,
        headers: ifMatch(nomination),
        payload: { decision: 'accept' },
      };
    },
  },
  'POST /api/v1/nominations/:id/withdraw': {
    ...both,
    prepare: async ({ world, variant }) => {
      const nomination = await pendingNomination(world, variant);
      return { url: `/api/v1/nominations/${nomination.id}/withdraw`, headers: ifMatch(nomination) };
    },
  },
  'POST /api/v1/nominations/:id/erase': {
    ...both,
    prepare: async ({ world, variant }) => {
      const nomination = await pendingNomination(world, variant);
      return { url: `/api/v1/nominations/${nomination.id}/erase`, headers: ifMatch(nomination) };
    },
  },
  'POST /api/v1/nominations/:id/attendance': {
    ...both,
    prepare: async ({ world, variant }) => {
      const nomination = await seatedNomination(world, variant);
      return {
        url: `/api/v1/nominations/${nomination.id}/attendance`,
        headers: ifMatch(nomination),
        payload: { attendance: 'attended', completed: true },
      };
    },
  },
  'POST /api/v1/nominations/:id/reports': {
    ...both,
    prepare: async ({ world, variant }) => ({
      url: `/api/v1/nominations/${(await seatedNomination(world, variant)).id}/reports?fileName=feedback.txt`,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      payload: Buffer.from('The course met its objectives.\n'),
    }),
  },
  'GET /api/v1/nominations/:id/reports/:reportId': {
    ...both,
    prepare: async ({ world, variant }) => {
      const nomination = await seatedNomination(world, variant);
      const url = `/api/v1/nominations/${nomination.id}/reports`;
      const added = await world.app.inject({
        method: 'POST',
        url,
        headers: { ...(await asAdmin(world)).write, 'content-type': 'text/plain' },
        payload: Buffer.from('Useful.\n'),
      });
      return { url: `${url}/${added.json().id}` };
    },
  },
  'GET /api/v1/menu/iterations/:id/nominations': {
    activityScoped: true,
    prepare: async ({ world, variant }) => {
      const stage = await stageOf(world);
      return {
        url: `/api/v1/menu/iterations/${variant === 'own' ? stage.open.own : stage.hidden}/nominations`,
      };
    },
  },
  'POST /api/v1/menu/iterations/:id/release-seats': {
    prepare: async ({ world }) => {
      const stage = await stageOf(world);
      return { url: `/api/v1/menu/iterations/${stage.open.own}/release-seats` };
    },
  },
};
