import { randomUUID } from 'node:crypto';
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { randomSecret, sha256 } from '../src/core/secrets';
import { type Database, selectRows } from '../src/db/client';
import {
  apiTokens,
  organisations,
  tfBudgets,
  tfProjectLeadNations,
  tfProjects,
  trustFunds,
  users,
} from '../src/db/schema';
import type { OrganisationKind, ProjectStatus } from '../src/shared/enums';
import { BASE, type DonorPlan, dayOf, isoOf, picker, type Rnd } from './trust-funds-plan';

/**
 * Who gives, executes and receives in the trust-fund bench (trust-funds-generate.ts): member states
 * and donor partners (organisations of their own, as `organisationForPartner` makes them), agencies,
 * ~10 funds in EUR or USD, projects and their phases with budgets and lead nations, and a partner
 * liaison of the largest donor partner with an API token. The columns are what the module's writes
 * set (`createOrganisation`, `insertFund`, `createProject` with `replaceProjectParts`), without the
 * audit events.
 */

const memberStates =
  `AL Albania Albanie|BE Belgium Belgique|BG Bulgaria Bulgarie|CA Canada Canada|HR Croatia Croatie|CZ Czechia Tchéquie|DK Denmark Danemark|EE Estonia Estonie|FI Finland Finlande|FR France France|DE Germany Allemagne|GR Greece Grèce|HU Hungary Hongrie|IS Iceland Islande|IT Italy Italie|LV Latvia Lettonie|LT Lithuania Lituanie|LU Luxembourg Luxembourg|ME Montenegro Monténégro|NL Netherlands Pays-Bas|MK North_Macedonia Macédoine_du_Nord|NO Norway Norvège|PL Poland Pologne|PT Portugal Portugal|RO Romania Roumanie|SK Slovakia Slovaquie|SI Slovenia Slovénie|ES Spain Espagne|SE Sweden Suède|TR Türkiye Türkiye|GB United_Kingdom Royaume-Uni|US United_States États-Unis`
    .split('|')
    .map((line) => {
      const [iso, en, fr] = line.split(' ').map((s) => s.replace(/_/g, ' ')) as [string, string, string];
      const currency = { US: 'USD', GB: 'GBP', CA: 'CAD', NO: 'NOK', SE: 'SEK', PL: 'PLN' }[iso] ?? BASE;
      return { iso, en, fr, currency };
    });

const agencies: [OrganisationKind, string, string][] = [
  ['agency', 'NATO Support and Procurement Agency', 'Agence OTAN de soutien et d’acquisition'],
  [
    'international_organisation',
    'United Nations Development Programme',
    'Programme des Nations Unies pour le développement',
  ],
  [
    'international_organisation',
    'Organization for Security and Co-operation in Europe',
    'Organisation pour la sécurité et la coopération en Europe',
  ],
  [
    'international_organisation',
    'United Nations Mine Action Service',
    'Service de la lutte antimines des Nations Unies',
  ],
  ['ngo', 'ITF Enhancing Human Security', 'ITF Enhancing Human Security'],
  ['ngo', 'The HALO Trust', 'The HALO Trust'],
  ['ngo', 'Mines Advisory Group', 'Mines Advisory Group'],
  [
    'ngo',
    'Geneva International Centre for Humanitarian Demining',
    'Centre international de déminage humanitaire de Genève',
  ],
];

/** Code, currency, weight (its share of projects and donors), theme EN, theme FR. */
const fundTable: [string, string, number, string, string][] = [
  ['ASM', 'EUR', 14, 'Ammunition stockpile management', 'Gestion des stocks de munitions'],
  ['DEMINE', 'EUR', 12, 'Explosive ordnance disposal', 'Neutralisation des engins explosifs'],
  ['ANA', 'USD', 10, 'Army literacy and training', 'Alphabétisation et formation de l’armée'],
  [
    'SALW',
    'EUR',
    9,
    'Small arms and light weapons destruction',
    'Destruction d’armes légères et de petit calibre',
  ],
  ['DEEP', 'EUR', 8, 'Defence education enhancement', 'Renforcement de l’enseignement de la défense'],
  ['REINT', 'USD', 7, 'Peace and reintegration', 'Paix et réintégration'],
  [
    'PEST',
    'EUR',
    6,
    'Pesticide and hazardous chemicals destruction',
    'Destruction de pesticides et de produits chimiques dangereux',
  ],
  ['BI', 'EUR', 6, 'Building integrity', 'Renforcement de l’intégrité'],
  ['MED', 'USD', 5, 'Medical rehabilitation', 'Réadaptation médicale'],
  ['CYBER', 'EUR', 4, 'Cyber defence capacity', 'Capacités de cyberdéfense'],
];

/** Inserts rows `per` at a time as one JSON parameter (`json_populate_recordset` over the table's row type). */
export async function insertJson<T extends PgTable>(
  db: Database,
  table: T,
  rows: T['$inferInsert'][],
  per = 5000,
) {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(rows[0] ?? {});
  const names = keys.map((key) => columns[key]!.name);
  const list = sql.raw(names.map((name) => `"${name}"`).join(', '));
  const name = sql.identifier(getTableName(table));
  for (let start = 0; start < rows.length; start += per) {
    const chunk = rows.slice(start, start + per).map((row) => {
      const out: Record<string, unknown> = {};
      keys.forEach((key, i) => {
        out[names[i]!] = (row as Record<string, unknown>)[key] ?? null;
      });
      return out;
    });
    await db.execute(
      sql`insert into ${name} (${list}) select ${list} from json_populate_recordset(null::${name}, ${JSON.stringify(chunk)}::json)`,
    );
  }
}

export interface RegisterOptions {
  now: Date;
  firstDay: number;
  lastDay: number;
  donors: number;
  projects: number;
}

export async function generateRegister(db: Database, rnd: Rnd, options: RegisterOptions) {
  const { now, firstDay, lastDay } = options;
  const lastYear = now.getUTCFullYear();
  const members = Math.min(
    memberStates.length,
    options.donors - Math.max(1, Math.round(options.donors * 0.45)),
  );
  const partnerDonors = options.donors - members;
  const memberIsos = new Set(memberStates.map((m) => m.iso));
  const partnerRows = (
    await selectRows<{ id: string; iso: string; nameEn: string; nameFr: string }>(
      db,
      sql`select id, iso_code as iso, name_en as "nameEn", name_fr as "nameFr" from partners where iso_code is not null order by iso_code`,
    )
  ).filter((p) => !memberIsos.has(p.iso));
  const [manager] = await selectRows<{ id: string; hash: string }>(
    db,
    sql`select id, password_hash as hash from users where role = 'trust_fund_manager' order by email limit 1`,
  );
  const orgRows: (typeof organisations.$inferInsert)[] = [
    ...memberStates
      .slice(0, members)
      .map((m) => ({ kind: 'member_state', isoCode: m.iso, nameEn: m.en, nameFr: m.fr })),
    ...partnerRows.slice(0, partnerDonors).map((p) => ({ kind: 'partner', partnerId: p.id })),
    ...agencies.map(([kind, nameEn, nameFr]) => ({ kind, nameEn, nameFr })),
  ].map((o) => ({ ...o, id: randomUUID(), createdAt: now, updatedAt: now }));
  await db.insert(organisations).values(orgRows);
  const payees = agencies.map((_, i) => options.donors + i);

  // Donor sizes fall off like a power law, in a shuffled order (member states and partners alike).
  const weights = Array.from({ length: options.donors }, (_, i) => 1 / (i + 1) ** 0.8);
  for (let i = weights.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [weights[i], weights[j]] = [weights[j]!, weights[i]!];
  }
  const pickFund = picker(
    rnd,
    fundTable.map((_, i) => i),
    (i) => fundTable[i]![2],
  );
  const donors: DonorPlan[] = weights.map((weight, i) => {
    const partnerCurrency = rnd.pick(['JPY', 'JPY', 'USD', 'CHF', 'CHF', 'EUR', 'GBP', 'NOK']);
    const from =
      rnd.next() < 0.7 ? firstDay : dayOf(`${lastYear - 19 + rnd.int(1, 9)}-01-01`) + rnd.int(0, 200);
    const funds = [...new Set(Array.from({ length: rnd.int(1, 4) }, pickFund))];
    const to = rnd.next() < 0.85 ? lastDay : Math.min(lastDay, from + rnd.int(5 * 365, 12 * 365));
    const currency = i < members ? memberStates[i]!.currency : partnerCurrency;
    return { org: i, currency, weight, funds, from, to };
  });
  // The liaison's donor: the largest partner donor, giving to the end.
  const liaisonDonor = [...donors.slice(members)].sort((a, b) => b.weight - a.weight)[0]!;
  liaisonDonor.to = lastDay;

  const fundRows = fundTable.map(([code, currency, , themeEn, themeFr], i) => ({
    id: randomUUID(),
    code: `TF-${code}`,
    nameEn: `${themeEn} Trust Fund`,
    nameFr: `Fonds d’affectation spéciale — ${themeFr.toLowerCase()}`,
    descriptionEn: `Voluntary contributions of Allies and partners for ${themeEn.toLowerCase()} projects.`,
    descriptionFr: `Contributions volontaires des Alliés et des partenaires aux projets : ${themeFr.toLowerCase()}.`,
    currency,
    managerOrgId: orgRows[payees[0]!]!.id!,
    releasability: i === fundTable.length - 1 ? 'internal' : 'public',
    createdAt: now,
    updatedAt: now,
  }));
  await db.insert(trustFunds).values(fundRows);

  // Projects in the partners that receive (none of them a donor); a phase continues an earlier project.
  const beneficiaries = partnerRows.slice(partnerDonors, partnerDonors + 40);
  const projects: {
    id: string;
    fund: number;
    from: number;
    to: number;
    agency: number;
    code: string;
    parent: number;
  }[] = [];
  const projectRows: (typeof tfProjects.$inferInsert)[] = [];
  const budgetRows: (typeof tfBudgets.$inferInsert)[] = [];
  const leadRows: (typeof tfProjectLeadNations.$inferInsert)[] = [];
  const seq = new Map<number, number>();
  const phasesOf = new Map<number, number>();
  for (let i = 0; i < options.projects; i++) {
    const parentIndex = i >= options.projects * 0.2 && rnd.next() < 0.15 ? rnd.int(0, i - 1) : -1;
    const candidate = parentIndex >= 0 ? projects[parentIndex]! : null;
    const parent = candidate && candidate.parent < 0 && candidate.from <= lastDay ? candidate : null;
    const fund = parent ? parent.fund : pickFund();
    const beneficiary = parent
      ? beneficiaries.find((b) => b.iso === projectRows[parentIndex]!.beneficiaryCountry)!
      : rnd.pick(beneficiaries);
    const future = rnd.next() < 0.03;
    const start = parent
      ? Math.min(lastDay - 60, parent.from + rnd.int(365, 730))
      : rnd.int(firstDay, lastDay - 180);
    const from = future ? lastDay + rnd.int(30, 300) : start;
    const to = from + rnd.int(365, 6 * 365);
    const n = (parent ? (phasesOf.get(parentIndex) ?? 1) : (seq.get(fund) ?? 0)) + 1;
    if (parent) phasesOf.set(parentIndex, n);
    else seq.set(fund, n);
    const code = parent ? `${parent.code}-PH${n}` : `TF-${fundTable[fund]![0]}-${String(n).padStart(3, '0')}`;
    const ended: ProjectStatus = rnd.next() < 0.7 ? 'completed' : 'closed';
    const status: ProjectStatus = future
      ? rnd.pick(['proposed', 'approved'] as const)
      : to < lastDay
        ? ended
        : 'in_implementation';
    const [, , , themeEn, themeFr] = fundTable[fund]!;
    const releasability = rnd.weighted([
      ['public', 65],
      ['internal', 25],
      ['releasable', 10],
    ] as const);
    const agency = rnd.pick(payees);
    const id = randomUUID();
    const phase = parent ? `, phase ${n}` : '';
    projects.push({ id, fund, from, to, agency, code, parent: parent ? parentIndex : -1 });
    projectRows.push({
      id,
      fundId: fundRows[fund]!.id,
      parentId: parent?.id ?? null,
      code,
      titleEn: `${themeEn} in ${beneficiary.nameEn}${phase}`,
      titleFr: `${themeFr} (${beneficiary.nameFr})${phase}`,
      objectivesEn: `${themeEn}, with the national authorities and the executing agency; local staff trained to carry it on.`,
      objectivesFr: `${themeFr}, avec les autorités nationales et l’agence d’exécution ; du personnel local formé pour la poursuivre.`,
      beneficiaryCountry: beneficiary.iso,
      beneficiaryPartnerId: beneficiary.id,
      executingAgencyId: orgRows[agency]!.id!,
      status,
      startsOn: isoOf(from),
      endsOn: isoOf(to),
      releasability,
      releasableTo: releasability === 'releasable' ? [beneficiary.id] : [],
      createdAt: now,
      updatedAt: now,
    });
    const budget = (kind: string, factor: number) => ({
      projectId: id,
      kind,
      periodStart: isoOf(from),
      periodEnd: isoOf(to),
      amount: (rnd.int(200, 5000) * 1000 * factor).toFixed(2),
      currency: fundRows[fund]!.currency,
      valueDate: isoOf(from),
    });
    budgetRows.push(budget('original', 1));
    if (rnd.next() < 0.3) budgetRows.push(budget('revised', 0.8 + 0.5 * rnd.next()));
    const leads = new Set([rnd.int(0, options.donors - 1)]);
    if (rnd.next() < 0.4) leads.add(rnd.int(0, options.donors - 1));
    for (const lead of leads) leadRows.push({ projectId: id, organisationId: orgRows[lead]!.id! });
  }
  await insertJson(db, tfProjects, projectRows);
  await insertJson(db, tfBudgets, budgetRows);
  await insertJson(db, tfProjectLeadNations, leadRows);

  const [liaisonUser] = await db
    .insert(users)
    .values({
      email: 'bench-tf-liaison@bench.entente.example',
      displayName: 'Bench trust-fund liaison',
      passwordHash: manager!.hash,
      role: 'partner_liaison',
      partnerId: orgRows[liaisonDonor.org]!.partnerId!,
      locale: 'en',
    })
    .returning({ id: users.id });
  const liaisonToken = `ent_${randomSecret()}`;
  const prefix = liaisonToken.slice(0, 10);
  await db.insert(apiTokens).values({
    userId: liaisonUser!.id,
    name: 'bench-tf-liaison',
    tokenHash: sha256(liaisonToken),
    prefix,
    lastUsedAt: now,
  });
  return {
    managerId: manager!.id,
    orgIds: orgRows.map((o) => o.id!),
    donors,
    payees,
    funds: fundRows,
    projects,
    liaison: { donor: liaisonDonor, token: liaisonToken },
    counts: {
      donors: options.donors,
      memberStateDonors: members,
      partnerDonors,
      organisations: orgRows.length,
      funds: fundRows.length,
      projects: projectRows.length,
      phases: projectRows.filter((p) => p.parentId).length,
      budgets: budgetRows.length,
      leadNations: leadRows.length,
    },
  };
}
