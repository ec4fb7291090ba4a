import { sql } from 'drizzle-orm';
import type { Clock } from '../src/core/clock';
import { type Database, selectRows } from '../src/db/client';
import { insertActivityRows, insertIterationRows } from '../src/modules/menu/menu.queries';
import { activityColumns, iterationColumns } from '../src/modules/menu/menu-write';
import type { prng } from './generate';
import { insertRows, type NominationRow, type People, person } from './nominations-generate';

type Rnd = ReturnType<typeof prng>;

/** One side of the decision scenario: an iteration, its seats, its pending nominations in arrival order. */
export interface DecisionSide {
  iterationId: string;
  seats: number;
  ids: string[];
}

export interface DecisionData {
  app: DecisionSide;
  ceiling: DecisionSide;
  /** One seat, four pending nominations: the recordings (a seat given, the waiting list) and the SQL check. */
  record: DecisionSide;
  /** What the ceiling substitutes per nomination: its iteration, partner and name. */
  targets: Record<string, { iterationId: string; partnerId: string; fullName: string }>;
}

/**
 * The decision scenario's activity, in the menu year after the last: open, published, public, open to
 * every partner, with the provider's approval step, and three iterations on the same dates — one
 * decided through the app, one through the ceiling (each with `pending` pending nominations and a
 * tenth as many seats), and a small one the decision's statements are recorded on.
 */
export async function generateDecisionData(
  db: Database,
  clock: Clock,
  rnd: Rnd,
  input: { pending: number; year: number; people: People },
): Promise<DecisionData> {
  const now = clock.now();
  const [provider] = await selectRows<{ id: string }>(
    db,
    sql`select id from providers order by code limit 1`,
  );
  const [area] = await selectRows<{ id: string }>(db, sql`select id from areas order by code limit 1`);
  const [activity] = await insertActivityRows(db, [
    {
      ...activityColumns({
        year: input.year,
        code: 'BENCH.DECIDE-1',
        providerId: provider!.id,
        kind: 'course',
        title: {
          en: 'Crisis response planning course',
          fr: 'Cours de planification de la réponse aux crises',
        },
        description: {
          en: 'Five days on planning the response to a crisis, to Alliance standards.',
          fr: 'Cinq jours sur la planification de la réponse à une crise, selon les normes de l’Alliance.',
        },
        areaIds: [area!.id],
        languages: ['en', 'fr'],
        fee: null,
        clearance: 'none',
        contactName: 'Course director',
        contactEmail: 'courses@bench.entente.example',
        secondApproval: true,
        eligibility: { kind: 'all', frameworkIds: [], partnerIds: [] },
        releasability: 'public',
        releasableTo: [],
        recurring: true,
      }),
      status: 'open',
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    },
  ]);
  const seats = Math.max(1, Math.round(input.pending / 10));
  const iteration = (places: number) => ({
    ...iterationColumns({
      startsOn: `${input.year}-06-07`,
      endsOn: `${input.year}-06-11`,
      online: false,
      city: 'Oberammergau',
      countryCode: 'DE',
      seats: places,
      nominationDeadline: `${input.year}-04-12`,
      partnerSeatLimit: null,
    }),
    activityId: activity!.id,
    status: 'open',
    publishedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  const [app, ceiling, record] = await insertIterationRows(db, [
    iteration(seats),
    iteration(seats),
    iteration(1),
  ]);
  const partners = [...input.people.partners.values()];
  const isos = partners.flatMap((p) => (p.iso ? [p.iso] : []));
  const targets: DecisionData['targets'] = {};
  const side = async (iterationId: string, places: number, count: number): Promise<DecisionSide> => {
    const start = now.getTime() - count * 1000;
    const rows = Array.from({ length: count }, (_, n): NominationRow => {
      const partner = partners[n % partners.length]!;
      const createdAt = new Date(start + n * 1000);
      return {
        iterationId,
        partnerId: partner.id,
        programmeId: null,
        ...person(rnd, partner, isos),
        status: 'pending',
        nominatedBy: (partner.liaison ?? input.people.staff[0]!).id,
        version: 1,
        createdAt,
        updatedAt: createdAt,
      };
    });
    await insertRows(db, rows);
    const ids = await selectRows<{ id: string; partnerId: string; fullName: string }>(
      db,
      sql`select id, partner_id as "partnerId", full_name as "fullName" from nominations
        where iteration_id = ${iterationId}::uuid order by created_at, id`,
    );
    for (const row of ids)
      targets[row.id] = { iterationId, partnerId: row.partnerId, fullName: row.fullName };
    return { iterationId, seats: places, ids: ids.map((row) => row.id) };
  };
  return {
    app: await side(app!.id, seats, input.pending),
    ceiling: await side(ceiling!.id, seats, input.pending),
    record: await side(record!.id, 1, 4),
    targets,
  };
}
