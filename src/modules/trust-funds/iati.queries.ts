import { type SQL, sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../../db/client';
import { uuidArray } from '../menu/menu.access';
import { moneySql, releasedSql, type TrustFundScope } from './trust-funds.access';

/** An organisation as IATI names it: its identifier, its type and both names (a partner's are the partner's). */
export interface IatiOrgRow {
  ref: string | null;
  type: string | null;
  nameEn: string;
  nameFr: string;
}

/**
 * The columns of an organisation `o` joined to its partner `p`, prefixed. A member state, or a partner
 * that is a country, is a government (OrganisationType 10) when no type is recorded.
 */
const orgColumns = (o: string, p: string, prefix: string) =>
  sql.raw(`${o}.iati_ref as "${prefix}Ref",
    coalesce(${o}.iati_type, case when ${o}.kind = 'member_state' or ${p}.kind = 'country' then '10' end) as "${prefix}Type",
    coalesce(nullif(${o}.name_en, ''), ${p}.name_en, '') as "${prefix}NameEn",
    coalesce(nullif(${o}.name_fr, ''), ${p}.name_fr, '') as "${prefix}NameFr"`);

const utc = (column: string) =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

const released = (scope: TrustFundScope, alias: string) =>
  releasedSql(scope, {
    releasability: sql.raw(`${alias}.releasability`),
    releasableTo: sql.raw(`${alias}.releasable_to`),
  });

type Prefixed<P extends string> = {
  [K in keyof IatiOrgRow as `${P}${Capitalize<K & string>}`]: IatiOrgRow[K] | null;
};

export type IatiFundRow = {
  id: string;
  code: string;
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  currency: string;
  status: string;
  /** The beneficiary partner's ISO code, when it is a country. */
  recipientCountry: string | null;
  managerId: string | null;
  createdOn: string;
  updatedAt: string;
} & Prefixed<'manager'>;

/** The funds the caller may see (one, or all of them), by code. */
export function selectIatiFunds(tx: Executor, scope: TrustFundScope, id?: string) {
  return selectRows<IatiFundRow>(
    tx,
    sql`select f.id, f.code, f.name_en as "nameEn", f.name_fr as "nameFr", f.description_en as "descriptionEn",
          f.description_fr as "descriptionFr", f.currency, f.status,
          case when bp.kind = 'country' then bp.iso_code end as "recipientCountry",
          f.manager_org_id as "managerId", ${orgColumns('mo', 'mp', 'manager')},
          f.created_at::date::text as "createdOn", ${utc('f.updated_at')} as "updatedAt"
        from trust_funds f
        left join partners bp on bp.id = f.beneficiary_partner_id
        left join organisations mo on mo.id = f.manager_org_id
        left join partners mp on mp.id = mo.partner_id
        where ${released(scope, 'f')}
          and (${id ?? null}::uuid is null or f.id = ${id ?? null}::uuid)
        order by lower(f.code)`,
  );
}

export type IatiProjectRow = {
  id: string;
  fundId: string;
  parentId: string | null;
  code: string;
  titleEn: string;
  titleFr: string;
  objectivesEn: string;
  objectivesFr: string;
  beneficiaryCountry: string;
  status: string;
  startsOn: string | null;
  endsOn: string | null;
  agencyId: string | null;
  createdOn: string;
  updatedAt: string;
} & Prefixed<'agency'>;

/** The projects and phases of these funds that the caller may see (a phase only under a project it sees). */
export function selectIatiProjects(tx: Executor, scope: TrustFundScope, fundIds: string[]) {
  return selectRows<IatiProjectRow>(
    tx,
    sql`select tp.id, tp.fund_id as "fundId", tp.parent_id as "parentId", tp.code, tp.title_en as "titleEn",
          tp.title_fr as "titleFr", tp.objectives_en as "objectivesEn", tp.objectives_fr as "objectivesFr",
          tp.beneficiary_country as "beneficiaryCountry", tp.status, tp.starts_on::text as "startsOn",
          tp.ends_on::text as "endsOn", tp.executing_agency_id as "agencyId", ${orgColumns('ao', 'ap', 'agency')},
          tp.created_at::date::text as "createdOn", ${utc('tp.updated_at')} as "updatedAt"
        from tf_projects tp
        left join tf_projects pp on pp.id = tp.parent_id
        left join organisations ao on ao.id = tp.executing_agency_id
        left join partners ap on ap.id = ao.partner_id
        where tp.fund_id = any(${uuidArray(fundIds)})
          and ${released(scope, 'tp')}
          and (pp.id is null or ${released(scope, 'pp')})
        order by lower(tp.code)`,
  );
}

export type IatiLeadNationRow = { projectId: string } & Prefixed<'org'>;

export function selectIatiLeadNations(tx: Executor, projectIds: string[]) {
  return selectRows<IatiLeadNationRow>(
    tx,
    sql`select l.project_id as "projectId", ${orgColumns('o', 'p', 'org')}
        from tf_project_lead_nations l join organisations o on o.id = l.organisation_id
        left join partners p on p.id = o.partner_id
        where l.project_id = any(${uuidArray(projectIds)})
        order by 4`,
  );
}

export interface IatiBudgetRow {
  projectId: string;
  kind: string;
  periodStart: string;
  periodEnd: string;
  amount: string;
  currency: string;
  valueDate: string;
}

export function selectIatiBudgets(tx: Executor, projectIds: string[]) {
  return selectRows<IatiBudgetRow>(
    tx,
    sql`select project_id as "projectId", kind, period_start::text as "periodStart", period_end::text as "periodEnd",
          amount::text as amount, currency, value_date::text as "valueDate"
        from tf_budgets where project_id = any(${uuidArray(projectIds)})
        order by period_start, kind, currency`,
  );
}

export interface IatiIndicatorRow {
  id: string;
  projectId: string;
  resultType: string;
  titleEn: string;
  titleFr: string;
  unit: string;
  ascending: boolean;
  baselineValue: string | null;
  baselineYear: number | null;
  periods: { start: string; end: string; target: string | null; actual: string | null }[];
}

export function selectIatiIndicators(tx: Executor, projectIds: string[]) {
  return selectRows<IatiIndicatorRow>(
    tx,
    sql`select i.id, i.project_id as "projectId", i.result_type as "resultType", i.title_en as "titleEn",
          i.title_fr as "titleFr", i.unit, i.ascending, i.baseline_value::text as "baselineValue",
          i.baseline_year::int as "baselineYear",
          coalesce((select json_agg(json_build_object('start', ip.period_start::text, 'end', ip.period_end::text,
                      'target', ip.target::text, 'actual', ip.actual::text) order by ip.period_start)
                    from tf_indicator_periods ip where ip.indicator_id = i.id), '[]'::json) as periods
        from tf_indicators i where i.project_id = any(${uuidArray(projectIds)})
        order by i.project_id, i.position`,
  );
}

export type IatiTransactionRow = {
  id: string;
  fundId: string;
  /** The project or phase, when the caller sees it. */
  projectId: string | null;
  type: string;
  amount: string;
  currency: string;
  valueDate: string;
  earmarkEn: string;
  earmarkFr: string;
  reference: string;
  partyId: string | null;
  updatedAt: string;
} & Prefixed<'party'>;

/**
 * The money of these funds the caller may see (everything, or a liaison's own partner's contributions),
 * oldest first. A project the caller may not see is not named.
 */
export function selectIatiTransactions(tx: Executor, scope: TrustFundScope, fundIds: string[]) {
  const projectShown: SQL = sql`(tp.id is not null and ${released(scope, 'tp')})`;
  return selectRows<IatiTransactionRow>(
    tx,
    sql`select t.id, t.fund_id as "fundId", case when ${projectShown} then t.project_id end as "projectId",
          t.type, t.amount::text as amount, t.currency, t.value_date::text as "valueDate",
          t.earmark_en as "earmarkEn", t.earmark_fr as "earmarkFr", t.reference,
          t.party_id as "partyId", ${orgColumns('o', 'p', 'party')}, ${utc('t.updated_at')} as "updatedAt"
        from tf_transactions t
        left join tf_projects tp on tp.id = t.project_id
        left join organisations o on o.id = t.party_id
        left join partners p on p.id = o.partner_id
        where t.fund_id = any(${uuidArray(fundIds)})
          and ${moneySql(scope, sql`t.party_id`, sql`t.type`)}
        order by t.value_date, t.created_at, t.id`,
  );
}
