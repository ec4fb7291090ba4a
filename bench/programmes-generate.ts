import { sql } from 'drizzle-orm';
import type { Clock } from '../src/core/clock';
import { sha256 } from '../src/core/secrets';
import { type Database, type Executor, selectRows } from '../src/db/client';
import {
  programmeActivities,
  programmeObjectives,
  programmes,
  programmeTransitionsLog,
} from '../src/db/schema';
import { activityVisibleSql } from '../src/modules/menu/menu.access';
import {
  objectiveValues,
  type ProgrammeContent,
  selectionValues,
} from '../src/modules/programmes/programmes-content';
import { partnerMenuScope } from '../src/modules/programmes/programmes-selection';
import { type DecisionData, generateDecisionData } from './decisions-generate';
import { prng } from './generate';
import { dropSecondaryIndexes, generateMenuData } from './menu-generate';
import { generateNominations, type NominationSlot, type People } from './nominations-generate';
import {
  type Area,
  type Candidate,
  firstContent,
  nextContent,
  type PlannedVersion,
  periodsOf,
  planLineage,
  type Rnd,
} from './programmes-plan';

/**
 * The programmes scenario's data (`--scenario programmes`): the menu scenario's catalogue (40 partners
 * × 10 menu years), then for each partner its individual programmes over those years — 3 to 5
 * consecutive periods of 2–4 years, each a lineage of 1–3 versions (the past ones completed, those
 * they replaced superseded, the current one active or under review) with 4–8 objectives and 10–40
 * selected activities of the period's years that the partner may take part in (the menu's own rule,
 * `activityVisibleSql` of the partner's scope, not cancelled) — then the nominations
 * (nominations-generate.ts).
 *
 * The rows are the app's: `objectiveValues`/`selectionValues` of programmes-content.ts map the
 * content to the columns the module's `replaceObjectives`/`replaceSelection` write, with the same
 * positions; the version row and its history carry what `insertProgramme` and
 * `applyProgrammeTransition` set at each step (status, version counter, submission and agreement).
 * They are bulk-inserted with the tables' secondary indexes dropped and rebuilt from their own
 * definitions (as menu-generate.ts does). Left out: the `programme.*` audit events, which no
 * benchmarked read touches.
 */

export interface ProgrammesOptions {
  iterations: number;
  years: number;
  partners: number;
  nominations: number;
  /** Pending nominations in each of the decision scenario's two iterations (app, ceiling). */
  decisionPending: number;
  seed?: number;
}

export interface ProgrammesData {
  token: string;
  liaisonToken: string;
  /** About 100 versions of every size (by selected activities), for the programme page and report. */
  pageIds: string[];
  /** The liaison's own partner's versions. */
  liaisonIds: string[];
  partnerIds: string[];
  decisions: DecisionData;
  counts: Record<string, number>;
  /** Seconds each part of the load took: menu, programmes, nominations, decisions, indexes. */
  seconds: Record<string, number>;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Eligible, not cancelled activities of the period's menu years: up to 80, from a random point of the
 * (random) id space on, so a different sample each time without hashing every row.
 */
async function candidatesOf(tx: Executor, partnerId: string, from: number, to: number, start: string) {
  const scope = await partnerMenuScope(tx, partnerId);
  return selectRows<Candidate>(
    tx,
    sql`select a.id, a.year::int as year, a.area_ids::text[] as "areaIds" from activities a
      where a.year between ${from} and ${to} and a.status <> 'cancelled' and ${activityVisibleSql(scope)}
      order by a.id < ${start}::uuid, a.id limit 80`,
  );
}

/** A UUID-shaped random point, from the seeded generator. */
const randomPoint = (rnd: Rnd) =>
  Array.from({ length: 32 }, () => rnd.int(0, 15).toString(16))
    .join('')
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** The version rows, objectives, selections and histories, as the module's writes leave them. */
async function insertVersions(tx: Executor, versions: PlannedVersion[], people: People) {
  const programmeRows: (typeof programmes.$inferInsert)[] = [];
  const objectiveRows: (typeof programmeObjectives.$inferInsert)[] = [];
  const selectionRows: (typeof programmeActivities.$inferInsert)[] = [];
  const historyRows: (typeof programmeTransitionsLog.$inferInsert)[] = [];
  for (const v of versions) {
    const partner = people.partners.get(v.partnerId)!;
    const drafter = partner.liaison ?? people.staff[0]!;
    const reviewer = people.staff[v.versionNo % people.staff.length]!;
    const last = v.steps[v.steps.length - 1]!;
    const agreed = v.steps.find((s) => s.to === 'agreed');
    const submitted = v.steps.findLast((s) => s.to === 'submitted');
    const returned = v.steps.findLast((s) => s.to === 'returned');
    programmeRows.push({
      id: v.id,
      lineageId: v.lineageId,
      versionNo: v.versionNo,
      partnerId: v.partnerId,
      titleEn: v.content.title.en,
      titleFr: v.content.title.fr,
      summaryEn: v.content.summary.en,
      summaryFr: v.content.summary.fr,
      startsOn: v.content.period.startsOn,
      endsOn: v.content.period.endsOn,
      status: last.to,
      returnComment: returned?.comment ?? '',
      submittedAt: submitted?.at ?? null,
      agreedOn: agreed ? isoDay(agreed.at) : null,
      agreedByPartner: agreed ? `Minister of Defence of ${partner.nameEn}` : '',
      agreedByAlliance: agreed ? 'Deputy Secretary General' : '',
      agreedByUserId: agreed ? reviewer.id : null,
      createdBy: drafter.id,
      // Every step but the creation counts the version up (superseding included).
      version: v.steps.length,
      createdAt: v.steps[0]!.at,
      updatedAt: last.at,
    });
    objectiveRows.push(
      ...objectiveValues(v.content).map((o, position) => ({ ...o, programmeId: v.id, position })),
    );
    selectionRows.push(...selectionValues(v.content).map((s) => ({ ...s, programmeId: v.id })));
    for (const step of v.steps) {
      const actor = step.staff ? reviewer : drafter;
      historyRows.push({
        programmeId: v.id,
        fromStatus: step.from,
        toStatus: step.to,
        comment: step.comment,
        actorUserId: actor.id,
        actorLabel: actor.email,
        occurredAt: step.at,
      });
    }
  }
  await insertChunked(programmeRows, 500, (chunk) => tx.insert(programmes).values(chunk));
  await insertChunked(objectiveRows, 1000, (chunk) => tx.insert(programmeObjectives).values(chunk));
  await insertChunked(selectionRows, 1000, (chunk) => tx.insert(programmeActivities).values(chunk));
  await insertChunked(historyRows, 1000, (chunk) => tx.insert(programmeTransitionsLog).values(chunk));
  return {
    objectives: objectiveRows.length,
    selections: selectionRows.length,
    transitions: historyRows.length,
  };
}

/** Who the data names: partners (with a liaison when they have one), staff, providers' users, areas. */
async function loadPeople(db: Database): Promise<People & { areas: Map<string, Area> }> {
  const partnerRows = await selectRows<{ id: string; iso: string | null; nameEn: string; nameFr: string }>(
    db,
    sql`select id, iso_code as iso, name_en as "nameEn", name_fr as "nameFr" from partners order by iso_code, id`,
  );
  const users = await selectRows<{
    id: string;
    email: string;
    role: string;
    partnerId: string | null;
    providerId: string | null;
  }>(
    db,
    sql`select id, email, role, partner_id as "partnerId", provider_id as "providerId" from users order by email`,
  );
  const areaRows = await selectRows<Area>(
    db,
    sql`select id, name_en as "nameEn", name_fr as "nameFr" from areas`,
  );
  return {
    partners: new Map(
      partnerRows.map((p) => [
        p.id,
        { ...p, liaison: users.find((u) => u.role === 'partner_liaison' && u.partnerId === p.id) ?? null },
      ]),
    ),
    staff: users.filter((u) => u.role === 'staff_officer'),
    providerUsers: new Map(
      users.filter((u) => u.role === 'activity_provider' && u.providerId).map((u) => [u.providerId!, u]),
    ),
    areas: new Map(areaRows.map((a) => [a.id, a])),
  };
}

export async function generateProgrammesData(
  db: Database,
  clock: Clock,
  options: ProgrammesOptions,
): Promise<ProgrammesData> {
  const seconds: Record<string, number> = {};
  let lap = performance.now();
  const took = (part: string) => {
    const now = performance.now();
    seconds[part] = Math.round((now - lap) / 100) / 10;
    lap = now;
  };
  const menu = await generateMenuData(db, clock, {
    iterations: options.iterations,
    years: options.years,
    partners: options.partners,
  });
  took('menu');
  const rnd = prng(options.seed ?? 20_140_506);
  const now = clock.now();
  const people = await loadPeople(db);
  const restoreIndexes = await dropSecondaryIndexes(db, [
    'programmes',
    'programme_objectives',
    'programme_activities',
    'programme_transitions',
    'nominations',
  ]);

  const versions: PlannedVersion[] = [];
  const slots: NominationSlot[] = [];
  const counts = { programmes: 0, programmeVersions: 0, objectives: 0, selections: 0, transitions: 0 };
  for (const partner of people.partners.values()) {
    const planned: PlannedVersion[] = [];
    for (const period of periodsOf(rnd, menu.years[0]!, menu.years[menu.years.length - 1]!)) {
      const candidates = await candidatesOf(db, partner.id, period.from, period.to, randomPoint(rnd));
      const contents: ProgrammeContent[] = [firstContent(rnd, partner, people.areas, period, candidates)];
      const lineage = planLineage(rnd, partner.id, period, now, (n) => {
        while (contents.length <= n)
          contents.push(nextContent(rnd, contents[contents.length - 1]!, candidates));
        return contents[n]!;
      });
      planned.push(...lineage);
      counts.programmes += 1;
      // People go to the activities of the versions that were agreed, under the one that selected it last.
      const agreed = lineage.filter((v) => v.steps.some((s) => s.to === 'agreed'));
      const byActivity = new Map<string, NominationSlot>();
      for (const v of agreed) {
        for (const a of v.content.activities) {
          byActivity.set(a.activityId, {
            partnerId: partner.id,
            programmeId: v.id,
            activityId: a.activityId,
            planned: a.plannedParticipants,
          });
        }
      }
      slots.push(...byActivity.values());
    }
    await db.transaction(async (tx) => {
      const written = await insertVersions(tx, planned, people);
      counts.objectives += written.objectives;
      counts.selections += written.selections;
      counts.transitions += written.transitions;
    });
    counts.programmeVersions += planned.length;
    versions.push(...planned);
  }

  took('programmes');
  const nominationCounts = await generateNominations(db, clock, rnd, {
    slots,
    total: options.nominations,
    people,
  });
  took('nominations');
  const decisions = await generateDecisionData(db, clock, rnd, {
    pending: options.decisionPending,
    year: menu.years[menu.years.length - 1]! + 1,
    people,
  });
  took('decisions');
  await restoreIndexes();
  took('indexes');

  // About 100 versions spread over every size, by the number of activities they select.
  const bySize = [...versions].sort((a, b) => a.content.activities.length - b.content.activities.length);
  const step = Math.max(1, bySize.length / 100);
  const pageIds = Array.from(
    { length: Math.min(100, bySize.length) },
    (_, n) => bySize[Math.floor(n * step)]!.id,
  );
  const [liaison] = await selectRows<{ partnerId: string }>(
    db,
    sql`select u.partner_id as "partnerId" from api_tokens t join users u on u.id = t.user_id
      where t.token_hash = ${sha256(menu.liaisonToken)}`,
  );
  const liaisonIds = versions.filter((v) => v.partnerId === liaison!.partnerId).map((v) => v.id);
  return {
    token: menu.token,
    liaisonToken: menu.liaisonToken,
    pageIds,
    liaisonIds,
    partnerIds: [...people.partners.keys()],
    decisions,
    seconds,
    counts: {
      ...menu.counts,
      ...counts,
      ...nominationCounts,
      versionsShown: pageIds.length,
      largestSelection: bySize[bySize.length - 1]?.content.activities.length ?? 0,
      liaisonVersions: liaisonIds.length,
    },
  };
}
