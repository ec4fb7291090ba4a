import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Clock } from '../core/clock';
import type { RequestContext } from '../core/context';
import { type Executor, selectRows } from '../db/client';
import {
  applyProgrammeTransition,
  insertProgramme,
  type SeedStep,
} from '../modules/programmes/programmes-write';
import type { ObjectivePriority } from '../shared/enums';

/**
 * The demo's programmes: Japan's Individual Partnership and Cooperation Programme, concluded on
 * 6 May 2014 (the seed fact sheet), with objectives in the areas the page names and activities of the
 * 2014 menu; and Georgia's programme for this year and next, submitted and under review, so that the
 * workflow can be tried at once. Each step is taken on its own date, so the history reads as it happened.
 */

interface DemoObjective {
  area: string;
  priority: ObjectivePriority;
  en: string;
  fr: string;
}

const japanObjectives: DemoObjective[] = [
  {
    area: 'CRISIS',
    priority: 'high',
    en: 'Work with Allies on crisis management and peace-support operations, building on the experience shared in Afghanistan.',
    fr: 'Travailler avec les Alliés à la gestion de crise et aux opérations de soutien de la paix, en s’appuyant sur l’expérience partagée en Afghanistan.',
  },
  {
    area: 'HADR',
    priority: 'medium',
    en: 'Compare practice in humanitarian assistance and disaster relief, from planning to civil–military coordination.',
    fr: 'Comparer les pratiques d’assistance humanitaire et de secours en cas de catastrophe, de la planification à la coordination civilo-militaire.',
  },
  {
    area: 'CYBER',
    priority: 'high',
    en: 'Build cyber-defence links: training, exercises and the exchange of information on threats.',
    fr: 'Tisser des liens en cyberdéfense : formation, exercices et échange d’informations sur les menaces.',
  },
  {
    area: 'CT',
    priority: 'medium',
    en: 'Share knowledge on the defence against terrorism, including the protection of critical infrastructure.',
    fr: 'Partager les connaissances sur la défense contre le terrorisme, y compris la protection des infrastructures critiques.',
  },
  {
    area: 'MARSEC',
    priority: 'medium',
    en: 'Draw lessons from counter-piracy in the Gulf of Aden, where Japanese and Allied ships have worked side by side.',
    fr: 'Tirer les enseignements de la lutte contre la piraterie dans le golfe d’Aden, où navires japonais et alliés ont agi côte à côte.',
  },
  {
    area: 'NONPRO',
    priority: 'low',
    en: 'Exchange views on the non-proliferation of weapons of mass destruction and their means of delivery.',
    fr: 'Échanger sur la non-prolifération des armes de destruction massive et de leurs vecteurs.',
  },
  {
    area: 'BMD',
    priority: 'low',
    en: 'Follow the Alliance’s work on missile defence through expert talks.',
    fr: 'Suivre les travaux de l’Alliance sur la défense antimissile par des entretiens d’experts.',
  },
];

const georgiaObjectives: DemoObjective[] = [
  {
    area: 'CRISIS',
    priority: 'high',
    en: 'Train staff officers in crisis response planning to Alliance standards.',
    fr: 'Former des officiers d’état-major à la planification de la réponse aux crises selon les normes de l’Alliance.',
  },
  {
    area: 'CYBER',
    priority: 'medium',
    en: 'Strengthen the protection of defence networks and the national cyber incident response.',
    fr: 'Renforcer la protection des réseaux de défense et la réponse nationale aux incidents cyber.',
  },
  {
    area: 'MILACT',
    priority: 'medium',
    en: 'Take part in courses and exercises that improve interoperability with Allied forces.',
    fr: 'Participer à des cours et exercices qui améliorent l’interopérabilité avec les forces alliées.',
  },
];

/** The first activities (by code) of a year's menu in each area that the partner may take part in. */
async function pickActivities(
  tx: Executor,
  year: number,
  partnerId: string,
  areaIds: string[],
  perArea: number,
) {
  return selectRows<{ id: string; areaId: string }>(
    tx,
    sql`select id, area_id as "areaId" from (
      select a.id, x.area_id, row_number() over (partition by x.area_id order by a.code) as n
      from activities a cross join lateral unnest(a.area_ids) as x(area_id)
      where a.year = ${year} and a.published_at is not null and a.status <> 'cancelled'
        and a.releasability = 'public'
        and x.area_id = any(array[${sql.join(
          areaIds.map((id) => sql`${id}`),
          sql`, `,
        )}]::uuid[])
        and (a.eligibility = 'all' or a.eligible_partner_ids @> array[${partnerId}]::uuid[]
          or (a.eligibility = 'frameworks' and a.eligible_framework_ids && array(
            select pf.framework_id from partner_frameworks pf where pf.partner_id = ${partnerId}::uuid)))
    ) ranked where n <= ${perArea} order by area_id, id`,
  );
}

async function demoProgramme(
  tx: Executor,
  ctx: RequestContext,
  input: {
    partnerId: string;
    title: { en: string; fr: string };
    summary: { en: string; fr: string };
    period: { startsOn: string; endsOn: string };
    objectives: DemoObjective[];
    year: number;
    areas: Map<string, string>;
    createdOn: string;
    steps: (SeedStep & { on: string })[];
  },
) {
  const objectives = input.objectives.map((o) => ({
    key: randomUUID(),
    areaId: input.areas.get(o.area)!,
    priority: o.priority,
    text: { en: o.en, fr: o.fr },
  }));
  // One objective (the last) is left without activities: the coverage view flags it.
  const served = objectives.slice(0, -1);
  const picked = await pickActivities(
    tx,
    input.year,
    input.partnerId,
    served.map((o) => o.areaId),
    2,
  );
  const seen = new Set<string>();
  const activities = picked
    .filter((a) => !seen.has(a.id) && seen.add(a.id))
    .map((a, index) => ({
      activityId: a.id,
      objectiveKey: served.find((o) => o.areaId === a.areaId)?.key ?? null,
      plannedParticipants: 1 + (index % 3),
      note: { en: '', fr: '' },
    }));
  const at = (day: string): Clock => ({ now: () => new Date(`${day}T10:00:00Z`) });
  const id = await insertProgramme(tx, ctx, at(input.createdOn), {
    partnerId: input.partnerId,
    title: input.title,
    summary: input.summary,
    period: input.period,
    objectives,
    activities,
  });
  for (const { on, ...step } of input.steps) {
    await applyProgrammeTransition(
      tx,
      ctx,
      at(on),
      id,
      null,
      { comment: '', agreedByPartner: '', agreedByAlliance: '', ...step },
      { notify: false },
    );
  }
  return id;
}

export async function seedDemoProgrammes(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  ids: { partners: Map<string, string>; areas: Map<string, string> },
) {
  const japan = await demoProgramme(tx, ctx, {
    partnerId: ids.partners.get('JP')!,
    title: {
      en: 'Individual Partnership and Cooperation Programme: Japan',
      fr: 'Programme individuel de partenariat et de coopération : Japon',
    },
    summary: {
      en: 'Chosen from the Partnership Cooperation Menu and tailored to Japan’s interests; it formalises Japan’s relations with the Alliance.',
      fr: 'Choisi dans le menu de coopération partenariale et adapté aux intérêts du Japon ; il formalise les relations du Japon avec l’Alliance.',
    },
    period: { startsOn: '2014-05-06', endsOn: '2016-12-31' },
    objectives: japanObjectives,
    year: 2014,
    areas: ids.areas,
    createdOn: '2014-02-17',
    steps: [
      { to: 'submitted', on: '2014-03-10' },
      { to: 'under_review', on: '2014-03-17', comment: 'Reviewed with the Japanese mission.' },
      {
        to: 'agreed',
        on: '2014-05-06',
        agreedOn: '2014-05-06',
        agreedByPartner: 'Shinzo Abe, Prime Minister of Japan',
        agreedByAlliance: 'Anders Fogh Rasmussen, Secretary General',
        comment: 'Concluded during the Prime Minister’s visit to NATO Headquarters.',
      },
      { to: 'active', on: '2014-05-07' },
      { to: 'completed', on: '2017-01-16', comment: 'Carried out and reviewed.' },
    ],
  });
  const year = clock.now().getUTCFullYear();
  const today = clock.now().toISOString().slice(0, 10);
  const georgia = await demoProgramme(tx, ctx, {
    partnerId: ids.partners.get('GE')!,
    title: {
      en: `Individual Partnership Programme: Georgia ${year}–${year + 1}`,
      fr: `Programme individuel de partenariat : Géorgie ${year}-${year + 1}`,
    },
    summary: {
      en: 'Crisis response, cyber defence and interoperability first.',
      fr: 'La réponse aux crises, la cyberdéfense et l’interopérabilité d’abord.',
    },
    period: { startsOn: `${year}-01-01`, endsOn: `${year + 1}-12-31` },
    objectives: georgiaObjectives,
    year,
    areas: ids.areas,
    createdOn: today,
    steps: [
      { to: 'submitted', on: today },
      { to: 'under_review', on: today },
    ],
  });
  return { japan, georgia };
}
