import type { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import type pg from 'pg';
import { foldForSearch } from '../src/core/bilingual';
import { sha256 } from '../src/core/secrets';
import type { DatabaseHandle } from '../src/db/client';

/**
 * The ceiling: a bare Fastify app (no plugins, no schemas, no validation) that answers the
 * benchmarked URLs by sending the very statements the app sends — same text, same parameters,
 * same order, one after the other — straight through the driver the app's Drizzle instance
 * wraps, and returning the rows as JSON. Whatever the app spends beyond this is the price of
 * its framework layers (validation, access, serialisation, Drizzle's mapping).
 *
 * The statements were captured from Drizzle and are checked against it at every run
 * (see `checkSameSql` in server.ts): if a query in src/ changes, the run says so.
 */

type Row = Record<string, unknown>;
export type RawClient = PGlite | pg.Pool;
export type Run = (text: string, params?: unknown[]) => Promise<Row[]>;

/** The driver object under the app's Drizzle instance (`db.$client`): the same PGlite or pool. */
export function rawClientOf(handle: DatabaseHandle): RawClient {
  return (handle.db as unknown as { $client: RawClient }).$client;
}

/** `query(text, params)` → rows, on either driver (both take the same two arguments). */
export function runnerOf(client: RawClient): Run {
  const driver = client as unknown as {
    query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  };
  return async (text, params) => (await driver.query(text, params)).rows as Row[];
}

const tokenSql =
  'select "api_tokens"."id", "api_tokens"."user_id", "api_tokens"."name", "api_tokens"."token_hash", ' +
  '"api_tokens"."prefix", "api_tokens"."created_at", "api_tokens"."expires_at", "api_tokens"."last_used_at", ' +
  '"api_tokens"."revoked_at", "users"."id", "users"."email", "users"."display_name", "users"."password_hash", ' +
  '"users"."role", "users"."partner_id", "users"."provider_id", "users"."locale", "users"."active", ' +
  '"users"."must_change_password", "users"."last_login_at", "users"."version", "users"."created_at", ' +
  '"users"."updated_at" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" ' +
  'where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null) limit $2';

const frameworksOfSql = (count: number) =>
  'select "partner_frameworks"."partner_id", "frameworks"."id", "frameworks"."code", "frameworks"."name_en", ' +
  '"frameworks"."name_fr", "partner_frameworks"."joined_on", "partner_frameworks"."left_on" ' +
  'from "partner_frameworks" inner join "frameworks" on "frameworks"."id" = "partner_frameworks"."framework_id" ' +
  `where "partner_frameworks"."partner_id" in (${Array.from({ length: count }, (_, i) => `$${i + 1}`).join(', ')}) ` +
  'order by "partner_frameworks"."joined_on" asc, "frameworks"."code" asc';

const partnerSql = (scope: string) =>
  'select "id", "iso_code", "kind", "name_en", "name_fr", "summary_en", "summary_fr", "status", ' +
  '"relations_since_year", "releasability", "releasable_to", "search_text", "sort_key_en", "sort_key_fr", ' +
  `"version", "created_at", "updated_at" from "partners" where ("partners"."id" = $1 and ${scope}) limit $2`;

const areasOfSql =
  'select "areas"."id", "areas"."code", "areas"."name_en", "areas"."name_fr" from "partner_areas" ' +
  'inner join "areas" on "areas"."id" = "partner_areas"."area_id" where "partner_areas"."partner_id" = $1 ' +
  'order by "areas"."code" asc';

const milestonesOfSql =
  'select "id", "partner_id", "occurred_on", "precision", "kind", "title_en", "title_fr", "description_en", ' +
  '"description_fr" from "milestones" where "milestones"."partner_id" = $1 ' +
  'order by "milestones"."occurred_on" desc, "milestones"."id" asc';

/** The list's WHERE clause as Drizzle writes it for the filters the scenarios use. */
function listWhere(scope: string, query: Record<string, string | undefined>) {
  const conditions = [scope];
  const params: unknown[] = [];
  if (query.q) {
    params.push(`%${foldForSearch(query.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(`"partners"."search_text" like $${params.length}`);
  }
  if (query.status) {
    params.push(query.status);
    conditions.push(`"partners"."status" = $${params.length}`);
  }
  if (query.framework) {
    params.push(query.framework);
    conditions.push(
      'exists (select 1 from "partner_frameworks" join "frameworks" on "frameworks"."id" = "partner_frameworks"."framework_id" ' +
        `where "partner_frameworks"."partner_id" = "partners"."id" and lower("frameworks"."code") = lower($${params.length}))`,
    );
  }
  return { where: `(${conditions.join(' and ')})`, params };
}

const pageColumns =
  '"id", "iso_code", "kind", "name_en", "name_fr", "status", "relations_since_year", "releasability", ' +
  "(select coalesce(json_agg(json_build_object('id', f.id, 'code', f.code, 'nameEn', f.name_en, 'nameFr', f.name_fr) " +
  "order by pf.joined_on, f.code), '[]'::json) from partner_frameworks pf join frameworks f on f.id = pf.framework_id " +
  'where pf.partner_id = "partners"."id"), count(*) over ()';

/** The list's page and count statements, with their parameters. */
export function listStatements(scope: string, query: Record<string, string | undefined>) {
  const limit = Number(query.limit ?? 25);
  const page = Number(query.page ?? 1);
  const { where, params } = listWhere(scope, query);
  const n = params.length;
  return {
    limit,
    page,
    items: {
      text:
        `select ${pageColumns} from "partners" where ${where} order by "partners"."sort_key_en" asc nulls last, ` +
        `"partners"."id" asc limit $${n + 1}${page > 1 ? ` offset $${n + 2}` : ''}`,
      params: page > 1 ? [...params, limit, (page - 1) * limit] : [...params, limit],
    },
    count: { text: `select count(*) from "partners" where ${where}`, params },
  };
}

export const staffScope = 'true';
export const publicScope = `"partners"."releasability" = 'public'`;

export async function buildCeilingApp(client: RawClient) {
  const run = runnerOf(client);
  const app = Fastify({ logger: false });

  /** The same token lookup the app makes; `null` scope answers 401. */
  async function scopeOf(authorization: string | undefined): Promise<string | null> {
    if (!authorization) return publicScope;
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!bearer?.startsWith('ent_')) return null;
    const [row] = await run(tokenSql, [sha256(bearer), 1]);
    return row ? staffScope : null;
  }

  app.get<{ Querystring: Record<string, string | undefined> }>('/api/v1/partners', async (request, reply) => {
    const scope = await scopeOf(request.headers.authorization);
    if (!scope) return reply.code(401).send({ status: 401 });
    const { limit, page, ...statements } = listStatements(scope, request.query);
    const items = await run(statements.items.text, statements.items.params);
    // The same single round trip as the app; a count of its own only past the last page.
    const total =
      items.length > 0 || page === 1
        ? Number(items[0]?.count ?? 0)
        : Number((await run(statements.count.text, statements.count.params))[0]?.count ?? 0);
    return {
      items: items.map((item) => ({
        id: item.id,
        isoCode: item.iso_code,
        kind: item.kind,
        name: { en: item.name_en, fr: item.name_fr },
        status: item.status,
        relationsSinceYear: item.relations_since_year,
        releasability: item.releasability,
        frameworks: (item.coalesce as { id: string; code: string; nameEn: string; nameFr: string }[]).map(
          (f) => ({ id: f.id, code: f.code, name: { en: f.nameEn, fr: f.nameFr } }),
        ),
      })),
      total,
      page,
      limit,
    };
  });

  app.get<{ Params: { id: string } }>('/api/v1/partners/:id', async (request, reply) => {
    const scope = await scopeOf(request.headers.authorization);
    if (!scope) return reply.code(401).send({ status: 401 });
    const id = request.params.id;
    const [row] = await run(partnerSql(scope), [id, 1]);
    if (!row) return reply.code(404).send({ status: 404 });
    const fws = await run(frameworksOfSql(1), [id]);
    const areaRows = await run(areasOfSql, [id]);
    const milestoneRows = await run(milestonesOfSql, [id]);
    return {
      ...row,
      frameworks: fws,
      areas: areaRows,
      milestones: milestoneRows,
    };
  });

  return app;
}
