import { z } from 'zod';
import { bilingualOutSchema } from '../../core/bilingual';
import { indicatorUnits, locales, organisationKinds, resultTypes } from '../../shared/enums';
import { isIso3166Alpha2 } from '../../shared/iso3166';

/**
 * The trust-fund reports (issue 5): contributions by donor and year, fund balances, project spending
 * against budget, results progress. Amounts are exact decimal strings in the reporting currency,
 * rounded half to even to its minor units only once, after exact sums. Shared with the web app.
 */

const isoDate = z.iso.date({ message: 'date.invalid' });

const filterShape = {
  fund: z.uuid().optional(),
  /** A project: its own money and its phases'. */
  project: z.uuid().optional(),
  /** A donor (an organisation id). */
  donor: z.uuid().optional(),
  /** The beneficiary country (ISO 3166-1 alpha-2) of the projects. */
  country: z.string().trim().toUpperCase().refine(isIso3166Alpha2, { message: 'iso.invalid' }).optional(),
  /** Value dates, both ends included. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** The reporting currency (ISO 4217), default the base currency; an unknown code is a 422 `currency.unknown`. */
  currency: z.string().trim().toUpperCase().max(3).optional(),
};

function periodInOrder(q: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (q.from && q.to && q.to < q.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'period.end_before_start' });
}

export const reportQuerySchema = z.strictObject(filterShape).superRefine(periodInOrder);
export type ReportQuery = z.output<typeof reportQuerySchema>;

/** The files: `lang` is the headers' and notes' language, else the caller's. */
export const reportFileQuerySchema = z
  .strictObject({ ...filterShape, lang: z.enum(locales).optional() })
  .superRefine(periodInOrder);
export type ReportFileQuery = z.output<typeof reportFileQuerySchema>;

/** Which rates a report used, for its notes. */
export const ratesUsedSchema = z.object({
  baseCurrency: z.string(),
  reportingCurrency: z.string(),
  maxAgeDays: z.number().int(),
  /** The lookup policy as a sentence in the caller's language, with the base and the sources. */
  policy: z.string(),
  /** The sources of the rates recorded with the transactions when each was brought to the base currency. */
  recordedSources: z.array(z.string()),
  /** Per currency converted into (the reporting one, a fund's, a budget's), the base excepted (its rate is 1). */
  currencies: z.array(
    z.object({
      currency: z.string(),
      sources: z.array(z.string()),
      /** The first and last rate dates used; null when no amount needed one. */
      firstRateDate: z.string().nullable(),
      lastRateDate: z.string().nullable(),
      /** Distinct value dates converted, and how many of them took an earlier day's rate. */
      valueDates: z.number().int(),
      fallbacks: z.number().int(),
    }),
  ),
});
export type RatesUsed = z.infer<typeof ratesUsedSchema>;

const echo = z.object({
  fund: z.uuid().nullable(),
  project: z.uuid().nullable(),
  donor: z.uuid().nullable(),
  country: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
const reportHead = { currency: z.string(), filters: echo, rates: ratesUsedSchema };

// Contributions ------------------------------------------------------------------------------------

const donorRef = z.object({ id: z.uuid(), kind: z.enum(organisationKinds), name: bilingualOutSchema });
export const contributionAmountsSchema = z.object({
  /** Pledges: promises, never money received. */
  pledged: z.string(),
  committed: z.string(),
  /** Incoming funds: money received. */
  received: z.string(),
  /** Σ per pledge of max(0, pledge − the receipts linked to it dated up to the report's end). */
  outstanding: z.string(),
});
export type ContributionAmounts = z.infer<typeof contributionAmountsSchema>;
export const contributionLineSchema = contributionAmountsSchema.extend({
  donor: donorRef,
  year: z.number().int(),
});
export type ContributionLine = z.infer<typeof contributionLineSchema>;

export const contributionsReportSchema = z.object({
  ...reportHead,
  /** Donor × year, donors by name in the caller's language, years ascending. */
  lines: z.array(contributionLineSchema),
  /** Each donor over all years, same order. */
  byDonor: z.array(contributionAmountsSchema.extend({ donor: donorRef })),
  /** Each year over all donors. */
  byYear: z.array(contributionAmountsSchema.extend({ year: z.number().int() })),
  totals: contributionAmountsSchema,
});
export type ContributionsReport = z.infer<typeof contributionsReportSchema>;

// Balances -----------------------------------------------------------------------------------------

const flowSchema = z.object({ received: z.string(), disbursed: z.string(), balance: z.string() });
export const balanceLineSchema = z.object({
  fund: z.object({ id: z.uuid(), code: z.string(), name: bilingualOutSchema, currency: z.string() }),
  /** In the fund's own currency, each amount converted at its value date's rate. */
  inFundCurrency: flowSchema,
  inReportingCurrency: flowSchema,
});
export type BalanceLine = z.infer<typeof balanceLineSchema>;
export const balancesReportSchema = z.object({
  ...reportHead,
  items: z.array(balanceLineSchema),
  totals: flowSchema,
});
export type BalancesReport = z.infer<typeof balancesReportSchema>;

// Spending -----------------------------------------------------------------------------------------

const spendingAmounts = {
  /** Per budget period, the revised budget if any, else the original; each converted at its value date. */
  budget: z.string(),
  disbursed: z.string(),
  /** Expenditure. */
  spent: z.string(),
  /** Budget − spent (negative when overspent). */
  remaining: z.string(),
};
export const spendingLineSchema = z.object({
  project: z.object({
    id: z.uuid(),
    code: z.string(),
    title: bilingualOutSchema,
    parentId: z.uuid().nullable(),
    beneficiaryCountry: z.string(),
    fund: z.object({ id: z.uuid(), code: z.string() }),
  }),
  ...spendingAmounts,
});
export type SpendingLine = z.infer<typeof spendingLineSchema>;
export const spendingReportSchema = z.object({
  ...reportHead,
  items: z.array(spendingLineSchema),
  totals: z.object(spendingAmounts),
});
export type SpendingReport = z.infer<typeof spendingReportSchema>;

// Results ------------------------------------------------------------------------------------------

export const resultPeriodSchema = z.object({
  periodStart: z.string(),
  periodEnd: z.string(),
  target: z.string().nullable(),
  actual: z.string().nullable(),
  /**
   * (actual − baseline) / (target − baseline), reversed for a descending indicator, to 4 decimals
   * ("1.0000" = target met); null without target or actual, or when the target is the baseline.
   */
  progress: z.string().nullable(),
});
export const resultLineSchema = z.object({
  project: z.object({
    id: z.uuid(),
    code: z.string(),
    title: bilingualOutSchema,
    beneficiaryCountry: z.string(),
  }),
  indicator: z.object({
    id: z.uuid(),
    resultType: z.enum(resultTypes),
    title: bilingualOutSchema,
    unit: z.enum(indicatorUnits),
    ascending: z.boolean(),
  }),
  baseline: z.object({ value: z.string().nullable(), year: z.number().int().nullable() }),
  periods: z.array(resultPeriodSchema),
  /** The progress of the last period with an actual value. */
  latestProgress: z.string().nullable(),
});
export type ResultLine = z.infer<typeof resultLineSchema>;
export const resultsReportSchema = z.object({
  filters: echo,
  items: z.array(resultLineSchema),
});
export type ResultsReport = z.infer<typeof resultsReportSchema>;
