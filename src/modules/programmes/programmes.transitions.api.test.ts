import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, notifications, users } from '../../db/schema';
import { systemContext } from '../../seed/demo';
import { type ProgrammeStatus, programmeStatuses, programmeTransitions } from '../../shared/enums';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { createProgrammeBodySchema, type Programme } from './programmes.schemas';
import { seedProgramme } from './programmes.service';
import {
  createProgramme,
  getProgramme,
  programmeAt,
  programmeBody,
  programmeCounts,
  step,
  stepExtra,
  stepRequest,
} from './programmes.test-support';

/** Who asks: every role, and a liaison of another partner (Georgia's, on Japan's programme). */
const askers = [
  'public',
  'admin',
  'staff_officer',
  'trust_fund_manager',
  'activity_provider',
  'partner_liaison',
  'foreign_liaison',
  'viewer',
] as const;
type Asker = (typeof askers)[number];

/** The policy of the lifecycle, written out: what each asker gets for a step from a status. */
function expected(asker: Asker, from: ProgrammeStatus, to: ProgrammeStatus): number {
  if (asker === 'public') return 401;
  if (asker === 'trust_fund_manager' || asker === 'activity_provider' || asker === 'viewer') return 403;
  if (asker === 'foreign_liaison') return 404;
  const allowed = programmeTransitions[from].includes(to);
  if (asker === 'partner_liaison' && to !== 'submitted') return 403;
  return allowed ? 200 : 409;
}

const edges = programmeStatuses.flatMap((from) =>
  programmeTransitions[from].map((to) => [from, to] as const),
);

describe.each(drivers)('the programme lifecycle on %s', (driver) => {
  let world: World;
  const callers = new Map<Asker, Caller>();
  const at = new Map<ProgrammeStatus, Programme>();

  beforeAll(async () => {
    world = await createWorld(driver);
    callers.set('public', anonymous);
    for (const role of [
      'admin',
      'staff_officer',
      'trust_fund_manager',
      'activity_provider',
      'partner_liaison',
      'viewer',
    ] as const) {
      callers.set(role, await signIn(world.app, world.users[role]));
    }
    callers.set('foreign_liaison', await signIn(world.app, 'georgia.liaison@test'));
    for (const status of programmeStatuses)
      at.set(status, await programmeAt(world, callers.get('staff_officer')!, status));
  });
  afterAll(() => world?.close());

  it.each(programmeStatuses)(
    'refuses every step from %s that the role or the status does not allow, writing nothing',
    async (from) => {
      const programme = at.get(from)!;
      const before = await programmeCounts(world);
      const outcomes: string[] = [];
      for (const asker of askers) {
        for (const to of programmeStatuses) {
          const want = expected(asker, from, to);
          if (want === 200) continue;
          const response = await stepRequest(world, callers.get(asker)!, programme, { to, ...stepExtra(to) });
          if (response.statusCode !== want)
            outcomes.push(`${asker} ${from}→${to}: ${response.statusCode}, expected ${want}`);
          else if (want === 409)
            expect(problem(response)).toMatchObject({ code: 'programme.transition_not_allowed' });
        }
      }
      expect(outcomes).toEqual([]);
      expect(await programmeCounts(world)).toEqual(before);
    },
  );

  const allowedCases = edges.flatMap(([from, to]) =>
    (['admin', 'staff_officer', 'partner_liaison'] as const)
      .filter((asker) => expected(asker, from, to) === 200)
      .map((asker) => [from, to, asker] as const),
  );

  it.each(allowedCases)(
    '%s → %s by %s: the status, its history line and its audit event',
    async (from, to, asker) => {
      const programme = await programmeAt(world, callers.get('staff_officer')!, from);
      const moved = await step(world, callers.get(asker)!, programme, to, {
        comment: 'Noted.',
        ...stepExtra(to),
      });
      expect(moved).toMatchObject({ status: to, version: programme.version + 1 });
      const last = moved.history.at(-1)!;
      expect(last).toMatchObject({ from, to, comment: (stepExtra(to).comment as string) ?? 'Noted.' });
      expect(last.actor.name).toBe(asker);
      const [event] = await world.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, programme.id), eq(auditEvents.action, 'programme.transition')))
        .orderBy(auditEvents.seq)
        .then((rows) => rows.slice(-1));
      expect(event).toMatchObject({
        before: { status: from },
        after: { status: to },
        partnerId: world.partners.japan,
      });
    },
  );

  const told = async (programme: Programme, kind: string) =>
    world.database.db
      .select({ email: users.email, params: notifications.params, link: notifications.link })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(eq(notifications.kind, kind), eq(notifications.link, `/programmes/${programme.id}`)));

  it('tells the staff officers of a submission', async () => {
    const draft = await createProgramme(world, callers.get('partner_liaison')!);
    await step(world, callers.get('partner_liaison')!, draft, 'submitted');
    expect(await told(draft, 'programme.submitted')).toEqual([
      {
        email: world.users.staff_officer,
        link: `/programmes/${draft.id}`,
        params: { partnerName: { en: 'Japan', fr: 'Japon' }, programmeTitle: draft.title },
      },
    ]);
  });

  it('tells the partner’s liaisons of a return, with the reviewer’s name and comment', async () => {
    const submitted = await programmeAt(world, callers.get('staff_officer')!, 'submitted');
    await step(world, callers.get('staff_officer')!, submitted, 'returned', {
      comment: 'Add a maritime objective.',
    });
    expect(await told(submitted, 'programme.returned')).toEqual([
      {
        email: world.users.partner_liaison,
        link: `/programmes/${submitted.id}`,
        params: {
          partnerName: { en: 'Japan', fr: 'Japon' },
          programmeTitle: submitted.title,
          reviewerName: 'staff_officer',
          comment: 'Add a maritime objective.',
        },
      },
    ]);
  });

  it('tells the partner’s liaisons of an agreement, with its date, and nobody of other steps', async () => {
    const reviewed = await programmeAt(world, callers.get('staff_officer')!, 'under_review');
    const agreed = await step(world, callers.get('admin')!, reviewed, 'agreed', { agreedOn: '2026-11-24' });
    expect(await told(reviewed, 'programme.agreed')).toEqual([
      {
        email: world.users.partner_liaison,
        link: `/programmes/${reviewed.id}`,
        params: {
          partnerName: { en: 'Japan', fr: 'Japon' },
          programmeTitle: reviewed.title,
          agreedOn: '2026-11-24',
        },
      },
    ]);
    const before = await programmeCounts(world);
    await step(world, callers.get('staff_officer')!, agreed, 'active');
    expect((await programmeCounts(world)).notifications).toBe(before.notifications);
  });

  it.each([
    [
      'a return without a comment',
      'submitted',
      { to: 'returned', comment: '  ' },
      422,
      'programme.comment_required',
    ],
    ['an agreement without a date', 'under_review', { to: 'agreed' }, 422, 'programme.agreed_on_required'],
    [
      'an agreement dated tomorrow',
      'under_review',
      { to: 'agreed', agreedOn: '2026-11-25' },
      422,
      'programme.agreed_on_future',
    ],
    [
      'an agreement on a bad date',
      'under_review',
      { to: 'agreed', agreedOn: '2026-13-01' },
      400,
      'request.invalid',
    ],
    ['an unknown status', 'submitted', { to: 'approved' }, 400, 'request.invalid'],
    ['an unknown field', 'submitted', { to: 'under_review', urgent: true }, 400, 'request.invalid'],
    [
      'an over-long comment',
      'submitted',
      { to: 'returned', comment: 'x'.repeat(4001) },
      400,
      'request.invalid',
    ],
    [
      'over-long names of who agreed',
      'under_review',
      { to: 'agreed', agreedOn: '2026-11-20', agreedByPartner: 'x'.repeat(301) },
      400,
      'request.invalid',
    ],
  ] as const)('refuses %s and writes nothing', async (_name, from, payload, status, code) => {
    const programme = at.get(from)!;
    const before = await programmeCounts(world);
    const response = await stepRequest(world, callers.get('staff_officer')!, programme, payload as never);
    expect(response.statusCode).toBe(status);
    expect(problem(response).code).toBe(code);
    expect(await programmeCounts(world)).toEqual(before);
  });

  it('refuses to submit a programme without objectives', async () => {
    const empty = await createProgramme(world, callers.get('partner_liaison')!, { objectives: [] });
    const before = await programmeCounts(world);
    const response = await stepRequest(world, callers.get('partner_liaison')!, empty, { to: 'submitted' });
    expect(response.statusCode).toBe(422);
    expect(problem(response)).toMatchObject({
      code: 'programme.no_objectives',
      errors: [{ path: 'objectives' }],
    });
    expect(await programmeCounts(world)).toEqual(before);
  });

  it('needs If-Match (428) and refuses a stale one (412), writing nothing', async () => {
    const draft = await createProgramme(world, callers.get('partner_liaison')!);
    const liaison = callers.get('partner_liaison')!;
    const before = await programmeCounts(world);
    const missing = await world.app.inject({
      method: 'POST',
      url: `/api/v1/programmes/${draft.id}/transitions`,
      headers: liaison.write,
      payload: { to: 'submitted' },
    });
    expect(missing.statusCode).toBe(428);
    const stale = await stepRequest(
      world,
      liaison,
      { ...draft, version: draft.version + 1 },
      { to: 'submitted' },
    );
    expect(stale.statusCode).toBe(412);
    const otherRecord = await world.app.inject({
      method: 'POST',
      url: `/api/v1/programmes/${draft.id}/transitions`,
      headers: { ...liaison.write, 'if-match': `"${at.get('draft')!.id}.1"` },
      payload: { to: 'submitted' },
    });
    expect(otherRecord.statusCode).toBe(412);
    expect(await programmeCounts(world)).toEqual(before);
  });

  it('lets a returned version be fixed and submitted again, keeping the whole history', async () => {
    const liaison = callers.get('partner_liaison')!;
    const staff = callers.get('staff_officer')!;
    let programme = await createProgramme(world, liaison);
    programme = await step(world, liaison, programme, 'submitted');
    programme = await step(world, staff, programme, 'under_review');
    programme = await step(world, staff, programme, 'returned', { comment: 'Dates, please.' });
    expect(programme).toMatchObject({
      returnComment: 'Dates, please.',
      editable: true,
      transitions: ['submitted'],
    });
    programme = await step(world, liaison, programme, 'submitted', { comment: 'Dates fixed.' });
    expect(programme.history.map((h) => h.to)).toEqual([
      'draft',
      'submitted',
      'under_review',
      'returned',
      'submitted',
    ]);
    expect(programme.history.at(-1)!.comment).toBe('Dates fixed.');
    expect(programme.submittedAt).not.toBeNull();
  });

  it('lets the application load a programme agreed long ago as "system", telling nobody', async () => {
    const before = await programmeCounts(world);
    const body = createProgrammeBodySchema.parse(
      programmeBody(world, { period: { startsOn: '2014-05-06', endsOn: '2016-05-05' } }),
    );
    const id = await world.database.db.transaction((tx) =>
      seedProgramme(
        tx,
        systemContext,
        world.clock,
        body,
        [
          { to: 'submitted' },
          { to: 'under_review' },
          { to: 'agreed', agreedOn: '2014-05-06', agreedByPartner: 'Prime Minister Shinzō Abe' },
        ],
        { notify: false },
      ),
    );
    const seeded = await getProgramme(world, callers.get('partner_liaison')!, id);
    expect(seeded).toMatchObject({
      status: 'agreed',
      agreement: { agreedOn: '2014-05-06', byPartner: 'Prime Minister Shinzō Abe', byAlliance: '' },
    });
    expect(seeded.history.map((h) => h.actor.name)).toEqual(['system', 'system', 'system', 'system']);
    expect((await programmeCounts(world)).notifications).toBe(before.notifications);
  });
});
