import { getTableColumns, sql } from 'drizzle-orm';
import type { Clock } from '../src/core/clock';
import { type Database, selectRows } from '../src/db/client';
import { nominations } from '../src/db/schema';
import { uuidArray } from '../src/modules/menu/menu.access';
import type { AttendanceState, NominationStatus } from '../src/shared/enums';
import type { prng } from './generate';

/**
 * The nominations of the programmes scenario (the decision scenario's are in decisions-generate.ts).
 *
 * `total` people are spread over the iterations of the activities each partner's agreed programme
 * versions selected, in proportion to the people planned (with some spread). Within an iteration they
 * arrive in order before its deadline: a few are rejected (with a reason) or withdrawn, the others take
 * the seats in order of arrival and are waitlisted beyond them; for an iteration still ahead whose
 * activity needs the provider's approval, about a third still wait for it (pending). After the
 * iteration the accepted ones have their attendance (and completion) recorded; a few past ones were
 * erased on request. The columns and version counter are what `insertNomination` and the decision,
 * withdrawal, attendance and erasure writes leave (nominations.service.ts, nominations-records.ts).
 */

type Rnd = ReturnType<typeof prng>;
export type NominationRow = typeof nominations.$inferInsert;
const dayMs = 86_400_000;

export interface UserRef {
  id: string;
  email: string;
}

export interface PartnerInfo {
  id: string;
  iso: string | null;
  nameEn: string;
  nameFr: string;
  liaison: UserRef | null;
}

export interface People {
  partners: Map<string, PartnerInfo>;
  staff: UserRef[];
  providerUsers: Map<string, UserRef>;
}

/** A partner's selected activity, under the programme version that selected it last. */
export interface NominationSlot {
  partnerId: string;
  programmeId: string;
  activityId: string;
  planned: number;
}

interface IterationRow {
  id: string;
  activityId: string;
  seats: number;
  startsOn: string | null;
  endsOn: string | null;
  deadline: string | null;
  year: number;
  secondApproval: boolean;
  providerId: string;
}

const firstNames =
  'Alex Maria Jonas Elena Tomas Nina David Sara Luka Ana Mikael Irina Omar Leila Kenji Yuki Pavel Olga Marco Sofia Aziz Dina Erik Mira'.split(
    ' ',
  );
const lastNames =
  'Petrov Kowal Haddad Tanaka Novak Berg Costa Ivanova Rahimi Lindqvist Moreau Schmidt Horvat Kaya Silva Nowak Jensen Popescu Dumont Aliyev'.split(
    ' ',
  );
const ranks = [
  'Major',
  'Captain',
  'Lieutenant Colonel',
  'Colonel',
  'Commander',
  'First Secretary',
  'Counsellor',
  'Senior Specialist',
  'Lieutenant',
  'Deputy Director',
  'Analyst',
];
const organisations = [
  (p: string) => `Ministry of Defence of ${p}`,
  (p: string) => `General Staff of ${p}`,
  (p: string) => `Ministry of Foreign Affairs of ${p}`,
  (p: string) => `Mission of ${p} to the Alliance`,
  (p: string) => `National Defence Academy of ${p}`,
];
const reasons = [
  'The nominee does not meet the course prerequisites.',
  'Security clearance not confirmed in time.',
  'Working language level below what the course requires.',
];

let sequence = 0;

/** A person as a liaison would nominate them: unique e-mail, the partner's nationality. */
export function person(rnd: Rnd, partner: PartnerInfo, isos: string[]) {
  const first = rnd.pick(firstNames);
  const last = rnd.pick(lastNames);
  const domain = (partner.iso ?? 'int').toLowerCase();
  return {
    fullName: `${first} ${last}`,
    rankTitle: rnd.pick(ranks),
    organisation: rnd.pick(organisations)(partner.nameEn),
    email: `${first}.${last}.${++sequence}@mod.example.${domain}`.toLowerCase(),
    workingLanguage: rnd.next() < 0.8 ? 'en' : 'fr',
    nationality: partner.iso ?? rnd.pick(isos),
    priority: rnd.int(1, 3),
  };
}

async function selectIterations(db: Database, activityIds: string[]) {
  const out: IterationRow[] = [];
  for (let start = 0; start < activityIds.length; start += 2000) {
    out.push(
      ...(await selectRows<IterationRow>(
        db,
        sql`select i.id, i.activity_id as "activityId", i.seats::int as seats, i.starts_on::text as "startsOn",
          i.ends_on::text as "endsOn", i.nomination_deadline::text as deadline, a.year::int as year,
          a.second_approval as "secondApproval", a.provider_id as "providerId"
        from iterations i join activities a on a.id = i.activity_id
        where i.activity_id = any(${uuidArray(activityIds.slice(start, start + 2000))})
          and i.status not in ('draft', 'cancelled')
        order by i.id`,
      )),
    );
  }
  return out;
}

/** Splits `total` in proportion to the weights (largest remainders get the rest). */
function apportion(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let rest = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (rest-- <= 0) break;
    counts[i]! += 1;
  }
  return counts;
}

/**
 * Bulk-inserts nomination rows, 5,000 at a time as one JSON parameter (`json_populate_recordset` over
 * the table's own row type): the same columns and values as a Drizzle insert of these rows, at a
 * fraction of the cost of binding 20-odd parameters per row. Every row names the same columns.
 */
export async function insertRows(db: Database, rows: NominationRow[]) {
  const columns = getTableColumns(nominations);
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = rows.slice(start, start + 5000);
    const keys = Object.keys(chunk[0]!) as (keyof NominationRow)[];
    const names = keys.map((key) => columns[key].name);
    const json = JSON.stringify(
      chunk.map((row) => {
        if (Object.keys(row).length !== keys.length)
          throw new Error('nominations: rows of different columns');
        return Object.fromEntries(keys.map((key, i) => [names[i], row[key] ?? null]));
      }),
    );
    const list = sql.raw(names.map((name) => `"${name}"`).join(', '));
    await db.execute(
      sql`insert into nominations (${list}) select ${list} from json_populate_recordset(null::nominations, ${json}::json)`,
    );
  }
}

export async function generateNominations(
  db: Database,
  clock: Clock,
  rnd: Rnd,
  input: { slots: NominationSlot[]; total: number; people: People },
): Promise<Record<string, number>> {
  const now = clock.now();
  const today = now.toISOString().slice(0, 10);
  const { people } = input;
  const isos = [...people.partners.values()].flatMap((p) => (p.iso ? [p.iso] : []));
  const iterations = await selectIterations(db, [...new Set(input.slots.map((s) => s.activityId))]);
  const byActivity = new Map<string, IterationRow[]>();
  for (const it of iterations) byActivity.set(it.activityId, [...(byActivity.get(it.activityId) ?? []), it]);
  const pairs = input.slots.flatMap((slot) =>
    (byActivity.get(slot.activityId) ?? []).map((it) => ({ slot, it })),
  );
  const counts = apportion(
    pairs.map((p) => p.slot.planned * (0.3 + 1.4 * rnd.next())),
    input.total,
  );

  // Everyone nominated to each iteration, then decided in order of arrival.
  const perIteration = new Map<string, { slot: NominationSlot; createdAt: Date }[]>();
  pairs.forEach(({ slot, it }, n) => {
    const base = new Date(`${it.deadline ?? it.startsOn ?? `${it.year}-03-01`}T12:00:00Z`);
    const list = perIteration.get(it.id) ?? [];
    for (let k = 0; k < counts[n]!; k++) {
      let createdAt = new Date(base.getTime() - rnd.int(0, 75) * dayMs - rnd.int(0, 86_399_999));
      if (createdAt >= now)
        createdAt = new Date(now.getTime() - rnd.int(1, 60) * dayMs - rnd.int(0, 86_399_999));
      list.push({ slot, createdAt });
    }
    perIteration.set(it.id, list);
  });

  const tally: Record<string, number> = { nominations: 0 };
  const rows: NominationRow[] = [];
  const later = (from: Date, days: number) => {
    const at = new Date(from.getTime() + days * dayMs);
    return at < now ? at : now;
  };
  for (const it of iterations) {
    const list = perIteration.get(it.id);
    if (!list) continue;
    list.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const past = it.endsOn !== null ? it.endsOn < today : it.year < now.getUTCFullYear();
    const ahead = it.startsOn === null ? !past : it.startsOn > today;
    const decider = people.providerUsers.get(it.providerId) ?? people.staff[0]!;
    let accepted = 0;
    for (const { slot, createdAt } of list) {
      const partner = people.partners.get(slot.partnerId)!;
      const roll = rnd.next();
      let status: NominationStatus;
      if (roll < 0.04) status = 'rejected';
      else if (roll < 0.07) status = 'withdrawn';
      else if (ahead && it.secondApproval && rnd.next() < 0.35) status = 'pending';
      else if (accepted < it.seats) status = 'accepted';
      else status = 'waitlisted';
      if (status === 'accepted') accepted += 1;
      // Without a second approval the seat (or the waiting list) is given on arrival: no decision.
      const decided =
        status === 'rejected' || (it.secondApproval && (status === 'accepted' || status === 'waitlisted'));
      const decidedAt = decided ? later(createdAt, rnd.int(1, 14)) : null;
      let attendance: AttendanceState | null = null;
      if (past && status === 'accepted') attendance = rnd.next() < 0.88 ? 'attended' : 'absent';
      const erased = past && rnd.next() < 0.003;
      const who = person(rnd, partner, isos);
      const events = [decided, status === 'withdrawn', attendance !== null, erased].filter(Boolean).length;
      const updatedAt = events === 0 ? createdAt : later(decidedAt ?? createdAt, rnd.int(1, 30));
      rows.push({
        iterationId: it.id,
        partnerId: partner.id,
        programmeId: slot.programmeId,
        ...(erased
          ? {
              ...who,
              fullName: '',
              rankTitle: '',
              organisation: '',
              email: '',
              workingLanguage: '',
              nationality: '',
            }
          : who),
        status,
        decisionReason: status === 'rejected' && !erased ? rnd.pick(reasons) : '',
        decidedBy: decided ? decider.id : null,
        decidedAt,
        attendance,
        completed: attendance === 'attended' && rnd.next() < 0.93,
        erasedAt: erased ? updatedAt : null,
        nominatedBy: (partner.liaison ?? people.staff[0]!).id,
        version: 1 + events,
        createdAt,
        updatedAt,
      });
      tally[`nominations ${status}`] = (tally[`nominations ${status}`] ?? 0) + 1;
      if (attendance) tally[`nominations ${attendance}`] = (tally[`nominations ${attendance}`] ?? 0) + 1;
    }
  }
  tally.nominations = rows.length;
  tally.nominatedIterations = perIteration.size;
  await insertRows(db, rows);
  return tally;
}
