import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { partners } from './partners';
import { users } from './users';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Exact decimals, read and written as strings (never JS numbers). */
const money = (name: string) => numeric(name);

/**
 * Who gives, leads, executes or receives money: member states, international organisations, agencies.
 * A partner that gives or leads has a row of its own linked to it (`partner_id`); its names are the
 * partner's (read through the link), so a partner is renamed in one place.
 */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'restrict' }),
    /** ISO 3166-1 alpha-2 of a state. */
    isoCode: text('iso_code'),
    nameEn: text('name_en').notNull().default(''),
    nameFr: text('name_fr').notNull().default(''),
    /** The IATI organisation identifier, e.g. `XM-DAC-7` (Japan) or `XI-IATI-…`. */
    iatiRef: text('iati_ref'),
    /** The IATI OrganisationType code: 10 government, 40 multilateral, 21 international NGO … */
    iatiType: text('iati_type'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_partner_key').on(t.partnerId),
    uniqueIndex('organisations_iso_code_key').on(t.isoCode).where(sql`${t.kind} = 'member_state'`),
  ],
);

/** A trust fund: a pool of voluntary contributions that finances projects in partner countries. */
export const trustFunds = pgTable(
  'trust_funds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    nameEn: text('name_en').notNull(),
    nameFr: text('name_fr').notNull(),
    descriptionEn: text('description_en').notNull().default(''),
    descriptionFr: text('description_fr').notNull().default(''),
    /** The fund's account currency: its balance is kept in it. */
    currency: text('currency').notNull(),
    status: text('status').notNull().default('open'),
    /** The beneficiary partner, when the fund serves one (the Afghan National Army Trust Fund). */
    beneficiaryPartnerId: uuid('beneficiary_partner_id').references(() => partners.id),
    managerOrgId: uuid('manager_org_id').references(() => organisations.id),
    releasability: text('releasability').notNull().default('internal'),
    releasableTo: uuid('releasable_to').array().notNull().default(sql`'{}'::uuid[]`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('trust_funds_code_key').on(sql`lower(${t.code})`),
    index('trust_funds_releasable_to_idx').using('gin', t.releasableTo),
  ],
);

/** A project of a fund, or a phase of a project (`parent_id`): the IATI hierarchy fund 1, project 2, phase 3. */
export const tfProjects = pgTable(
  'tf_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => trustFunds.id, { onDelete: 'restrict' }),
    parentId: uuid('parent_id'),
    code: text('code').notNull(),
    titleEn: text('title_en').notNull(),
    titleFr: text('title_fr').notNull(),
    objectivesEn: text('objectives_en').notNull().default(''),
    objectivesFr: text('objectives_fr').notNull().default(''),
    /** ISO 3166-1 alpha-2 of the beneficiary (host) country. */
    beneficiaryCountry: text('beneficiary_country').notNull(),
    /** The partner that country is, when it is one: its liaison sees the project as far as releasability allows. */
    beneficiaryPartnerId: uuid('beneficiary_partner_id').references(() => partners.id),
    executingAgencyId: uuid('executing_agency_id').references(() => organisations.id),
    status: text('status').notNull().default('proposed'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    releasability: text('releasability').notNull().default('internal'),
    releasableTo: uuid('releasable_to').array().notNull().default(sql`'{}'::uuid[]`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tf_projects_code_key').on(t.fundId, sql`lower(${t.code})`),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: 'tf_projects_parent_fk' }),
    index('tf_projects_parent_idx').on(t.parentId),
    index('tf_projects_beneficiary_idx').on(t.beneficiaryCountry),
    index('tf_projects_releasable_to_idx').using('gin', t.releasableTo),
  ],
);

export const tfProjectLeadNations = pgTable(
  'tf_project_lead_nations',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => tfProjects.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.organisationId] }),
    index('tf_lead_org_idx').on(t.organisationId),
  ],
);

/** A project's budget for a period: the original one, and revisions. */
export const tfBudgets = pgTable(
  'tf_budgets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => tfProjects.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    valueDate: date('value_date').notNull(),
  },
  (t) => [
    uniqueIndex('tf_budgets_period_key').on(t.projectId, t.kind, t.periodStart),
    check('tf_budgets_amount_check', sql`${t.amount} >= 0`),
    check('tf_budgets_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);

/** A project's document (agreement, report, feasibility study). */
export const tfDocuments = pgTable(
  'tf_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => tfProjects.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    titleEn: text('title_en').notNull().default(''),
    titleFr: text('title_fr').notNull().default(''),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tf_documents_project_idx').on(t.projectId),
    index('tf_documents_uploaded_by_idx').on(t.uploadedBy),
  ],
);

/**
 * Money, in IATI's vocabulary: incoming pledge, incoming commitment, incoming funds, disbursement (fund →
 * project), expenditure. The amount is exact in its own currency; the rate used to bring it to the base
 * currency (units per 1 base on `rate_date`, from `rate_source`) and the result are kept with it.
 */
export const tfTransactions = pgTable(
  'tf_transactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => trustFunds.id, { onDelete: 'restrict' }),
    projectId: uuid('project_id').references(() => tfProjects.id, { onDelete: 'restrict' }),
    type: text('type').notNull(),
    /** The donor of incoming money, the payee of an expenditure; none for a disbursement (fund → project). */
    partyId: uuid('party_id').references(() => organisations.id),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    valueDate: date('value_date').notNull(),
    rate: money('rate').notNull(),
    rateDate: date('rate_date').notNull(),
    rateSource: text('rate_source').notNull(),
    amountBase: money('amount_base').notNull(),
    /** The pledge a commitment or a payment fulfils. */
    pledgeId: uuid('pledge_id'),
    earmarkEn: text('earmark_en').notNull().default(''),
    earmarkFr: text('earmark_fr').notNull().default(''),
    reference: text('reference').notNull().default(''),
    /** A disbursement beyond the fund's balance, accepted because the policy flags rather than refuses. */
    overBalance: boolean('over_balance').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tf_transactions_fund_idx').on(t.fundId, t.type),
    index('tf_transactions_project_idx').on(t.projectId, t.type),
    index('tf_transactions_party_idx').on(t.partyId, t.type, t.valueDate),
    foreignKey({ columns: [t.pledgeId], foreignColumns: [t.id], name: 'tf_transactions_pledge_fk' }),
    index('tf_transactions_pledge_idx').on(t.pledgeId),
    index('tf_transactions_created_by_idx').on(t.createdBy),
    // The list's keyset order: a page reads `limit` entries from wherever its cursor points.
    index('tf_transactions_list_idx').on(t.valueDate.desc(), t.createdAt.desc(), t.id.desc()),
    // The reports' one pass over the money, read from the index alone (drizzle has no INCLUDE: all keys).
    index('tf_transactions_report_idx').on(
      t.type,
      t.valueDate,
      t.partyId,
      t.fundId,
      t.projectId,
      t.pledgeId,
      t.rateSource,
      t.amountBase,
      t.id,
    ),
    check('tf_transactions_amount_check', sql`${t.amount} > 0`),
    check('tf_transactions_rate_check', sql`${t.rate} > 0`),
  ],
);

/** Reference exchange rates: units of `currency` per 1 unit of the base currency on `rate_date`. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    currency: text('currency').notNull(),
    rateDate: date('rate_date').notNull(),
    rate: money('rate').notNull(),
    source: text('source').notNull(),
    importId: uuid('import_id').references(() => rateImports.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.currency, t.rateDate] }),
    index('exchange_rates_import_idx').on(t.importId),
    check('exchange_rates_rate_check', sql`${t.rate} > 0`),
  ],
);

/** One exchange-rate file imported: what it held and who imported it. */
export const rateImports = pgTable(
  'rate_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileName: text('file_name').notNull(),
    source: text('source').notNull(),
    rows: integer('rows').notNull(),
    currencies: text('currencies').array().notNull(),
    firstDate: date('first_date').notNull(),
    lastDate: date('last_date').notNull(),
    importedBy: uuid('imported_by').references(() => users.id, { onDelete: 'set null' }),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rate_imports_imported_by_idx').on(t.importedBy)],
);

/** A project's result indicator: what is counted (hectares cleared, tonnes destroyed, people trained). */
export const tfIndicators = pgTable(
  'tf_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => tfProjects.id, { onDelete: 'cascade' }),
    resultType: text('result_type').notNull(),
    titleEn: text('title_en').notNull(),
    titleFr: text('title_fr').notNull(),
    unit: text('unit').notNull(),
    ascending: boolean('ascending').notNull().default(true),
    baselineValue: money('baseline_value'),
    baselineYear: smallint('baseline_year'),
    position: smallint('position').notNull().default(0),
  },
  (t) => [index('tf_indicators_project_idx').on(t.projectId, t.position)],
);

/** An indicator's target and actual for a period. */
export const tfIndicatorPeriods = pgTable(
  'tf_indicator_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => tfIndicators.id, { onDelete: 'cascade' }),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    target: money('target'),
    actual: money('actual'),
  },
  (t) => [
    uniqueIndex('tf_indicator_periods_key').on(t.indicatorId, t.periodStart),
    check('tf_indicator_periods_check', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);
