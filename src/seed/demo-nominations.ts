import { sql } from 'drizzle-orm';
import type { Clock } from '../core/clock';
import { type Executor, selectRows } from '../db/client';
import { insertNomination } from '../modules/nominations/nominations.queries';
import type { AttendanceState, NominationStatus } from '../shared/enums';

/**
 * The demo's nominations. Japan's people went to the activities of its 2014 programme (accepted, and
 * attendance recorded: one missed a course), and this year Japan and Georgia have people in open
 * iterations: accepted, on the waiting list, or waiting for the provider's decision. Written directly
 * (the 2014 iterations are long closed), within the seats offered.
 */

interface Person {
  fullName: string;
  rankTitle: string;
  organisation: string;
  email: string;
  nationality: string;
  workingLanguage: string;
}

const japanese: Person[] = [
  ['Haruto Sato', 'Lieutenant Colonel', 'Japan Ground Self-Defense Force'],
  ['Yui Tanaka', 'First Secretary', 'Ministry of Foreign Affairs of Japan'],
  ['Ren Suzuki', 'Commander', 'Japan Maritime Self-Defense Force'],
  ['Aoi Takahashi', 'Deputy Director', 'Ministry of Defense of Japan'],
  ['Sota Watanabe', 'Major', 'Japan Air Self-Defense Force'],
  ['Mei Ito', 'Counsellor', 'Mission of Japan to NATO'],
  ['Kaito Yamamoto', 'Captain', 'Japan Maritime Self-Defense Force'],
  ['Hina Nakamura', 'Section Chief', 'National Center of Incident Readiness and Strategy for Cybersecurity'],
  ['Riku Kobayashi', 'Lieutenant Commander', 'Joint Staff of Japan'],
  ['Sakura Kato', 'Researcher', 'National Institute for Defense Studies'],
].map(([fullName, rankTitle, organisation]) => ({
  fullName: fullName!,
  rankTitle: rankTitle!,
  organisation: organisation!,
  email: `${fullName!.toLowerCase().replace(' ', '.')}@mod.example.jp`,
  nationality: 'JP',
  workingLanguage: 'en',
}));

const georgians: Person[] = [
  ['Giorgi Kapanadze', 'Major', 'Ministry of Defence of Georgia'],
  ['Nino Gelashvili', 'Senior Specialist', 'Cyber Security Bureau of Georgia'],
  ['Levan Maisuradze', 'Captain', 'Georgian Defence Forces'],
].map(([fullName, rankTitle, organisation]) => ({
  fullName: fullName!,
  rankTitle: rankTitle!,
  organisation: organisation!,
  email: `${fullName!.toLowerCase().replace(' ', '.')}@mod.example.ge`,
  nationality: 'GE',
  workingLanguage: 'en',
}));

interface Slot {
  iterationId: string;
  startsOn: string | null;
  seats: number;
  secondApproval: boolean;
  programmeId: string | null;
}

async function add(
  tx: Executor,
  slot: Slot,
  partnerId: string,
  person: Person,
  state: { status: NominationStatus; attendance?: AttendanceState; priority?: number },
  at: Date,
) {
  await insertNomination(
    tx,
    {
      iterationId: slot.iterationId,
      partnerId,
      programmeId: slot.programmeId,
      ...person,
      status: state.status,
      priority: state.priority ?? 1,
      decidedAt: state.status === 'pending' ? null : at,
      attendance: state.attendance ?? null,
      completed: state.attendance === 'attended',
    },
    at,
  );
}

export async function seedDemoNominations(
  tx: Executor,
  clock: Clock,
  ids: { partners: Map<string, string> },
  programmes: { japan: string },
) {
  const japan = ids.partners.get('JP')!;
  const georgia = ids.partners.get('GE')!;
  // Japan's 2014 programme: each selected activity's first iteration, as many people as planned.
  const past = await selectRows<Slot & { planned: number }>(
    tx,
    sql`select distinct on (pa.activity_id) i.id as "iterationId", i.starts_on::text as "startsOn", i.seats,
        a.second_approval as "secondApproval", pa.programme_id as "programmeId", pa.planned_participants as planned
      from programme_activities pa join activities a on a.id = pa.activity_id
      join iterations i on i.activity_id = a.id
      where pa.programme_id = ${programmes.japan}::uuid
      order by pa.activity_id, i.starts_on nulls last`,
  );
  let next = 0;
  for (const [index, slot] of past.entries()) {
    const count = Math.min(slot.planned, slot.seats);
    const at = new Date(`${slot.startsOn ?? '2014-09-01'}T09:00:00Z`);
    at.setUTCDate(at.getUTCDate() - 42);
    for (let n = 0; n < count; n++) {
      const person = japanese[next++ % japanese.length]!;
      // One participant in the programme could not attend in the end.
      const attendance: AttendanceState = index === 1 && n === 0 ? 'absent' : 'attended';
      await add(tx, slot, japan, person, { status: 'accepted', attendance }, at);
    }
  }

  // This year: open iterations that both partners may apply to, soonest first (late in the year,
  // only self-paced ones are still open).
  const today = clock.now().toISOString().slice(0, 10);
  const open = await selectRows<Slot>(
    tx,
    sql`select i.id as "iterationId", i.starts_on::text as "startsOn", i.seats,
        a.second_approval as "secondApproval", null as "programmeId"
      from iterations i join activities a on a.id = i.activity_id
      where i.status = 'open' and a.eligibility = 'all' and a.releasability = 'public'
        and i.seats >= 2 and (i.starts_on is null or i.starts_on > ${today}::date)
        and (i.nomination_deadline is null or i.nomination_deadline >= ${today}::date)
      order by a.second_approval, i.starts_on nulls last, a.code limit 4`,
  );
  const now = clock.now();
  for (const [index, slot] of open.entries()) {
    if (slot.secondApproval) {
      await add(tx, slot, georgia, georgians[index % georgians.length]!, { status: 'pending' }, now);
      continue;
    }
    await add(tx, slot, japan, japanese[index]!, { status: 'accepted' }, now);
    await add(tx, slot, georgia, georgians[index % georgians.length]!, { status: 'accepted' }, now);
  }
  return { past: past.length, open: open.length };
}
