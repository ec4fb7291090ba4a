import type { RequestContext } from '../../core/context';
import { AppError } from '../../core/errors';
import {
  BASE_RATE_SOURCE,
  Dec,
  type Decimal,
  type DecimalInput,
  fromBase,
  missingRate,
  ratePolicyText,
  toBase,
} from '../../core/money';
import { assertCan } from '../../core/policy';
import type { Database } from '../../db/client';
import { minorUnits } from '../../shared/currencies';
import type { IndicatorUnit, Locale, OrganisationKind, ResultType } from '../../shared/enums';
import * as contributionsSql from './tf-contributions.queries';
import { assertCurrency, type MoneySettings } from './tf-money';
import { type ReportKind, reportFile } from './tf-reports.export';
import * as q from './tf-reports.queries';
import type {
  BalancesReport,
  ContributionAmounts,
  ContributionsReport,
  RatesUsed,
  ReportQuery,
  ResultLine,
  ResultsReport,
  SpendingReport,
} from './tf-reports.schemas';
import { seesAllMoney, trustFundScope } from './trust-funds.access';

export type ReportFormat = 'csv' | 'xlsx';

/** An exact value rounded half to even to the currency's minor units, as text with all of them. */
export const rounded = (value: DecimalInput, currency: string) => {
  const units = minorUnits(currency);
  return new Dec(value).toDecimalPlaces(units, Dec.ROUND_HALF_EVEN).toFixed(units);
};

const filtersOf = (query: ReportQuery) => ({
  fund: query.fund ?? null,
  project: query.project ?? null,
  donor: query.donor ?? null,
  country: query.country ?? null,
  from: query.from ?? null,
  to: query.to ?? null,
});

/** The refusal when a rate is missing: the earliest value date without one (then the currency's code). */
function assertRates(uses: q.CurrencyUse[], maxAgeDays: number) {
  const missing = uses
    .filter((u) => u.firstMissing)
    .sort((a, b) => a.firstMissing!.localeCompare(b.firstMissing!) || a.currency.localeCompare(b.currency));
  if (missing[0]) throw missingRate(missing[0].currency, missing[0].firstMissing!, maxAgeDays);
}

function ratesUsed(
  uses: q.CurrencyUse[],
  recorded: string[],
  settings: MoneySettings,
  currency: string,
  locale: Locale,
): RatesUsed {
  const recordedSources = recorded.filter((s) => s !== BASE_RATE_SOURCE);
  const sources = [...new Set([...uses.flatMap((u) => u.sources), ...recordedSources])].sort();
  return {
    baseCurrency: settings.baseCurrency,
    reportingCurrency: currency,
    maxAgeDays: settings.rateMaxAgeDays,
    policy: ratePolicyText(settings.rateMaxAgeDays, locale, { base: settings.baseCurrency, sources }),
    recordedSources,
    currencies: uses.map(({ firstMissing: _, ...use }) => use),
  };
}

/** (actual − baseline) / (target − baseline), reversed for a descending indicator, to 4 decimals. */
export function progressOf(
  baseline: string | null,
  target: string | null,
  actual: string | null,
  ascending: boolean,
) {
  if (target === null || actual === null) return null;
  const start = new Dec(baseline ?? 0);
  const span = ascending ? new Dec(target).minus(start) : start.minus(target);
  if (span.isZero()) return null;
  const done = ascending ? new Dec(actual).minus(start) : start.minus(actual);
  return done.dividedBy(span).toDecimalPlaces(4, Dec.ROUND_HALF_EVEN).toFixed(4);
}

const byName = (locale: Locale) => {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const name = (n: { en: string; fr: string }) => n[locale] || n[locale === 'en' ? 'fr' : 'en'];
  return (a: { en: string; fr: string }, b: { en: string; fr: string }) => collator.compare(name(a), name(b));
};

export function createTrustFundReportService(deps: { db: Database; money: MoneySettings }) {
  const { db, money: settings } = deps;

  /** The caller, the reporting currency checked, and the SQL's conversion settings. */
  function prepare(ctx: RequestContext, query: ReportQuery, options: { mixesDonors: boolean }) {
    assertCan(ctx.actor, 'trustfund.read');
    const scope = trustFundScope(ctx.actor);
    // Balances and spending add up every donor's money: never a partner's view.
    if (options.mixesDonors && !seesAllMoney(scope)) throw new AppError(403, 'tf_report.mixed_money');
    const currency = query.currency ?? settings.baseCurrency;
    assertCurrency(currency, 'currency', ctx.actor.locale);
    const conversion = { base: settings.baseCurrency, currency, maxAgeDays: settings.rateMaxAgeDays };
    return { scope, currency, conversion };
  }

  async function contributions(
    ctx: RequestContext,
    query: ReportQuery,
    locale: Locale,
  ): Promise<ContributionsReport> {
    const { scope, currency, conversion } = prepare(ctx, query, { mixesDonors: false });
    const result = await contributionsSql.contributionCells(db, scope, query, conversion);
    assertRates(result.rates, settings.rateMaxAgeDays);
    const amounts = (c: contributionsSql.ContributionCell): ContributionAmounts => ({
      pledged: rounded(c.pledged, currency),
      committed: rounded(c.committed, currency),
      received: rounded(c.received, currency),
      outstanding: rounded(c.outstanding, currency),
    });
    const donor = (c: contributionsSql.ContributionCell) => ({
      id: c.party!,
      kind: c.kind as OrganisationKind,
      name: { en: c.nameEn ?? '', fr: c.nameFr ?? '' },
    });
    const compare = byName(locale);
    const donors = result.cells
      .filter((c) => c.gParty === 0 && c.gYear === 1)
      .map((c) => ({ donor: donor(c), ...amounts(c) }))
      .sort((a, b) => compare(a.donor.name, b.donor.name) || a.donor.id.localeCompare(b.donor.id));
    const rank = new Map(donors.map((d, i) => [d.donor.id, i]));
    const total = result.cells.find((c) => c.gParty === 1 && c.gYear === 1);
    return {
      currency,
      filters: filtersOf(query),
      lines: result.cells
        .filter((c) => c.gParty === 0 && c.gYear === 0)
        .map((c) => ({ donor: donor(c), year: c.year!, ...amounts(c) }))
        .sort((a, b) => rank.get(a.donor.id)! - rank.get(b.donor.id)! || a.year - b.year),
      byDonor: donors,
      byYear: result.cells
        .filter((c) => c.gParty === 1 && c.gYear === 0)
        .map((c) => ({ year: c.year!, ...amounts(c) }))
        .sort((a, b) => a.year - b.year),
      totals: amounts(
        total ??
          ({
            pledged: '0',
            committed: '0',
            received: '0',
            outstanding: '0',
          } as contributionsSql.ContributionCell),
      ),
      rates: ratesUsed(result.rates, result.recorded, settings, currency, locale),
    };
  }

  async function balances(ctx: RequestContext, query: ReportQuery, locale: Locale): Promise<BalancesReport> {
    const { scope, currency, conversion } = prepare(ctx, query, { mixesDonors: true });
    const result = await q.balanceCells(db, scope, query, conversion);
    assertRates(result.rates, settings.rateMaxAgeDays);
    const flow = (received: DecimalInput, disbursed: DecimalInput, unit: string) => ({
      received: rounded(received, unit),
      disbursed: rounded(disbursed, unit),
      balance: rounded(new Dec(received).minus(disbursed), unit),
    });
    const received = result.cells.reduce((sum, c) => sum.plus(c.received), new Dec(0));
    const disbursed = result.cells.reduce((sum, c) => sum.plus(c.disbursed), new Dec(0));
    return {
      currency,
      filters: filtersOf(query),
      items: result.cells.map((c) => ({
        fund: { id: c.id, code: c.code, name: { en: c.nameEn, fr: c.nameFr }, currency: c.currency },
        inFundCurrency: flow(c.receivedOwn, c.disbursedOwn, c.currency),
        inReportingCurrency: flow(c.received, c.disbursed, currency),
      })),
      totals: flow(received, disbursed, currency),
      rates: ratesUsed(result.rates, result.recorded, settings, currency, locale),
    };
  }

  async function spending(ctx: RequestContext, query: ReportQuery, locale: Locale): Promise<SpendingReport> {
    const { scope, currency, conversion } = prepare(ctx, query, { mixesDonors: true });
    const result = await q.spendingCells(db, scope, query, conversion);
    assertRates(result.rates, settings.rateMaxAgeDays);
    // A budget is converted like a transaction: to the base at its value date (10 places), then × the rate.
    const budgets = new Map<string, Decimal>();
    for (const b of result.budgets) {
      const base = b.currency === settings.baseCurrency ? new Dec(b.amount) : toBase(b.amount, b.rate!);
      const value = currency === settings.baseCurrency ? base : fromBase(base, b.reportingRate!);
      budgets.set(b.projectId, (budgets.get(b.projectId) ?? new Dec(0)).plus(value));
    }
    const totals = { budget: new Dec(0), disbursed: new Dec(0), spent: new Dec(0) };
    const items = result.cells.map((c) => {
      const budget = budgets.get(c.id) ?? new Dec(0);
      totals.budget = totals.budget.plus(budget);
      totals.disbursed = totals.disbursed.plus(c.disbursed);
      totals.spent = totals.spent.plus(c.spent);
      return {
        project: {
          id: c.id,
          code: c.code,
          title: { en: c.titleEn, fr: c.titleFr },
          parentId: c.parentId,
          beneficiaryCountry: c.country,
          fund: { id: c.fundId, code: c.fundCode },
        },
        budget: rounded(budget, currency),
        disbursed: rounded(c.disbursed, currency),
        spent: rounded(c.spent, currency),
        remaining: rounded(budget.minus(c.spent), currency),
      };
    });
    return {
      currency,
      filters: filtersOf(query),
      items,
      totals: {
        budget: rounded(totals.budget, currency),
        disbursed: rounded(totals.disbursed, currency),
        spent: rounded(totals.spent, currency),
        remaining: rounded(totals.budget.minus(totals.spent), currency),
      },
      rates: ratesUsed(result.rates, result.recorded, settings, currency, locale),
    };
  }

  async function results(ctx: RequestContext, query: ReportQuery): Promise<ResultsReport> {
    assertCan(ctx.actor, 'trustfund.read');
    const rows = await q.indicatorRows(db, trustFundScope(ctx.actor), query);
    return {
      filters: filtersOf(query),
      items: rows.map((r): ResultLine => {
        const periods = r.periods.map((p) => ({
          ...p,
          progress: progressOf(r.baselineValue, p.target, p.actual, r.ascending),
        }));
        const latest = [...periods].reverse().find((p) => p.actual !== null);
        return {
          project: {
            id: r.projectId,
            code: r.projectCode,
            title: { en: r.projectTitleEn, fr: r.projectTitleFr },
            beneficiaryCountry: r.country,
          },
          indicator: {
            id: r.id,
            resultType: r.resultType as ResultType,
            title: { en: r.titleEn, fr: r.titleFr },
            unit: r.unit as IndicatorUnit,
            ascending: r.ascending,
          },
          baseline: { value: r.baselineValue, year: r.baselineYear },
          periods,
          latestProgress: latest?.progress ?? null,
        };
      }),
    };
  }

  const reports = {
    contributions: (ctx: RequestContext, query: ReportQuery) => contributions(ctx, query, ctx.actor.locale),
    balances: (ctx: RequestContext, query: ReportQuery) => balances(ctx, query, ctx.actor.locale),
    spending: (ctx: RequestContext, query: ReportQuery) => spending(ctx, query, ctx.actor.locale),
    results: (ctx: RequestContext, query: ReportQuery) => results(ctx, query),
  };

  return {
    ...reports,

    /** A report as a CSV or XLSX file in `lang` (headers, names, the rates note). */
    async file(
      ctx: RequestContext,
      kind: ReportKind,
      query: ReportQuery,
      format: ReportFormat,
      lang: Locale,
    ) {
      const report =
        kind === 'contributions'
          ? { kind, report: await contributions(ctx, query, lang) }
          : kind === 'balances'
            ? { kind, report: await balances(ctx, query, lang) }
            : kind === 'spending'
              ? { kind, report: await spending(ctx, query, lang) }
              : { kind, report: await results(ctx, query) };
      const stamp = [query.from, query.to].filter(Boolean).join('_') || 'all';
      const currency = 'currency' in report.report ? `-${report.report.currency.toLowerCase()}` : '';
      return {
        filename: `trust-fund-${kind}-${stamp}${currency}-${lang}.${format}`,
        body: await reportFile(report, format, lang),
      };
    },
  };
}

export type TrustFundReportService = ReturnType<typeof createTrustFundReportService>;
