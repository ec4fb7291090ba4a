import { eq, sql } from 'drizzle-orm';
import { foldForSearch } from '../../core/bilingual';
import { type Executor, selectRows } from '../../db/client';
import {
  tfBudgets,
  tfIndicatorPeriods,
  tfIndicators,
  tfProjectLeadNations,
  tfProjects,
} from '../../db/schema';
import { releasedSql, type TrustFundScope } from './trust-funds.access';

export interface ProjectRow {
  id: string;
  fundId: string;
  fundCode: string;
  fundNameEn: string;
  fundNameFr: string;
  fundCurrency: string;
  parentId: string | null;
  parentCode: string | null;
  parentTitleEn: string | null;
  parentTitleFr: string | null;
  code: string;
  titleEn: string;
  titleFr: string;
  objectivesEn: string;
  objectivesFr: string;
  beneficiaryCountry: string;
  beneficiaryPartnerId: string | null;
  executingAgencyId: string | null;
  status: string;
  startsOn: string | null;
  endsOn: string | null;
  releasability: string;
  releasableTo: string[];
  version: number;
  updatedAt: string;
}

const projectVisible = (scope: TrustFundScope) =>
  sql`${releasedSql(scope, { releasability: sql`tp.releasability`, releasableTo: sql`tp.releasable_to` })}`;

/** The projects (and phases) the caller may see, by fund and code. */
export function selectProjects(
  tx: Executor,
  scope: TrustFundScope,
  filter: { id?: string; fund?: string; country?: string; status?: string; q?: string; parent?: string },
) {
  const q = filter.q ? `%${foldForSearch(filter.q)}%` : null;
  return selectRows<ProjectRow>(
    tx,
    sql`select tp.id, tp.fund_id as "fundId", f.code as "fundCode", f.name_en as "fundNameEn", f.name_fr as "fundNameFr",
          f.currency as "fundCurrency", tp.parent_id as "parentId", pp.code as "parentCode",
          pp.title_en as "parentTitleEn", pp.title_fr as "parentTitleFr",
          tp.code, tp.title_en as "titleEn", tp.title_fr as "titleFr", tp.objectives_en as "objectivesEn",
          tp.objectives_fr as "objectivesFr", tp.beneficiary_country as "beneficiaryCountry",
          tp.beneficiary_partner_id as "beneficiaryPartnerId", tp.executing_agency_id as "executingAgencyId",
          tp.status, tp.starts_on::text as "startsOn", tp.ends_on::text as "endsOn", tp.releasability,
          tp.releasable_to::text[] as "releasableTo", tp.version, tp.updated_at::text as "updatedAt"
        from tf_projects tp
        join trust_funds f on f.id = tp.fund_id
        left join tf_projects pp on pp.id = tp.parent_id
        where ${projectVisible(scope)}
          and (${filter.id ?? null}::uuid is null or tp.id = ${filter.id ?? null}::uuid)
          and (${filter.fund ?? null}::uuid is null or tp.fund_id = ${filter.fund ?? null}::uuid)
          and (${filter.parent ?? null}::uuid is null or tp.parent_id = ${filter.parent ?? null}::uuid)
          and (${filter.country ?? null}::text is null or tp.beneficiary_country = ${filter.country ?? null})
          and (${filter.status ?? null}::text is null or tp.status = ${filter.status ?? null})
          and (${q}::text is null or lower(tp.code || ' ' || tp.title_en || ' ' || tp.title_fr) like ${q})
        order by lower(f.code), lower(coalesce(pp.code, tp.code)), tp.parent_id nulls first, lower(tp.code)`,
  );
}

export async function lockProject(tx: Executor, id: string) {
  const [row] = await tx.select().from(tfProjects).where(eq(tfProjects.id, id)).for('update');
  return row;
}

export async function projectCodeTaken(tx: Executor, fundId: string, code: string, selfId?: string) {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`select id from tf_projects where fund_id = ${fundId}::uuid and lower(code) = lower(${code})
          and (${selfId ?? null}::uuid is null or id <> ${selfId ?? null}::uuid)`,
  );
  return rows.length > 0;
}

export async function insertProject(tx: Executor, values: typeof tfProjects.$inferInsert) {
  const [row] = await tx.insert(tfProjects).values(values).returning({ id: tfProjects.id });
  return row!.id;
}

export async function updateProject(
  tx: Executor,
  id: string,
  values: Partial<typeof tfProjects.$inferInsert>,
) {
  await tx.update(tfProjects).set(values).where(eq(tfProjects.id, id));
}

export function selectLeadNations(tx: Executor, projectId: string) {
  return selectRows<{ id: string; kind: string; nameEn: string; nameFr: string }>(
    tx,
    sql`select o.id, o.kind, coalesce(nullif(o.name_en, ''), p.name_en, '') as "nameEn",
          coalesce(nullif(o.name_fr, ''), p.name_fr, '') as "nameFr"
        from tf_project_lead_nations l join organisations o on o.id = l.organisation_id
        left join partners p on p.id = o.partner_id
        where l.project_id = ${projectId}::uuid order by 3`,
  );
}

export function selectBudgets(tx: Executor, projectId: string) {
  return tx
    .select({
      kind: tfBudgets.kind,
      periodStart: tfBudgets.periodStart,
      periodEnd: tfBudgets.periodEnd,
      amount: tfBudgets.amount,
      currency: tfBudgets.currency,
      valueDate: tfBudgets.valueDate,
    })
    .from(tfBudgets)
    .where(eq(tfBudgets.projectId, projectId))
    .orderBy(tfBudgets.periodStart, tfBudgets.kind);
}

export async function selectIndicators(tx: Executor, projectId: string) {
  const indicators = await tx
    .select()
    .from(tfIndicators)
    .where(eq(tfIndicators.projectId, projectId))
    .orderBy(tfIndicators.position);
  const periods = await selectRows<{
    indicatorId: string;
    periodStart: string;
    periodEnd: string;
    target: string | null;
    actual: string | null;
  }>(
    tx,
    sql`select ip.indicator_id as "indicatorId", ip.period_start::text as "periodStart", ip.period_end::text as "periodEnd",
          ip.target::text as target, ip.actual::text as actual
        from tf_indicator_periods ip join tf_indicators i on i.id = ip.indicator_id
        where i.project_id = ${projectId}::uuid order by ip.period_start`,
  );
  return { indicators, periods };
}

/** Replaces a project's lead nations, budgets and indicators with the given ones. */
export async function replaceProjectParts(
  tx: Executor,
  projectId: string,
  parts: {
    leadNationIds: string[];
    budgets: Omit<typeof tfBudgets.$inferInsert, 'projectId'>[];
    indicators: (Omit<typeof tfIndicators.$inferInsert, 'projectId' | 'position'> & {
      periods: Omit<typeof tfIndicatorPeriods.$inferInsert, 'indicatorId'>[];
    })[];
  },
) {
  await tx.delete(tfProjectLeadNations).where(eq(tfProjectLeadNations.projectId, projectId));
  await tx.delete(tfBudgets).where(eq(tfBudgets.projectId, projectId));
  await tx.delete(tfIndicators).where(eq(tfIndicators.projectId, projectId));
  if (parts.leadNationIds.length > 0)
    await tx
      .insert(tfProjectLeadNations)
      .values(parts.leadNationIds.map((organisationId) => ({ projectId, organisationId })));
  if (parts.budgets.length > 0)
    await tx.insert(tfBudgets).values(parts.budgets.map((b) => ({ ...b, projectId })));
  for (const [position, { periods, ...indicator }] of parts.indicators.entries()) {
    const [row] = await tx
      .insert(tfIndicators)
      .values({ ...indicator, projectId, position })
      .returning({ id: tfIndicators.id });
    if (periods.length > 0)
      await tx.insert(tfIndicatorPeriods).values(periods.map((p) => ({ ...p, indicatorId: row!.id })));
  }
}

export function selectDocuments(tx: Executor, projectId: string) {
  return selectRows<{
    id: string;
    category: string;
    titleEn: string;
    titleFr: string;
    fileName: string;
    contentType: string;
    size: number;
    createdAt: string;
  }>(
    tx,
    sql`select id, category, title_en as "titleEn", title_fr as "titleFr", file_name as "fileName",
          content_type as "contentType", size, created_at::text as "createdAt"
        from tf_documents where project_id = ${projectId}::uuid order by created_at`,
  );
}
