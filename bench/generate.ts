import { randomUUID } from 'node:crypto';
import { foldForSearch } from '../src/core/bilingual';
import type { Clock } from '../src/core/clock';
import { randomSecret, sha256 } from '../src/core/secrets';
import type { Database, Executor } from '../src/db/client';
import {
  apiTokens,
  auditEvents,
  milestones,
  partnerAreas,
  partnerFrameworks,
  partners,
  users,
} from '../src/db/schema';
import { hashPassword } from '../src/modules/auth/passwords';
import { seedTaxonomies } from '../src/seed/demo';
import { milestoneKinds, type Role } from '../src/shared/enums';
import { iso3166Alpha2 } from '../src/shared/iso3166';

/** What the scenarios need to know about the generated data. */
export interface GeneratedData {
  /** A staff officer's personal API token (`ent_…`), sent as `Authorization: Bearer`. */
  token: string;
  /** Partners the staff officer can read, for the detail scenario (cycled through). */
  detailIds: string[];
  /** Public partners, for the anonymous detail check. */
  publicIds: string[];
  /** A search term and how many partners it matches. */
  search: { q: string; matches: number };
  counts: Record<string, number>;
}

/** A small seeded PRNG (mulberry32): the same N gives the same data set on every machine. */
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
  return { next, int, pick, weighted };
}

const syllables = [
  'bar',
  'co',
  'dan',
  'el',
  'fa',
  'gor',
  'ka',
  'lis',
  'mo',
  'nor',
  'pe',
  'ra',
  'sel',
  'tu',
  'va',
];
const countryEndings = [
  ['ia', 'ie'],
  ['land', 'lande'],
  ['stan', 'stan'],
  ['ania', 'anie'],
  ['ea', 'ée'],
] as const;

function capitalise(word: string) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function isoDate(year: number, month: number, day: number) {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

interface Options {
  partners: number;
  auditPerPartner: number;
  seed?: number;
}

/**
 * Fills a migrated, empty database: the demo taxonomies, N partners with frameworks, areas and
 * milestones, users of every role, audit history, and one staff officer holding an API token.
 * Rows go in through Drizzle in bulk (the service path validates and audits one partner at a
 * time, which is far slower and measures nothing we read here).
 */
export async function generateData(db: Database, clock: Clock, options: Options): Promise<GeneratedData> {
  const rnd = prng(options.seed ?? 20_240_601);
  const now = clock.now();
  const passwordHash = await hashPassword(`bench-${randomSecret(9)}`);
  const token = `ent_${randomSecret()}`;

  return db.transaction(async (tx: Executor) => {
    const taxonomies = await seedTaxonomies(tx, clock);
    const frameworkIds = taxonomies.frameworks;
    const areaIds = [...taxonomies.areas.values()];
    const isoCodes = [...iso3166Alpha2];

    const partnerRows: (typeof partners.$inferInsert)[] = [];
    const usedNames = new Set<string>();
    for (let i = 0; i < options.partners; i++) {
      let base = '';
      while (!base || usedNames.has(base)) {
        base = capitalise(Array.from({ length: rnd.int(2, 3) }, () => rnd.pick(syllables)).join(''));
        if (usedNames.has(base)) base = `${base}${rnd.pick(syllables)}`;
      }
      usedNames.add(base);
      const isCountry = i < isoCodes.length;
      const [endEn, endFr] = rnd.pick(countryEndings);
      const nameEn = isCountry ? `${base}${endEn}` : `${base} Cooperation Council`;
      const nameFr = isCountry ? `${base.replace(/e/, 'é')}${endFr}` : `Conseil de coopération ${base}`;
      const isoCode = isCountry ? isoCodes[i]! : null;
      partnerRows.push({
        id: randomUUID(),
        isoCode,
        kind: isCountry ? 'country' : 'international_organisation',
        nameEn,
        nameFr,
        summaryEn: `${nameEn} has cooperated with the Alliance since the 1990s on defence reform, training and exercises.`,
        summaryFr: `${nameFr} coopère avec l’Alliance depuis les années 1990 : réforme de la défense, formation, exercices.`,
        status: rnd.weighted([
          ['active', 70],
          ['suspended', 10],
          ['former', 20],
        ] as const),
        relationsSinceYear: rnd.next() < 0.85 ? rnd.int(1990, 2020) : null,
        releasability: rnd.weighted([
          ['public', 55],
          ['internal', 30],
          ['releasable', 15],
        ] as const),
        releasableTo: [],
        searchText: foldForSearch([nameEn, nameFr, isoCode ?? ''].join(' ')),
        sortKeyEn: foldForSearch(nameEn),
        sortKeyFr: foldForSearch(nameFr),
        version: Math.max(1, options.auditPerPartner),
        createdAt: new Date(now.getTime() - rnd.int(400, 800) * 86_400_000),
        updatedAt: new Date(now.getTime() - rnd.int(0, 300) * 86_400_000),
      });
    }
    for (const row of partnerRows) {
      if (row.releasability !== 'releasable') continue;
      const others = new Set(Array.from({ length: rnd.int(1, 3) }, () => rnd.pick(partnerRows).id!));
      others.delete(row.id!);
      if (others.size === 0) row.releasability = 'internal';
      else row.releasableTo = [...others];
    }
    await insertChunked(partnerRows, 500, (chunk) => tx.insert(partners).values(chunk));

    const frameworkRows: (typeof partnerFrameworks.$inferInsert)[] = [];
    const areaRows: (typeof partnerAreas.$inferInsert)[] = [];
    const milestoneRows: (typeof milestones.$inferInsert)[] = [];
    const frameworkWeights = [
      ['PFP', 55],
      ['MD', 15],
      ['ICI', 10],
      ['PAG', 20],
    ] as const;
    for (const row of partnerRows) {
      const codes = new Set([rnd.weighted(frameworkWeights)]);
      if (rnd.next() < 0.25) codes.add(rnd.weighted(frameworkWeights));
      for (const code of codes) {
        const joined = rnd.int(1994, 2018);
        frameworkRows.push({
          partnerId: row.id!,
          frameworkId: frameworkIds.get(code)!,
          joinedOn: isoDate(joined, rnd.int(1, 12), rnd.int(1, 28)),
          leftOn: row.status === 'former' ? isoDate(joined + rnd.int(1, 5), rnd.int(1, 12), 1) : null,
        });
      }
      for (const areaId of new Set(Array.from({ length: rnd.int(1, 4) }, () => rnd.pick(areaIds)))) {
        areaRows.push({ partnerId: row.id!, areaId });
      }
      for (let m = rnd.int(2, 6); m > 0; m--) {
        const kind = rnd.pick(milestoneKinds);
        milestoneRows.push({
          partnerId: row.id!,
          occurredOn: isoDate(rnd.int(1994, 2025), rnd.int(1, 12), rnd.int(1, 28)),
          precision: rnd.pick(['day', 'month', 'year'] as const),
          kind,
          titleEn: `${capitalise(kind)} with ${row.nameEn}`,
          titleFr: `${capitalise(kind)} avec ${row.nameFr}`,
          descriptionEn: 'Held at Alliance headquarters; follow-up agreed for the next cycle.',
          descriptionFr: 'Tenu au siège de l’Alliance ; un suivi a été convenu pour le prochain cycle.',
        });
      }
    }
    await insertChunked(frameworkRows, 1000, (chunk) => tx.insert(partnerFrameworks).values(chunk));
    await insertChunked(areaRows, 1000, (chunk) => tx.insert(partnerAreas).values(chunk));
    await insertChunked(milestoneRows, 1000, (chunk) => tx.insert(milestones).values(chunk));

    const staffRoles: Role[] = [
      'admin',
      'staff_officer',
      'trust_fund_manager',
      'viewer',
      'activity_provider',
    ];
    const providerIds = [...taxonomies.providers.values()];
    const userRows: (typeof users.$inferInsert)[] = [];
    const benchUserId = randomUUID();
    userRows.push({
      id: benchUserId,
      email: 'bench-staff@bench.entente.example',
      displayName: 'Bench Staff Officer',
      passwordHash,
      role: 'staff_officer',
      locale: 'en',
    });
    for (let i = 0; i < Math.max(10, Math.round(options.partners / 4)); i++) {
      const role = staffRoles[i % staffRoles.length]!;
      userRows.push({
        id: randomUUID(),
        email: `staff${i}@bench.entente.example`,
        displayName: `Staff member ${i}`,
        passwordHash,
        role,
        providerId: role === 'activity_provider' ? rnd.pick(providerIds) : null,
        locale: rnd.next() < 0.3 ? 'fr' : 'en',
      });
    }
    partnerRows.forEach((row, i) => {
      if (rnd.next() >= 0.4) return;
      userRows.push({
        id: randomUUID(),
        email: `liaison${i}@bench.entente.example`,
        displayName: `Liaison officer ${i}`,
        passwordHash,
        role: 'partner_liaison',
        partnerId: row.id!,
        locale: rnd.next() < 0.3 ? 'fr' : 'en',
      });
    });
    await insertChunked(userRows, 500, (chunk) => tx.insert(users).values(chunk));
    await tx.insert(apiTokens).values({
      userId: benchUserId,
      name: 'bench',
      tokenHash: sha256(token),
      prefix: token.slice(0, 10),
      lastUsedAt: now,
    });

    const auditRows: (typeof auditEvents.$inferInsert)[] = [];
    const actors = userRows.filter((u) => u.role === 'admin' || u.role === 'staff_officer');
    for (const row of partnerRows) {
      const start = (row.createdAt as Date).getTime();
      for (let e = 0; e < options.auditPerPartner; e++) {
        const actor = rnd.pick(actors);
        const document = { name: { en: row.nameEn, fr: row.nameFr }, status: row.status, version: e + 1 };
        auditRows.push({
          occurredAt: new Date(start + e * 3_600_000 * rnd.int(1, 400)),
          actorUserId: e === 0 ? null : actor.id!,
          actorLabel: e === 0 ? 'system' : actor.email,
          action: e === 0 ? 'partner.create' : 'partner.update',
          entityType: 'partner',
          entityId: row.id!,
          partnerId: row.id!,
          before:
            e === 0 ? null : { ...document, version: e, summary: { en: row.summaryEn, fr: row.summaryFr } },
          after: { ...document, summary: { en: row.summaryEn, fr: row.summaryFr } },
          requestId: randomUUID(),
          ip: '127.0.0.1',
        });
      }
    }
    await insertChunked(auditRows, 1000, (chunk) => tx.insert(auditEvents).values(chunk));

    const search = pickSearchTerm(partnerRows.map((p) => p.searchText));
    return {
      token,
      detailIds: partnerRows.slice(0, 100).map((p) => p.id!),
      publicIds: partnerRows.filter((p) => p.releasability === 'public').map((p) => p.id!),
      search,
      counts: {
        partners: partnerRows.length,
        partnerFrameworks: frameworkRows.length,
        partnerAreas: areaRows.length,
        milestones: milestoneRows.length,
        users: userRows.length,
        auditEvents: auditRows.length,
      },
    };
  });
}

/** A syllable that matches some partners but not most (about 8 %), as a real search would. */
function pickSearchTerm(texts: string[]): { q: string; matches: number } {
  const goal = Math.max(1, texts.length * 0.08);
  let best = { q: syllables[0]!, matches: 0 };
  for (const a of syllables) {
    for (const b of syllables) {
      const q = `${a}${b}`;
      const matches = texts.filter((t) => t.includes(q)).length;
      if (matches > 0 && Math.abs(matches - goal) < Math.abs(best.matches - goal)) best = { q, matches };
    }
  }
  return best;
}
