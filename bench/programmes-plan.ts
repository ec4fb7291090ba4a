import { randomUUID } from 'node:crypto';
import type { ProgrammeContent } from '../src/modules/programmes/programmes-content';
import type { ObjectivePriority, ProgrammeStatus } from '../src/shared/enums';
import type { prng } from './generate';
import type { PartnerInfo } from './nominations-generate';

/**
 * The programmes of the programmes scenario as planned in memory (programmes-generate.ts writes
 * them): each partner's periods, and for each period a lineage of versions with their content and
 * the history the app's transitions would have left — created, submitted (sometimes returned once
 * first), reviewed, agreed and in force, superseded by the next agreed version, completed after the
 * period; the current period's last version active, or in review.
 */

export type Rnd = ReturnType<typeof prng>;
const dayMs = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);

export interface Area {
  id: string;
  nameEn: string;
  nameFr: string;
}

export interface Candidate {
  id: string;
  year: number;
  areaIds: string[];
}

export interface Step {
  from: ProgrammeStatus | null;
  to: ProgrammeStatus;
  at: Date;
  comment: string;
  staff: boolean;
}

const objectiveTexts: [
  (area: string, partner: string) => string,
  (area: string, partner: string) => string,
][] = [
  [
    (a, p) => `Build the capacity of the forces of ${p} in ${a} to Alliance standards.`,
    (a, p) =>
      `Développer les capacités des forces de ${p} dans le domaine ${a} selon les normes de l’Alliance.`,
  ],
  [
    (a) => `Train staff officers and civilian officials in ${a}, from planning to execution.`,
    (a) =>
      `Former des officiers d’état-major et des fonctionnaires civils au domaine ${a}, de la planification à l’exécution.`,
  ],
  [
    (a) => `Exchange experience and lessons learned in ${a} with Allies and other partners.`,
    (a) =>
      `Échanger expériences et enseignements dans le domaine ${a} avec les Alliés et d’autres partenaires.`,
  ],
  [
    (a) => `Take part in exercises that improve interoperability in ${a}.`,
    (a) => `Participer à des exercices qui améliorent l’interopérabilité dans le domaine ${a}.`,
  ],
  [
    (a, p) => `Develop the national doctrine and education of ${p} in ${a} with Alliance experts.`,
    (a, p) =>
      `Développer la doctrine et l’enseignement nationaux de ${p} (${a}) avec des experts de l’Alliance.`,
  ],
];

const priorities: ObjectivePriority[] = ['high', 'medium', 'low'];

/** The periods of a partner's programmes: consecutive, 2–4 years each, from the first menu year on. */
export function periodsOf(rnd: Rnd, firstYear: number, lastYear: number) {
  const periods: { from: number; to: number }[] = [];
  for (let from = firstYear + rnd.int(0, 1); from <= lastYear; ) {
    const to = from + rnd.int(2, 4) - 1;
    periods.push({ from, to });
    from = to + 1;
  }
  return periods;
}

export function firstContent(
  rnd: Rnd,
  partner: PartnerInfo,
  areas: Map<string, Area>,
  period: { from: number; to: number },
  candidates: Candidate[],
): ProgrammeContent {
  const chosen = candidates.slice(0, Math.min(candidates.length, rnd.int(10, 40)));
  // The objectives' areas: those of the chosen activities first, most frequent first.
  const frequency = new Map<string, number>();
  for (const c of chosen) for (const a of c.areaIds) frequency.set(a, (frequency.get(a) ?? 0) + 1);
  const ranked = [...frequency.entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id);
  const allAreas = [...areas.keys()];
  const objectives = Array.from({ length: rnd.int(4, 8) }, (_, n) => {
    const areaId = ranked[n] ?? rnd.pick(allAreas);
    const area = areas.get(areaId)!;
    const [en, fr] = rnd.pick(objectiveTexts);
    return {
      key: randomUUID(),
      areaId,
      priority: rnd.pick(priorities),
      text: {
        en: en(area.nameEn.toLowerCase(), partner.nameEn),
        fr: fr(area.nameFr.toLowerCase(), partner.nameFr),
      },
    };
  });
  return {
    title: {
      en: `Individual Partnership and Cooperation Programme: ${partner.nameEn} ${period.from}–${period.to}`,
      fr: `Programme individuel de partenariat et de coopération : ${partner.nameFr} ${period.from}-${period.to}`,
    },
    summary: {
      en: `The priorities of ${partner.nameEn} for ${period.from}–${period.to}, chosen from the Partnership Cooperation Menu and tailored to its interests.`,
      fr: `Les priorités de ${partner.nameFr} pour ${period.from}-${period.to}, choisies dans le menu de coopération partenariale et adaptées à ses intérêts.`,
    },
    period: { startsOn: `${period.from}-01-01`, endsOn: `${period.to}-12-31` },
    objectives,
    activities: chosen.map((c) => ({
      activityId: c.id,
      objectiveKey:
        objectives.find((o) => c.areaIds.includes(o.areaId))?.key ??
        (rnd.next() < 0.5 ? rnd.pick(objectives).key : null),
      plannedParticipants: rnd.int(1, 6),
      note:
        rnd.next() < 0.15
          ? { en: 'Two places for the reserve.', fr: 'Deux places pour la réserve.' }
          : { en: '', fr: '' },
    })),
  };
}

/** A next version: a few activities dropped and added, one objective re-prioritised. */
export function nextContent(rnd: Rnd, previous: ProgrammeContent, candidates: Candidate[]): ProgrammeContent {
  const drop = new Set(previous.activities.slice(0, rnd.int(1, 3)).map((a) => a.activityId));
  const held = new Set(previous.activities.map((a) => a.activityId));
  const added = candidates.filter((c) => !held.has(c.id)).slice(0, rnd.int(1, 3));
  const objectives = previous.objectives.map((o, n) =>
    n === 0 ? { ...o, priority: rnd.pick(priorities) } : o,
  );
  return {
    ...previous,
    objectives,
    activities: [
      ...previous.activities.filter((a) => !drop.has(a.activityId)),
      ...added.map((c) => ({
        activityId: c.id,
        objectiveKey: objectives.find((o) => c.areaIds.includes(o.areaId))?.key ?? null,
        plannedParticipants: rnd.int(1, 4),
        note: { en: '', fr: '' },
      })),
    ],
  };
}

/** One version's history: created, (returned once, sometimes,) submitted, reviewed, agreed, in force. */
function versionSteps(rnd: Rnd, created: Date, agree: boolean, activeOn: Date | null): Step[] {
  const steps: Step[] = [{ from: null, to: 'draft', at: created, comment: '', staff: false }];
  let at = addDays(created, rnd.int(5, 12));
  steps.push({ from: 'draft', to: 'submitted', at, comment: '', staff: false });
  if (rnd.next() < 0.25) {
    at = addDays(at, rnd.int(2, 6));
    steps.push({
      from: 'submitted',
      to: 'returned',
      at,
      comment: 'Please make the objectives more specific and name the people planned.',
      staff: true,
    });
    at = addDays(at, rnd.int(2, 6));
    steps.push({ from: 'returned', to: 'submitted', at, comment: '', staff: false });
  }
  at = addDays(at, rnd.int(1, 4));
  steps.push({
    from: 'submitted',
    to: 'under_review',
    at,
    comment: 'Reviewed with the mission.',
    staff: true,
  });
  if (!agree) return steps;
  at = addDays(at, rnd.int(5, 12));
  steps.push({ from: 'under_review', to: 'agreed', at, comment: 'Agreed at the annual talks.', staff: true });
  steps.push({
    from: 'agreed',
    to: 'active',
    at: activeOn && activeOn > at ? activeOn : addDays(at, 1),
    comment: '',
    staff: true,
  });
  return steps;
}

export interface PlannedVersion {
  id: string;
  lineageId: string;
  versionNo: number;
  partnerId: string;
  content: ProgrammeContent;
  steps: Step[];
}

/** A partner's lineages, versions and their histories, as the app would have written them over the years. */
export function planLineage(
  rnd: Rnd,
  partnerId: string,
  period: { from: number; to: number },
  now: Date,
  contents: (n: number) => ProgrammeContent,
): PlannedVersion[] {
  const thisYear = now.getUTCFullYear();
  const current = period.to >= thisYear;
  const underReview = current && rnd.next() < 0.3;
  let count = rnd.weighted([
    [1, 50],
    [2, 35],
    [3, 15],
  ] as const);
  const periodStart = new Date(`${period.from}-01-01T09:00:00Z`);
  const periodEnd = new Date(`${period.to}-12-31T17:00:00Z`);
  const limit = addDays(periodEnd < now ? periodEnd : now, -45);
  const lineageId = randomUUID();
  const versions: PlannedVersion[] = [];
  if (underReview && count === 1) {
    // A programme for this period in review, never agreed yet.
    const steps = versionSteps(rnd, addDays(now, -40), false, null);
    return [{ id: lineageId, lineageId, versionNo: 1, partnerId, content: contents(0), steps }];
  }
  const first = versionSteps(rnd, addDays(periodStart, -rnd.int(70, 110)), true, periodStart);
  const inForce = first[first.length - 1]!.at;
  const gap = Math.floor((limit.getTime() - inForce.getTime()) / dayMs / count);
  if (gap < 40) count = 1;
  versions.push({ id: lineageId, lineageId, versionNo: 1, partnerId, content: contents(0), steps: first });
  for (let n = 1; n < count; n++) {
    const last = n === count - 1;
    const steps = versionSteps(rnd, addDays(inForce, gap * n), !(last && underReview), null);
    const agreed = steps.find((s) => s.to === 'agreed');
    if (agreed) {
      // Agreeing it supersedes the version in force.
      const previous = versions.findLast((v) => v.steps[v.steps.length - 1]!.to === 'active')!;
      previous.steps.push({ from: 'active', to: 'superseded', at: agreed.at, comment: '', staff: true });
    }
    versions.push({ id: randomUUID(), lineageId, versionNo: n + 1, partnerId, content: contents(n), steps });
  }
  if (!current) {
    const inForceNow = versions.findLast((v) => v.steps[v.steps.length - 1]!.to === 'active')!;
    const at = addDays(periodEnd, rnd.int(10, 40));
    inForceNow.steps.push({
      from: 'active',
      to: 'completed',
      at: at < now ? at : addDays(now, -1),
      comment: 'Carried out and reviewed.',
      staff: true,
    });
  }
  return versions;
}
