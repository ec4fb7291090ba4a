import type { Clock } from '../core/clock';
import type { Executor } from '../db/client';
import type { CreateActivityBody, IterationInput } from '../modules/menu/menu.schemas';
import { insertActivities } from '../modules/menu/menu.service';
import type { ActivityKind, ActivityStatus, WorkingLanguage } from '../shared/enums';
import { systemContext } from './demo';
import { areaCatalogue, de } from './demo-menu-catalogue';
import {
  audiences,
  exerciseNames,
  type Host,
  kindCatalogue,
  languageNames,
  methods,
  otherHosts,
  partnerHosts,
  providerProfiles,
} from './demo-menu-places';

/**
 * The demo menu: plausible bilingual activities for any year, generated from a seed so that the
 * demo, the tests and the benchmark all get the same catalogue for the same input (only the UUIDs
 * the database assigns differ). No Math.random: a small seeded PRNG (mulberry32).
 */

export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    let r = next() * choices.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    return choices[choices.length - 1]![0];
  };
  /** `count` distinct items (fewer if there are not enough). */
  const some = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0)
      out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, weighted, some };
}
export type Prng = ReturnType<typeof prng>;

export interface GenerateMenuInput {
  year: number;
  activities: number;
  providers: { code: string; id: string }[];
  /** Area code → id; activities use the areas the catalogue knows, or any when it knows none. */
  areas: Map<string, string>;
  frameworks: Map<string, string>;
  /** ISO code → id, for eligibility and releasability by name. */
  partners: Map<string, string>;
  seed: number;
}

const dayMs = 86_400_000;
const toIso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * dayMs);

/** The first Monday of the year (UTC). */
function firstMonday(year: number): Date {
  const jan1 = new Date(Date.UTC(year, 0, 1));
  return addDays(jan1, (8 - jan1.getUTCDay()) % 7);
}

const kinds = Object.entries(kindCatalogue).map(([kind, k]) => [kind as ActivityKind, k.weight] as const);

const languageChoices: (readonly [WorkingLanguage[], number])[] = [
  [['en'], 70],
  [['en', 'fr'], 14],
  [['fr'], 5],
  [['en', 'ru'], 4],
  [['en', 'ar'], 3],
  [['en', 'uk'], 2],
  [['en', 'ka'], 1],
  [['en', 'de'], 1],
];

function iterationsOf(
  rnd: Prng,
  year: number,
  kind: Exclude<ActivityKind, 'other'>,
  hosts: Host[],
): IterationInput[] {
  const k = kindCatalogue[kind];
  if (!k.days) {
    // E-learning: one self-paced run, online, open all year.
    return [
      {
        startsOn: null,
        endsOn: null,
        online: true,
        city: '',
        countryCode: null,
        seats: rnd.int(20, 40),
        nominationDeadline: null,
      },
    ];
  }
  const count = rnd.weighted([
    [1, 45],
    [2, 30],
    [3, 15],
    [4, 10],
  ] as const);
  // One run per slice of the year, on a Monday, avoiding August and the last fortnight of December.
  const weeks = Array.from({ length: 50 }, (_, w) => w).filter((w) => w < 30 || w > 34);
  const slice = Math.floor(weeks.length / count);
  const monday = firstMonday(year);
  const out: IterationInput[] = [];
  for (let n = 0; n < count; n++) {
    const week = weeks[n * slice + rnd.int(0, slice - 1)]!;
    const start = addDays(monday, week * 7);
    const online = rnd.next() < k.online;
    const travels = (kind === 'mobile_training_team' || kind === 'expert_visit') && rnd.next() < 0.6;
    const host = travels ? rnd.pick(partnerHosts) : rnd.pick(hosts);
    out.push({
      startsOn: toIso(start),
      endsOn: toIso(addDays(start, rnd.int(k.days[0], k.days[1]) - 1)),
      online,
      city: online ? '' : host.city,
      countryCode: online ? null : host.countryCode,
      seats: rnd.int(5, 40),
      nominationDeadline: toIso(addDays(start, -7 * rnd.int(4, 8))),
    });
  }
  return out;
}

/** "CBRN Defence" → "CBRN defence": title case down to running text, acronyms kept. */
const inSentence = (title: string) =>
  title
    .split(' ')
    .map((w) => (/^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w))
    .join(' ');

function description(
  rnd: Prng,
  kind: Exclude<ActivityKind, 'other'>,
  topic: { en: string; fr: string },
  areaCode: string,
  languages: WorkingLanguage[],
) {
  const noun = kindCatalogue[kind].noun;
  const focus = rnd.some(areaCatalogue[areaCode]?.focus ?? areaCatalogue.MILACT!.focus, 3);
  const [audienceEn, audienceFr] = rnd.pick(audiences);
  const [methodEn, methodFr] = rnd.pick(methods);
  const list = (items: string[], and: string) =>
    items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
  const langs = languages.map((l) => languageNames[l] ?? [l, l]);
  const en = [
    `This ${noun.en} gives participants a working knowledge of ${inSentence(topic.en)} in a multinational setting.`,
    `It is intended for ${audienceEn}.`,
    `Topics include ${list(
      focus.map((f) => f[0]),
      'and',
    )}.`,
    methodEn,
    `Working language${langs.length > 1 ? 's' : ''}: ${list(
      langs.map((l) => l[0]),
      'and',
    )}.`,
  ].join(' ');
  const fr = [
    `${noun.feminine ? 'Cette' : /^[aeéiou]/.test(noun.fr) ? 'Cet' : 'Ce'} ${noun.fr} donne aux participants une connaissance pratique ${de(topic.fr)} dans un cadre multinational.`,
    `${noun.feminine ? 'Elle' : 'Il'} s’adresse ${audienceFr}.`,
    `Au programme : ${list(
      focus.map((f) => f[1]),
      'et',
    )}.`,
    methodFr,
    `Langue${langs.length > 1 ? 's' : ''} de travail : ${list(
      langs.map((l) => l[1]),
      'et',
    )}.`,
  ].join(' ');
  return { en, fr };
}

export type MenuBody = CreateActivityBody & { providerId: string };

/** A year's menu as the API would take it: `count` activities, codes `<PROVIDER>.<number>` unique. */
export function generateMenu(input: GenerateMenuInput): MenuBody[] {
  const rnd = prng(input.seed ^ (input.year * 7919));
  const frameworkIds = [...input.frameworks.values()];
  const partnerIds = [...input.partners.values()];
  const knownAreas = [...input.areas.keys()];
  const counters = new Map(input.providers.map((p) => [p.code, rnd.int(100, 300)]));
  const out: MenuBody[] = [];
  for (let i = 0; i < input.activities; i++) {
    const provider = rnd.pick(input.providers);
    const profile = providerProfiles[provider.code];
    const candidates = (profile?.areas ?? knownAreas).filter((a) => input.areas.has(a));
    const areaCodes = rnd.some(candidates.length > 0 ? candidates : knownAreas, rnd.next() < 0.2 ? 2 : 1);
    const primary = areaCodes[0]!;
    const kind = rnd.weighted(kinds) as Exclude<ActivityKind, 'other'>;
    const k = kindCatalogue[kind];
    const topic = rnd.pick(areaCatalogue[primary]?.topics ?? areaCatalogue.MILACT!.topics);
    const [titleEn, titleFr] = rnd.pick(k.titles);
    const extra = rnd.pick(exerciseNames);
    const languages = rnd.weighted(languageChoices);
    const number = counters.get(provider.code)! + rnd.int(1, 9);
    counters.set(provider.code, number);

    const eligibilityKind = rnd.weighted([
      ['all', 70],
      ['frameworks', 20],
      ['partners', 10],
    ] as const);
    const eligibility =
      eligibilityKind === 'frameworks' && frameworkIds.length > 0
        ? { kind: 'frameworks' as const, frameworkIds: rnd.some(frameworkIds, rnd.int(1, 2)), partnerIds: [] }
        : eligibilityKind === 'partners' && partnerIds.length > 0
          ? { kind: 'partners' as const, frameworkIds: [], partnerIds: rnd.some(partnerIds, rnd.int(1, 4)) }
          : { kind: 'all' as const, frameworkIds: [], partnerIds: [] };
    let releasability = rnd.weighted([
      ['public', 80],
      ['internal', 12],
      ['releasable', 8],
    ] as const);
    if (releasability === 'releasable' && partnerIds.length === 0) releasability = 'public';
    const fee = rnd.next() < 0.15 ? { amount: `${rnd.int(5, 60) * 25}.00`, currency: 'EUR' } : null;

    out.push({
      year: input.year,
      code: `${provider.code}.${number}`,
      providerId: provider.id,
      kind,
      title: { en: titleEn(topic, extra), fr: titleFr(topic, extra) },
      description: description(rnd, kind, topic, primary, languages),
      areaIds: areaCodes.map((code) => input.areas.get(code)!),
      languages,
      fee,
      clearance: rnd.weighted([
        ['none', 80],
        ['restricted', 12],
        ['confidential', 6],
        ['secret', 2],
      ] as const),
      contactName: profile?.contact ?? '',
      contactEmail: `menu@${provider.code.toLowerCase()}.demo.entente.example`,
      secondApproval: rnd.next() < 0.25,
      eligibility,
      releasability,
      releasableTo: releasability === 'releasable' ? rnd.some(partnerIds, rnd.int(1, 3)) : [],
      recurring: rnd.next() < 0.85,
      iterations: iterationsOf(rnd, input.year, kind, profile?.hosts ?? otherHosts),
    });
  }
  return out;
}

/** What `insertActivities` takes as the initial status of an activity and of each of its iterations. */
export interface PlannedStatus {
  status: ActivityStatus;
  iterationStatuses: ActivityStatus[];
}

/**
 * Where each activity of a generated menu stands on `today`: past runs completed, runs taking
 * nominations open, runs whose deadline passed closed, far-off runs only published; a few drafts
 * (current year only) and a few cancellations.
 */
export function planStatuses(bodies: CreateActivityBody[], today: string, seed: number): PlannedStatus[] {
  const rnd = prng(seed ^ 0x5eed);
  const far = toIso(addDays(new Date(`${today}T00:00:00Z`), 180));
  return bodies.map((body) => {
    const past =
      body.year < Number(today.slice(0, 4)) ||
      body.iterations.every((it) => it.endsOn !== null && it.endsOn < today);
    const roll = rnd.next();
    if (!past && roll < 0.05)
      return { status: 'draft', iterationStatuses: body.iterations.map(() => 'draft') };
    if (roll > 0.98)
      return { status: 'cancelled', iterationStatuses: body.iterations.map(() => 'cancelled') };
    const iterations = body.iterations.map((it): ActivityStatus => {
      if (rnd.next() < 0.03) return 'cancelled';
      if (it.startsOn === null) return past ? 'completed' : 'open';
      if (it.endsOn! < today) return 'completed';
      if (it.startsOn > far) return 'published';
      if (it.startsOn <= today || (it.nominationDeadline !== null && it.nominationDeadline < today))
        return 'closed';
      return 'open';
    });
    const has = (s: ActivityStatus) => iterations.includes(s);
    const status: ActivityStatus = has('open')
      ? 'open'
      : has('published')
        ? 'published'
        : has('closed')
          ? 'closed'
          : has('completed')
            ? 'completed'
            : 'cancelled';
    return { status, iterationStatuses: iterations };
  });
}

export interface DemoMenuIds {
  areas: Map<string, string>;
  frameworks: Map<string, string>;
  partners: Map<string, string>;
  providers: Map<string, string>;
}

/** The demo's two menus: 2014 (the seed page's year, all past) and the current year's (under way). */
export async function seedDemoMenu(tx: Executor, clock: Clock, ids: DemoMenuIds) {
  const now = clock.now();
  const today = toIso(now);
  const providers = [...ids.providers].map(([code, id]) => ({ code, id }));
  const menus = [
    { year: 2014, activities: 140 },
    { year: now.getUTCFullYear(), activities: 220 },
  ];
  let total = 0;
  for (const menu of menus) {
    const seed = 20_140_515;
    const bodies = generateMenu({ ...menu, ...ids, providers, seed });
    const inserted = await insertActivities(
      tx,
      systemContext,
      clock,
      bodies,
      planStatuses(bodies, today, seed + menu.year),
    );
    total += inserted.length;
  }
  return total;
}
