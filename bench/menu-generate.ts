import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Clock } from '../src/core/clock';
import { randomSecret, sha256 } from '../src/core/secrets';
import { type Database, selectRows } from '../src/db/client';
import { apiTokens } from '../src/db/schema';
import { textArray } from '../src/modules/menu/menu.access';
import {
  insertActivityAreas,
  insertActivityRows,
  insertIterationRows,
} from '../src/modules/menu/menu.queries';
import { columns } from '../src/modules/menu/menu-io.columns';
import { activityColumns, iterationColumns } from '../src/modules/menu/menu-write';
import { generateMenu, type MenuBody, planStatuses } from '../src/seed/demo-menu';
import { generateData } from './generate';

/**
 * The menu scenario's catalogue: `iterations` iterations over `years` menu years (the last one the
 * clock's), from the demo menu generator (src/seed/demo-menu.ts), with the partner bench's register of
 * `partners` partners, users and staff token around it.
 *
 * The rows are exactly the ones the app writes: `activityColumns` and `iterationColumns` of
 * src/modules/menu/menu-write.ts (the folded `search_en`/`search_fr` columns, hence the generated
 * `search_vector`, and the sort keys) through the module's own bulk inserts (menu.queries.ts). Only the
 * checks and the `activity.create` audit rows of `insertActivities` are left out: 56,000 audit rows
 * would double the load time and no benchmarked read touches them.
 */

export interface MenuData {
  /** A staff officer's API token: sees the whole menu, drafts included. */
  token: string;
  /** A partner liaison's API token: published, releasable and eligible activities only. */
  liaisonToken: string;
  years: number[];
  /** Activities of the busiest year for the activity-page scenario, cycled through. */
  detailIds: string[];
  counts: Record<string, number>;
}

export interface MenuOptions {
  iterations: number;
  years: number;
  partners: number;
  seed?: number;
}

/** About 1.8 iterations per generated activity: enough activities a year for the wanted total. */
const iterationsPerActivity = 1.79;

export async function generateMenuData(db: Database, clock: Clock, options: MenuOptions): Promise<MenuData> {
  const base = await generateData(db, clock, { partners: options.partners, auditPerPartner: 2 });
  const seed = options.seed ?? 20_260_101;
  const ids = await db.transaction(async (tx) => {
    const rows = (table: string) =>
      selectRows<{ id: string; code: string }>(tx, sql`select id, code from ${sql.identifier(table)}`);
    const partnerRows = await selectRows<{ id: string; iso: string | null }>(
      tx,
      sql`select id, iso_code as iso from partners order by iso_code`,
    );
    return {
      providers: await rows('providers'),
      areas: new Map((await rows('areas')).map((r) => [r.code, r.id])),
      frameworks: new Map((await rows('frameworks')).map((r) => [r.code, r.id])),
      partners: new Map(partnerRows.filter((p) => p.iso).map((p) => [p.iso!, p.id])),
    };
  });

  const now = clock.now();
  const today = now.toISOString().slice(0, 10);
  const lastYear = now.getUTCFullYear();
  const years = Array.from({ length: options.years }, (_, i) => lastYear - options.years + 1 + i);
  const perYear = Math.ceil(options.iterations / options.years);
  const restoreIndexes = await dropSecondaryIndexes(db, ['activities', 'iterations', 'activity_areas']);
  let remaining = options.iterations;
  const counts = { activities: 0, iterations: 0, activityAreas: 0 };
  let detailIds: string[] = [];
  for (const year of years) {
    const wanted = Math.min(perYear, remaining);
    let bodies = generateMenu({
      year,
      activities: Math.ceil(wanted / iterationsPerActivity) + 50,
      ...ids,
      seed,
    });
    bodies = takeIterations(bodies, wanted);
    remaining -= bodies.reduce((n, b) => n + b.iterations.length, 0);
    const plans = planStatuses(bodies, today, seed + year);
    await db.transaction(async (tx) => {
      const inserted = await insertActivityRows(
        tx,
        bodies.map((body, n) => ({
          ...activityColumns(body),
          status: plans[n]!.status,
          publishedAt: plans[n]!.status === 'draft' ? null : now,
          createdAt: now,
          updatedAt: now,
        })),
      );
      const areaRows = inserted.flatMap(({ id }, n) =>
        [...new Set(bodies[n]!.areaIds)].map((areaId) => ({ activityId: id, areaId })),
      );
      await insertActivityAreas(tx, areaRows);
      const iterationRows = inserted.flatMap(({ id }, n) =>
        bodies[n]!.iterations.map((it, k) => {
          const status = plans[n]!.iterationStatuses[k]!;
          return {
            ...iterationColumns(it),
            activityId: id,
            status,
            publishedAt: status === 'draft' ? null : now,
            createdAt: now,
            updatedAt: now,
          };
        }),
      );
      await insertIterationRows(tx, iterationRows);
      counts.activities += inserted.length;
      counts.iterations += iterationRows.length;
      counts.activityAreas += areaRows.length;
      if (year === lastYear - 1) detailIds = inserted.slice(0, 100).map((r) => r.id);
    });
  }

  await restoreIndexes();

  // A liaison of a partner that is in a framework, for the partner-scope search.
  const [liaison] = await selectRows<{ id: string }>(
    db,
    sql`select u.id from users u join partner_frameworks pf on pf.partner_id = u.partner_id
      where u.role = 'partner_liaison' and pf.left_on is null order by u.email limit 1`,
  );
  const liaisonToken = `ent_${randomSecret()}`;
  await db.insert(apiTokens).values({
    userId: liaison!.id,
    name: 'bench-liaison',
    tokenHash: sha256(liaisonToken),
    prefix: liaisonToken.slice(0, 10),
    lastUsedAt: now,
  });
  return {
    token: base.token,
    liaisonToken,
    years,
    detailIds,
    counts: { ...base.counts, ...counts },
  };
}

/**
 * Drops the secondary indexes of these tables for a bulk load and answers a function that recreates
 * them from their own `pg_indexes` definitions, verbatim: building an index (a GIN one above all) once
 * is several times faster than maintaining it row by row, and the result is the migration's index.
 */
export async function dropSecondaryIndexes(db: Database, tables: string[]): Promise<() => Promise<void>> {
  const indexes = await selectRows<{ name: string; definition: string }>(
    db,
    sql`select i.indexname as name, i.indexdef as definition from pg_indexes i
      join pg_class c on c.relname = i.indexname join pg_index x on x.indexrelid = c.oid
      where i.schemaname = 'public' and i.tablename = any(${textArray(tables)}) and not x.indisprimary`,
  );
  for (const index of indexes) await db.execute(sql.raw(`drop index ${index.name}`));
  return async () => {
    for (const index of indexes) await db.execute(sql.raw(index.definition));
  };
}

/** The first activities holding `wanted` iterations in all (the last one cut short if need be). */
function takeIterations(bodies: MenuBody[], wanted: number): MenuBody[] {
  const out: MenuBody[] = [];
  let n = 0;
  for (const body of bodies) {
    if (n >= wanted) break;
    const keep = Math.min(body.iterations.length, wanted - n);
    out.push(
      keep === body.iterations.length ? body : { ...body, iterations: body.iterations.slice(0, keep) },
    );
    n += keep;
  }
  if (n < wanted) throw new Error(`menu generator: ${n} iterations, ${wanted} wanted`);
  return out;
}

/**
 * An import file of `rows` rows (iterations) for `year`, in the documented template's English
 * headers, built with exceljs: the same generator's content, codes prefixed so they clash with nothing.
 */
export async function buildImportXlsx(
  rows: number,
  year: number,
  ids: { providers: { code: string; id: string }[]; partnerIsos: string[] },
  prefix: string,
): Promise<Buffer> {
  const fake = (codes: string[]) => new Map(codes.map((c) => [c, c]));
  const bodies = takeIterations(
    generateMenu({
      year,
      activities: Math.ceil(rows / iterationsPerActivity) + 50,
      providers: ids.providers,
      areas: fake(['CRISIS', 'HADR', 'CYBER', 'CT', 'NONPRO', 'MILACT', 'BMD', 'MARSEC', 'AFG']),
      frameworks: fake(['PFP', 'MD', 'ICI', 'PAG']),
      partners: fake(ids.partnerIsos),
      seed: year,
    }),
    rows,
  );
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Menu');
  sheet.addRow(columns.map((c) => c.en));
  const yesNo = (b: boolean) => (b ? 'yes' : 'no');
  for (const b of bodies) {
    // The generator named areas, frameworks and partners by code here (see `fake`): the file's cells.
    const activity = {
      code: `${prefix}${b.code}`,
      year: String(b.year),
      provider: ids.providers.find((p) => p.id === b.providerId)!.code,
      kind: b.kind,
      title_en: b.title.en,
      title_fr: b.title.fr,
      description_en: b.description.en,
      description_fr: b.description.fr,
      areas: b.areaIds.join(';'),
      languages: b.languages.join(';'),
      fee: b.fee?.amount ?? '',
      currency: b.fee?.currency ?? '',
      clearance: b.clearance,
      contact_name: b.contactName,
      contact_email: b.contactEmail,
      second_approval: yesNo(b.secondApproval),
      eligibility: b.eligibility.kind,
      eligible_frameworks: b.eligibility.frameworkIds.join(';'),
      eligible_partners: b.eligibility.partnerIds.join(';'),
      releasability: b.releasability,
      releasable_to: b.releasableTo.join(';'),
      recurring: yesNo(b.recurring),
    };
    for (const it of b.iterations) {
      const cells: Record<string, string> = {
        ...activity,
        self_paced: yesNo(it.startsOn === null),
        start: it.startsOn ?? '',
        end: it.endsOn ?? '',
        online: yesNo(it.online),
        city: it.city,
        country: it.countryCode ?? '',
        seats: String(it.seats),
        deadline: it.nominationDeadline ?? '',
      };
      sheet.addRow(columns.map((c) => cells[c.key] ?? ''));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
