import { z } from 'zod';
import { bilingualOutSchema, bilingualSchema } from '../../core/bilingual';
import {
  budgetKinds,
  documentCategories,
  fundStatuses,
  indicatorUnits,
  organisationKinds,
  projectStatuses,
  releasabilities,
  resultTypes,
  transactionTypes,
} from '../../shared/enums';
import { isIso3166Alpha2 } from '../../shared/iso3166';
import { checkReleasability } from '../../shared/releasability';
import { transactionCursorField } from './transactions.cursor';

const isoDate = z.iso.date({ message: 'date.invalid' });
const isoCode = z.string().refine(isIso3166Alpha2, { message: 'iso.invalid' });
/** The currency's code; whether ISO 4217 knows it is checked with the amount (one message for both). */
export const currencyField = z.string().trim().toUpperCase().max(3);
/** An exact decimal as text ("20000000.00"); its scale is checked against the currency's minor units. */
export const amountField = z.string().trim().min(1).max(40);
const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9.\-_]*$/, { message: 'provider.code_invalid' });

// Organisations ------------------------------------------------------------------------------------

export const organisationBodySchema = z
  .strictObject({
    kind: z.enum(organisationKinds),
    partnerId: z.uuid().nullable().default(null),
    isoCode: isoCode.nullable().default(null),
    name: bilingualSchema(300),
    iatiRef: z.string().trim().max(100).nullable().default(null),
    iatiType: z
      .string()
      .regex(/^\d{2}$/)
      .nullable()
      .default(null),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'partner' && !value.partnerId)
      ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'required' });
    if (value.kind !== 'partner' && value.partnerId)
      ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'organisation.partner_forbidden' });
    if (value.kind !== 'partner' && !value.name.en && !value.name.fr)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'bilingual.at_least_one' });
  });
export type OrganisationBody = z.output<typeof organisationBodySchema>;

export const organisationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(organisationKinds),
  partnerId: z.uuid().nullable(),
  isoCode: z.string().nullable(),
  name: bilingualOutSchema,
  iatiRef: z.string().nullable(),
  iatiType: z.string().nullable(),
  version: z.number().int(),
});
export type Organisation = z.infer<typeof organisationSchema>;
export const organisationListSchema = z.object({ items: z.array(organisationSchema) });
export const organisationListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(organisationKinds).optional(),
});

// Funds --------------------------------------------------------------------------------------------

const fundFields = {
  code,
  name: bilingualSchema(300, { required: true }),
  description: bilingualSchema(8000).default({ en: '', fr: '' }),
  currency: currencyField,
  status: z.enum(fundStatuses).default('open'),
  beneficiaryPartnerId: z.uuid().nullable().default(null),
  managerOrgId: z.uuid().nullable().default(null),
  releasability: z.enum(releasabilities).default('internal'),
  releasableTo: z.array(z.uuid()).max(200).default([]),
};
export const createFundBodySchema = z.strictObject(fundFields).superRefine(checkReleasability);
export type FundBody = z.output<typeof createFundBodySchema>;

export const fundSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: bilingualOutSchema,
  description: bilingualOutSchema,
  currency: z.string(),
  status: z.enum(fundStatuses),
  beneficiaryPartner: z.object({ id: z.uuid(), name: bilingualOutSchema }).nullable(),
  manager: z.object({ id: z.uuid(), name: bilingualOutSchema }).nullable(),
  releasability: z.enum(releasabilities),
  releasableTo: z.array(z.uuid()),
  projectCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Fund = z.infer<typeof fundSchema>;
export const fundListSchema = z.object({ items: z.array(fundSchema) });

// Projects -----------------------------------------------------------------------------------------

const budgetInput = z
  .strictObject({
    kind: z.enum(budgetKinds),
    periodStart: isoDate,
    periodEnd: isoDate,
    amount: amountField,
    currency: currencyField,
    valueDate: isoDate,
  })
  .refine((b) => b.periodEnd >= b.periodStart, { path: ['periodEnd'], message: 'period.end_before_start' });

const indicatorInput = z.strictObject({
  resultType: z.enum(resultTypes),
  title: bilingualSchema(500, { required: true }),
  unit: z.enum(indicatorUnits),
  ascending: z.boolean().default(true),
  baselineValue: amountField.nullable().default(null),
  baselineYear: z.number().int().min(1950).max(2100).nullable().default(null),
  periods: z
    .array(
      z
        .strictObject({
          periodStart: isoDate,
          periodEnd: isoDate,
          target: amountField.nullable().default(null),
          actual: amountField.nullable().default(null),
        })
        .refine((p) => p.periodEnd >= p.periodStart, {
          path: ['periodEnd'],
          message: 'period.end_before_start',
        }),
    )
    .max(100)
    .default([]),
});
export type IndicatorInput = z.output<typeof indicatorInput>;

const projectFields = {
  fundId: z.uuid(),
  parentId: z.uuid().nullable().default(null),
  code,
  title: bilingualSchema(500, { required: true }),
  objectives: bilingualSchema(8000).default({ en: '', fr: '' }),
  beneficiaryCountry: isoCode,
  executingAgencyId: z.uuid().nullable().default(null),
  leadNationIds: z.array(z.uuid()).max(20).default([]),
  status: z.enum(projectStatuses).default('proposed'),
  startsOn: isoDate.nullable().default(null),
  endsOn: isoDate.nullable().default(null),
  budgets: z.array(budgetInput).max(200).default([]),
  indicators: z.array(indicatorInput).max(50).default([]),
  releasability: z.enum(releasabilities).default('internal'),
  releasableTo: z.array(z.uuid()).max(200).default([]),
};
export const createProjectBodySchema = z
  .strictObject(projectFields)
  .superRefine(checkReleasability)
  .refine((p) => !p.startsOn || !p.endsOn || p.endsOn >= p.startsOn, {
    path: ['endsOn'],
    message: 'period.end_before_start',
  });
export type ProjectBody = z.output<typeof createProjectBodySchema>;
/** An update sends the whole project (its budgets and indicators replace the old ones), fund excepted. */
export const updateProjectBodySchema = z
  .strictObject({ ...projectFields, fundId: z.uuid().optional() })
  .superRefine(checkReleasability);

const orgRef = z.object({ id: z.uuid(), name: bilingualOutSchema, kind: z.enum(organisationKinds) });
export const budgetSchema = z.object({
  kind: z.enum(budgetKinds),
  periodStart: z.string(),
  periodEnd: z.string(),
  amount: z.string(),
  currency: z.string(),
  valueDate: z.string(),
});
export const indicatorSchema = z.object({
  id: z.uuid(),
  resultType: z.enum(resultTypes),
  title: bilingualOutSchema,
  unit: z.enum(indicatorUnits),
  ascending: z.boolean(),
  baselineValue: z.string().nullable(),
  baselineYear: z.number().int().nullable(),
  periods: z.array(
    z.object({
      periodStart: z.string(),
      periodEnd: z.string(),
      target: z.string().nullable(),
      actual: z.string().nullable(),
    }),
  ),
});
export const documentSchema = z.object({
  id: z.uuid(),
  category: z.enum(documentCategories),
  title: bilingualOutSchema,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export const projectSchema = z.object({
  id: z.uuid(),
  fund: z.object({ id: z.uuid(), code: z.string(), name: bilingualOutSchema, currency: z.string() }),
  parent: z.object({ id: z.uuid(), code: z.string(), title: bilingualOutSchema }).nullable(),
  phases: z.array(
    z.object({ id: z.uuid(), code: z.string(), title: bilingualOutSchema, status: z.enum(projectStatuses) }),
  ),
  code: z.string(),
  title: bilingualOutSchema,
  objectives: bilingualOutSchema,
  beneficiaryCountry: z.string(),
  beneficiaryPartnerId: z.uuid().nullable(),
  executingAgency: orgRef.nullable(),
  leadNations: z.array(orgRef),
  status: z.enum(projectStatuses),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  budgets: z.array(budgetSchema),
  indicators: z.array(indicatorSchema),
  documents: z.array(documentSchema),
  releasability: z.enum(releasabilities),
  releasableTo: z.array(z.uuid()),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Project = z.infer<typeof projectSchema>;
export const projectSummarySchema = projectSchema
  .pick({
    id: true,
    fund: true,
    code: true,
    title: true,
    beneficiaryCountry: true,
    status: true,
    startsOn: true,
    endsOn: true,
    releasability: true,
    version: true,
  })
  .extend({ parentId: z.uuid().nullable() });
export const projectListSchema = z.object({ items: z.array(projectSummarySchema), total: z.number().int() });
export const projectListQuerySchema = z.strictObject({
  fund: z.uuid().optional(),
  country: isoCode.optional(),
  status: z.enum(projectStatuses).optional(),
  q: z.string().trim().max(200).optional(),
});

// Transactions -------------------------------------------------------------------------------------

export const transactionBodySchema = z.strictObject({
  fundId: z.uuid(),
  projectId: z.uuid().nullable().default(null),
  type: z.enum(transactionTypes),
  partyId: z.uuid().nullable().default(null),
  amount: amountField,
  currency: currencyField,
  valueDate: isoDate,
  pledgeId: z.uuid().nullable().default(null),
  earmark: bilingualSchema(300).default({ en: '', fr: '' }),
  reference: z.string().trim().max(200).default(''),
});
export type TransactionBody = z.output<typeof transactionBodySchema>;

export const transactionSchema = z.object({
  id: z.uuid(),
  fund: z.object({ id: z.uuid(), code: z.string(), name: bilingualOutSchema }),
  project: z.object({ id: z.uuid(), code: z.string(), title: bilingualOutSchema }).nullable(),
  type: z.enum(transactionTypes),
  party: orgRef.nullable(),
  amount: z.string(),
  currency: z.string(),
  valueDate: z.string(),
  /** The rate used: units of `currency` per 1 base unit on `rateDate`, from `rateSource`. */
  rate: z.string(),
  rateDate: z.string(),
  rateSource: z.string(),
  baseCurrency: z.string(),
  amountBase: z.string(),
  pledgeId: z.uuid().nullable(),
  earmark: bilingualOutSchema,
  reference: z.string(),
  overBalance: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Transaction = z.infer<typeof transactionSchema>;
export const transactionListQuerySchema = z.strictObject({
  fund: z.uuid().optional(),
  project: z.uuid().optional(),
  party: z.uuid().optional(),
  type: z.enum(transactionTypes).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** The previous page's `nextCursor`; none for the first page. */
  cursor: transactionCursorField.optional(),
});
export type TransactionListQuery = z.output<typeof transactionListQuerySchema>;
export const transactionListSchema = z.object({
  items: z.array(transactionSchema),
  /** The rows matching the filters (all pages), counted up to a cap (10,000). */
  total: z.number().int(),
  /** True when more rows match than the cap: `total` is then the cap, read "more than 10,000". */
  totalCapped: z.boolean(),
  /** Pass it as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type TransactionList = z.infer<typeof transactionListSchema>;
