import { sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError, conflict, notFound, preconditionFailed } from '../../core/errors';
import { assertCan } from '../../core/policy';
import { type Database, type Executor, selectRows } from '../../db/client';
import type {
  BudgetKind,
  IndicatorUnit,
  OrganisationKind,
  ProjectStatus,
  Releasability,
  ResultType,
} from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import { toDocument } from './documents.service';
import { selectOrganisation } from './funds.queries';
import { assertOrganisation } from './funds.service';
import * as q from './projects.queries';
import { checkedAmount } from './tf-money';
import { type TrustFundScope, trustFundScope } from './trust-funds.access';
import type { Project, ProjectBody } from './trust-funds.schemas';

const all: TrustFundScope = { records: { kind: 'all' }, donorPartnerId: null };

/** A count or measure of a result (hectares, tonnes, people): a non-negative decimal of at most 4 places. */
function checkedMeasure(value: string | null, field: string): string | null {
  if (value === null) return null;
  if (!/^\d{1,15}(\.\d{1,4})?$/.test(value)) throw new AppError(422, 'indicator.bad_value', { field, value });
  return value;
}

export function summaryOf(row: q.ProjectRow) {
  return {
    id: row.id,
    fund: {
      id: row.fundId,
      code: row.fundCode,
      name: { en: row.fundNameEn, fr: row.fundNameFr },
      currency: row.fundCurrency,
    },
    parentId: row.parentId,
    code: row.code,
    title: { en: row.titleEn, fr: row.titleFr },
    beneficiaryCountry: row.beneficiaryCountry,
    status: row.status as ProjectStatus,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    releasability: row.releasability as Releasability,
    version: row.version,
  };
}

/** A project with its parts, as the caller may see it. */
export async function loadProject(tx: Executor, scope: TrustFundScope, id: string): Promise<Project> {
  const [row] = await q.selectProjects(tx, scope, { id });
  if (!row) throw notFound('tf_project');
  // One after the other: inside a transaction the queries share one connection.
  const leads = await q.selectLeadNations(tx, id);
  const budgets = await q.selectBudgets(tx, id);
  const { indicators, periods } = await q.selectIndicators(tx, id);
  const documents = await q.selectDocuments(tx, id);
  const phases = await q.selectProjects(tx, scope, { parent: id });
  const agency = row.executingAgencyId ? await selectOrganisation(tx, row.executingAgencyId) : undefined;

  const org = (o: { id: string; kind: string; nameEn: string; nameFr: string }) => ({
    id: o.id,
    kind: o.kind as OrganisationKind,
    name: { en: o.nameEn, fr: o.nameFr },
  });
  return {
    ...summaryOf(row),
    parent: row.parentId
      ? {
          id: row.parentId,
          code: row.parentCode ?? '',
          title: { en: row.parentTitleEn ?? '', fr: row.parentTitleFr ?? '' },
        }
      : null,
    phases: phases.map((p) => ({
      id: p.id,
      code: p.code,
      title: { en: p.titleEn, fr: p.titleFr },
      status: p.status as ProjectStatus,
    })),
    objectives: { en: row.objectivesEn, fr: row.objectivesFr },
    beneficiaryPartnerId: row.beneficiaryPartnerId,
    executingAgency: agency ? org(agency) : null,
    leadNations: leads.map(org),
    budgets: budgets.map((b) => ({ ...b, kind: b.kind as BudgetKind })),
    indicators: indicators.map((i) => ({
      id: i.id,
      resultType: i.resultType as ResultType,
      title: { en: i.titleEn, fr: i.titleFr },
      unit: i.unit as IndicatorUnit,
      ascending: i.ascending,
      baselineValue: i.baselineValue,
      baselineYear: i.baselineYear,
      periods: periods.filter((p) => p.indicatorId === i.id).map(({ indicatorId: _i, ...p }) => p),
    })),
    documents: documents.map(toDocument),
    releasableTo: row.releasableTo,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

async function checkProject(
  tx: Executor,
  ctx: RequestContext,
  body: ProjectBody & { fundId: string },
  selfId?: string,
) {
  const [fund] = await selectRows<{ id: string }>(
    tx,
    sql`select id from trust_funds where id = ${body.fundId}::uuid`,
  );
  if (!fund) throw new AppError(422, 'trust_fund.unknown');
  if (await q.projectCodeTaken(tx, body.fundId, body.code, selfId))
    throw conflict('tf_project.duplicate_code', { code: body.code });
  if (body.parentId) {
    if (body.parentId === selfId) throw new AppError(422, 'tf_project.bad_parent');
    const [parent] = await selectRows<{ fundId: string; parentId: string | null }>(
      tx,
      sql`select fund_id as "fundId", parent_id as "parentId" from tf_projects where id = ${body.parentId}::uuid`,
    );
    // A phase belongs to a project of the same fund; phases have no phases of their own.
    if (!parent || parent.fundId !== body.fundId || parent.parentId !== null)
      throw new AppError(422, 'tf_project.bad_parent');
    // A project with phases of its own cannot become a phase.
    if (
      selfId &&
      (await selectRows(tx, sql`select 1 from tf_projects where parent_id = ${selfId}::uuid limit 1`))
        .length > 0
    )
      throw new AppError(422, 'tf_project.bad_parent');
  }
  if (body.executingAgencyId) await assertOrganisation(tx, body.executingAgencyId, 'executingAgencyId');
  for (const [index, id] of body.leadNationIds.entries())
    await assertOrganisation(tx, id, `leadNationIds.${index}`);
  const budgets = body.budgets.map((b, index) => ({
    ...b,
    amount: checkedAmount(b.amount, b.currency, `budgets.${index}.amount`, ctx.actor.locale, {
      allowZero: true,
    }),
  }));
  const indicators = body.indicators.map((indicator, index) => ({
    resultType: indicator.resultType,
    titleEn: indicator.title.en,
    titleFr: indicator.title.fr,
    unit: indicator.unit,
    ascending: indicator.ascending,
    baselineValue: checkedMeasure(indicator.baselineValue, `indicators.${index}.baselineValue`),
    baselineYear: indicator.baselineYear,
    periods: indicator.periods.map((p, n) => ({
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      target: checkedMeasure(p.target, `indicators.${index}.periods.${n}.target`),
      actual: checkedMeasure(p.actual, `indicators.${index}.periods.${n}.actual`),
    })),
  }));
  const [partner] = await selectRows<{ id: string }>(
    tx,
    sql`select id from partners where iso_code = ${body.beneficiaryCountry}`,
  );
  return { budgets, indicators, beneficiaryPartnerId: partner?.id ?? null };
}

function projectColumns(body: ProjectBody & { fundId: string }, beneficiaryPartnerId: string | null) {
  return {
    fundId: body.fundId,
    parentId: body.parentId,
    code: body.code,
    titleEn: body.title.en,
    titleFr: body.title.fr,
    objectivesEn: body.objectives.en,
    objectivesFr: body.objectives.fr,
    beneficiaryCountry: body.beneficiaryCountry,
    beneficiaryPartnerId,
    executingAgencyId: body.executingAgencyId,
    status: body.status,
    startsOn: body.startsOn,
    endsOn: body.endsOn,
    releasability: body.releasability,
    releasableTo: body.releasableTo,
  };
}

/** Creates a project (or a phase) with its parts, audited, in the caller's transaction. */
export async function createProject(tx: Executor, ctx: RequestContext, clock: Clock, body: ProjectBody) {
  const checked = await checkProject(tx, ctx, body);
  const now = clock.now();
  const id = await q.insertProject(tx, {
    ...projectColumns(body, checked.beneficiaryPartnerId),
    createdAt: now,
    updatedAt: now,
  });
  await q.replaceProjectParts(tx, id, { leadNationIds: body.leadNationIds, ...checked });
  const project = await loadProject(tx, all, id);
  await recordAudit(tx, ctx, clock, {
    action: 'tf_project.create',
    entityType: 'tf_project',
    entityId: id,
    partnerId: checked.beneficiaryPartnerId,
    after: project,
  });
  return project;
}

/** Replaces a project's details and parts (If-Match version), audited, in the caller's transaction. */
export async function updateProject(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  id: string,
  version: number,
  body: Omit<ProjectBody, 'fundId'>,
) {
  const row = await q.lockProject(tx, id);
  if (!row) throw notFound('tf_project');
  if (row.version !== version) throw preconditionFailed();
  const merged = { ...body, fundId: row.fundId };
  const checked = await checkProject(tx, ctx, merged, id);
  const before = await loadProject(tx, all, id);
  await q.updateProject(tx, id, {
    ...projectColumns(merged, checked.beneficiaryPartnerId),
    version: row.version + 1,
    updatedAt: clock.now(),
  });
  await q.replaceProjectParts(tx, id, { leadNationIds: body.leadNationIds, ...checked });
  const after = await loadProject(tx, all, id);
  await recordAudit(tx, ctx, clock, {
    action: 'tf_project.update',
    entityType: 'tf_project',
    entityId: id,
    partnerId: checked.beneficiaryPartnerId,
    before,
    after,
  });
  return after;
}

export function createProjectService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async list(
      ctx: RequestContext,
      filter: { fund?: string; country?: string; status?: string; q?: string },
    ) {
      assertCan(ctx.actor, 'trustfund.read');
      const rows = await q.selectProjects(db, trustFundScope(ctx.actor), filter);
      return { items: rows.map(summaryOf), total: rows.length };
    },

    async get(ctx: RequestContext, id: string) {
      assertCan(ctx.actor, 'trustfund.read');
      return loadProject(db, trustFundScope(ctx.actor), id);
    },

    async create(ctx: RequestContext, body: ProjectBody) {
      assertCan(ctx.actor, 'trustfund.write');
      return db.transaction((tx) => createProject(tx, ctx, clock, body));
    },

    async update(ctx: RequestContext, id: string, version: number, body: Omit<ProjectBody, 'fundId'>) {
      assertCan(ctx.actor, 'trustfund.write');
      return db.transaction((tx) => updateProject(tx, ctx, clock, id, version, body));
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;
