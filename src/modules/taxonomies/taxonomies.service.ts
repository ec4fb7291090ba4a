import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { conflict, notFound, preconditionFailed } from '../../core/errors';
import { assertCan } from '../../core/policy';
import type { Database, Executor } from '../../db/client';
import { areas, frameworks } from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import * as q from './taxonomies.queries';
import type { CreateTermBody, Term, UpdateTermBody } from './taxonomies.schemas';

export type TaxonomyKind = 'framework' | 'area';
const tables = { framework: frameworks, area: areas } as const;

export function toTerm(row: q.TermRow): Term {
  return {
    id: row.id,
    code: row.code,
    name: { en: row.nameEn, fr: row.nameFr },
    description: { en: row.descriptionEn, fr: row.descriptionFr },
    sinceYear: row.sinceYear ?? null,
    active: row.active,
    version: row.version,
  };
}

export async function insertTermWithAudit(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  kind: TaxonomyKind,
  body: CreateTermBody,
) {
  const table = tables[kind];
  if (await q.selectTermByCode(tx, table, body.code))
    throw conflict(`${kind}.duplicate_code`, { code: body.code });
  const row = await q.insertTerm(tx, table, {
    code: body.code,
    nameEn: body.name.en,
    nameFr: body.name.fr,
    descriptionEn: body.description.en,
    descriptionFr: body.description.fr,
    sinceYear: body.sinceYear ?? null,
    active: body.active,
  });
  const term = toTerm(row);
  await recordAudit(tx, ctx, clock, {
    action: `${kind}.create`,
    entityType: kind,
    entityId: row.id,
    after: term,
  });
  return term;
}

/** Which of these ids name an existing framework or area: other modules check references with it. */
export function findExistingTermIds(tx: Executor, kind: TaxonomyKind, ids: string[]) {
  return q.selectTermIds(tx, tables[kind], ids);
}

/** Frameworks or areas by code (case-insensitive), in one query: lower-case code → { id, code }. */
export async function findTermsByCodes(tx: Executor, kind: TaxonomyKind, codes: string[]) {
  const rows = await q.selectTermsByCodes(tx, tables[kind], codes);
  return new Map(rows.map((row) => [row.code.toLowerCase(), row]));
}

/** Partnership frameworks and areas of cooperation: EN/FR labelled lists that administrators keep. */
export function createTaxonomyService(deps: { db: Database; clock: Clock }, kind: TaxonomyKind) {
  const { db, clock } = deps;
  const table = tables[kind];
  return {
    async list(ctx: RequestContext, includeInactive: boolean) {
      assertCan(ctx.actor, 'taxonomy.read');
      const rows = await q.selectTerms(db, table, includeInactive);
      return { items: rows.map(toTerm), total: rows.length };
    },

    async get(ctx: RequestContext, id: string) {
      assertCan(ctx.actor, 'taxonomy.read');
      const row = await q.selectTerm(db, table, id);
      if (!row) throw notFound(kind);
      return toTerm(row);
    },

    async create(ctx: RequestContext, body: CreateTermBody) {
      assertCan(ctx.actor, 'taxonomy.write');
      return db.transaction((tx) => insertTermWithAudit(tx, ctx, clock, kind, body));
    },

    async update(ctx: RequestContext, id: string, version: number, body: UpdateTermBody) {
      assertCan(ctx.actor, 'taxonomy.write');
      return db.transaction(async (tx) => {
        const before = await q.selectTerm(tx, table, id);
        if (!before) throw notFound(kind);
        if (before.version !== version) throw preconditionFailed();
        if (body.code && body.code.toLowerCase() !== before.code.toLowerCase()) {
          if (await q.selectTermByCode(tx, table, body.code)) {
            throw conflict(`${kind}.duplicate_code`, { code: body.code });
          }
        }
        const row = await q.updateTerm(tx, table, id, {
          code: body.code,
          nameEn: body.name?.en,
          nameFr: body.name?.fr,
          descriptionEn: body.description?.en,
          descriptionFr: body.description?.fr,
          sinceYear: body.sinceYear,
          active: body.active,
          version: before.version + 1,
          updatedAt: clock.now(),
        });
        const after = toTerm(row);
        await recordAudit(tx, ctx, clock, {
          action: `${kind}.update`,
          entityType: kind,
          entityId: id,
          before: toTerm(before),
          after,
        });
        return after;
      });
    },
  };
}

export type TaxonomyService = ReturnType<typeof createTaxonomyService>;
