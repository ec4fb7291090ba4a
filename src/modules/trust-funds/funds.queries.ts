import { eq, sql } from 'drizzle-orm';
import { foldForSearch } from '../../core/bilingual';
import { type Executor, selectRows } from '../../db/client';
import { organisations, trustFunds } from '../../db/schema';
import { uuidArray } from '../menu/menu.access';
import { releasedSql, type TrustFundScope } from './trust-funds.access';

export interface OrganisationRow {
  id: string;
  kind: string;
  partnerId: string | null;
  isoCode: string | null;
  nameEn: string;
  nameFr: string;
  iatiRef: string | null;
  iatiType: string | null;
  version: number;
}

/** An organisation's names: a partner's are the partner's own. */
const orgColumns = sql`o.id, o.kind, o.partner_id as "partnerId", coalesce(o.iso_code, p.iso_code) as "isoCode",
  coalesce(nullif(o.name_en, ''), p.name_en, '') as "nameEn", coalesce(nullif(o.name_fr, ''), p.name_fr, '') as "nameFr",
  o.iati_ref as "iatiRef", o.iati_type as "iatiType", o.version`;

/**
 * `partner`: a partner liaison's own partner. Its list leaves out the rows of other partners (that a
 * partner gives or leads is that partner's business); member states, agencies and organisations show.
 */
export function selectOrganisations(
  tx: Executor,
  filter: { q?: string; kind?: string; ids?: string[]; partner?: string | null },
) {
  const q = filter.q ? `%${foldForSearch(filter.q)}%` : null;
  const partner = filter.partner ?? null;
  return selectRows<OrganisationRow>(
    tx,
    sql`select ${orgColumns} from organisations o left join partners p on p.id = o.partner_id
        where (${filter.kind ?? null}::text is null or o.kind = ${filter.kind ?? null})
          and (${q}::text is null or lower(coalesce(nullif(o.name_en, ''), p.name_en, '') || ' ' || coalesce(nullif(o.name_fr, ''), p.name_fr, '')) like ${q}
               or p.search_text like ${q})
          and ${filter.ids ? sql`o.id = any(${uuidArray(filter.ids)})` : sql`true`}
          and (${partner}::uuid is null or o.partner_id is null or o.partner_id = ${partner}::uuid)
        order by 5`,
  );
}

export async function selectOrganisation(tx: Executor, id: string) {
  const [row] = await selectOrganisations(tx, { ids: [id] });
  return row;
}

export async function organisationOfPartner(tx: Executor, partnerId: string) {
  const [row] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.partnerId, partnerId));
  return row?.id;
}

export async function insertOrganisation(tx: Executor, values: typeof organisations.$inferInsert) {
  const [row] = await tx.insert(organisations).values(values).returning({ id: organisations.id });
  return row!.id;
}

export async function lockOrganisation(tx: Executor, id: string) {
  const [row] = await tx.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return row;
}

export async function updateOrganisation(
  tx: Executor,
  id: string,
  values: Partial<typeof organisations.$inferInsert>,
) {
  await tx.update(organisations).set(values).where(eq(organisations.id, id));
}

/** The name (English or French, either case) another organisation already goes by, if any. */
export async function organisationNameTaken(
  tx: Executor,
  name: { en: string; fr: string },
  selfId?: string,
): Promise<string | null> {
  const en = name.en.trim().toLowerCase() || null;
  const fr = name.fr.trim().toLowerCase() || null;
  if (!en && !fr) return null;
  const rows = await selectRows<{ en: string; fr: string }>(
    tx,
    sql`select o.name_en as en, o.name_fr as fr from organisations o
        where o.kind <> 'partner'
          and (lower(o.name_en) = ${en} or lower(o.name_fr) = ${fr})
          and (${selfId ?? null}::uuid is null or o.id <> ${selfId ?? null}::uuid)
        limit 1`,
  );
  const row = rows[0];
  if (!row) return null;
  return en && row.en.trim().toLowerCase() === en ? name.en.trim() : name.fr.trim();
}

export interface FundRow {
  id: string;
  code: string;
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  currency: string;
  status: string;
  beneficiaryPartnerId: string | null;
  beneficiaryNameEn: string | null;
  beneficiaryNameFr: string | null;
  managerOrgId: string | null;
  managerNameEn: string | null;
  managerNameFr: string | null;
  releasability: string;
  releasableTo: string[];
  projectCount: number;
  version: number;
  updatedAt: string;
}

/** The funds the caller may see (all of them, or those released to its partner), by code. */
export function selectFunds(tx: Executor, scope: TrustFundScope, id?: string) {
  return selectRows<FundRow>(
    tx,
    sql`select f.id, f.code, f.name_en as "nameEn", f.name_fr as "nameFr", f.description_en as "descriptionEn",
          f.description_fr as "descriptionFr", f.currency, f.status,
          f.beneficiary_partner_id as "beneficiaryPartnerId", bp.name_en as "beneficiaryNameEn", bp.name_fr as "beneficiaryNameFr",
          f.manager_org_id as "managerOrgId",
          coalesce(nullif(mo.name_en, ''), mp.name_en) as "managerNameEn", coalesce(nullif(mo.name_fr, ''), mp.name_fr) as "managerNameFr",
          f.releasability, f.releasable_to::text[] as "releasableTo",
          (select count(*)::int from tf_projects tp where tp.fund_id = f.id
             and ${releasedSql(scope, { releasability: sql`tp.releasability`, releasableTo: sql`tp.releasable_to` })}) as "projectCount",
          f.version, f.updated_at::text as "updatedAt"
        from trust_funds f
        left join partners bp on bp.id = f.beneficiary_partner_id
        left join organisations mo on mo.id = f.manager_org_id
        left join partners mp on mp.id = mo.partner_id
        where ${releasedSql(scope, { releasability: sql`f.releasability`, releasableTo: sql`f.releasable_to` })}
          and (${id ?? null}::uuid is null or f.id = ${id ?? null}::uuid)
        order by lower(f.code)`,
  );
}

export async function lockFund(tx: Executor, id: string) {
  const [row] = await tx.select().from(trustFunds).where(eq(trustFunds.id, id)).for('update');
  return row;
}

export async function fundCodeTaken(tx: Executor, code: string, selfId?: string) {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`select id from trust_funds where lower(code) = lower(${code}) and (${selfId ?? null}::uuid is null or id <> ${selfId ?? null}::uuid)`,
  );
  return rows.length > 0;
}

export async function insertFund(tx: Executor, values: typeof trustFunds.$inferInsert) {
  const [row] = await tx.insert(trustFunds).values(values).returning({ id: trustFunds.id });
  return row!.id;
}

export async function updateFund(tx: Executor, id: string, values: Partial<typeof trustFunds.$inferInsert>) {
  await tx.update(trustFunds).set(values).where(eq(trustFunds.id, id));
}

export async function fundHasMoney(tx: Executor, fundId: string) {
  const rows = await selectRows<{ one: number }>(
    tx,
    sql`select 1 as one from tf_transactions where fund_id = ${fundId}::uuid limit 1`,
  );
  return rows.length > 0;
}
