import { sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../../db/client';

/** The IATI import's look-ups (iati-import.service.ts); each runs in the import's transaction. */

/** An organisation by IATI identifier (any case), else by its name in either language (a partner's included). */
export async function findOrganisation(
  tx: Executor,
  ref: string | undefined,
  name: { en: string; fr: string },
) {
  if (ref) {
    const [byRef] = await selectRows<{ id: string }>(
      tx,
      sql`select id from organisations where lower(iati_ref) = lower(${ref}) order by created_at limit 1`,
    );
    if (byRef) return byRef.id;
  }
  const en = name.en.trim().toLowerCase() || null;
  const fr = name.fr.trim().toLowerCase() || null;
  if (!en && !fr) return undefined;
  const [byName] = await selectRows<{ id: string }>(
    tx,
    sql`select o.id from organisations o left join partners p on p.id = o.partner_id
        where lower(coalesce(nullif(o.name_en, ''), p.name_en, '')) = ${en}
           or lower(coalesce(nullif(o.name_fr, ''), p.name_fr, '')) = ${fr}
        order by o.created_at limit 1`,
  );
  return byName?.id;
}

/** A partner going by this name (either language) that has no organisation row yet. */
export async function findPartnerWithoutOrganisation(tx: Executor, name: { en: string; fr: string }) {
  const en = name.en.trim().toLowerCase() || null;
  const fr = name.fr.trim().toLowerCase() || null;
  if (!en && !fr) return undefined;
  const [row] = await selectRows<{ id: string }>(
    tx,
    sql`select p.id from partners p
        where (lower(p.name_en) = ${en} or lower(p.name_fr) = ${fr})
          and not exists (select 1 from organisations o where o.partner_id = p.id)
        limit 1`,
  );
  return row?.id;
}

/** The partner that is the country of this ISO code. */
export async function countryPartner(tx: Executor, isoCode: string) {
  const [row] = await selectRows<{ id: string }>(
    tx,
    sql`select id from partners where iso_code = ${isoCode} and kind = 'country' limit 1`,
  );
  return row?.id ?? null;
}

export interface ImportFundRow {
  id: string;
  code: string;
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  currency: string;
  status: string;
  beneficiaryPartnerId: string | null;
  managerOrgId: string | null;
  version: number;
}

/** A fund by code (any case). */
export async function fundByCode(tx: Executor, code: string) {
  const [row] = await selectRows<ImportFundRow>(
    tx,
    sql`select id, code, name_en as "nameEn", name_fr as "nameFr", description_en as "descriptionEn",
          description_fr as "descriptionFr", currency, status, beneficiary_partner_id as "beneficiaryPartnerId",
          manager_org_id as "managerOrgId", version
        from trust_funds where lower(code) = lower(${code}) for update`,
  );
  return row;
}

/** A project (or phase) by its fund and code (any case). */
export async function projectByCode(tx: Executor, fundId: string, code: string) {
  const [row] = await selectRows<{ id: string }>(
    tx,
    sql`select id from tf_projects where fund_id = ${fundId}::uuid and lower(code) = lower(${code})`,
  );
  return row?.id;
}

/** A project by the IATI identifier the export gives it: `{publisher}-{fund code}-{project code}`. */
export async function projectByIdentifier(tx: Executor, publisherRef: string, identifier: string) {
  const [row] = await selectRows<{ id: string; fundId: string; fundCode: string; parentId: string | null }>(
    tx,
    sql`select p.id, p.fund_id as "fundId", f.code as "fundCode", p.parent_id as "parentId" from tf_projects p
        join trust_funds f on f.id = p.fund_id
        where lower(${publisherRef} || '-' || f.code || '-' || p.code) = lower(${identifier})
           or lower(f.code || '-' || p.code) = lower(${identifier}) or lower(p.code) = lower(${identifier})
        order by 1 limit 1`,
  );
  return row;
}

/** Whether the same movement of money is already recorded (an import run twice writes it once). */
export async function transactionExists(
  tx: Executor,
  t: {
    fundId: string;
    projectId: string | null;
    type: string;
    valueDate: string;
    amount: string;
    currency: string;
    partyId: string | null;
    reference: string;
  },
) {
  const rows = await selectRows<{ one: number }>(
    tx,
    sql`select 1 as one from tf_transactions
        where fund_id = ${t.fundId}::uuid and project_id is not distinct from ${t.projectId}::uuid
          and type = ${t.type} and value_date = ${t.valueDate}::date and amount = ${t.amount}::numeric
          and currency = ${t.currency} and party_id is not distinct from ${t.partyId}::uuid
          and reference = ${t.reference}
        limit 1`,
  );
  return rows.length > 0;
}
