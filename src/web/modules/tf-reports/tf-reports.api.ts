import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  BalancesReport,
  ContributionsReport,
  RatesUsed,
  ResultsReport,
  SpendingReport,
} from '../../../modules/trust-funds/tf-reports.schemas';
import type { Locale } from '../../../shared/enums';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../i18n';
import { ApiError, api, toQuery } from '../../lib/api-client';
import { type ReportFilters, type ReportKind, reportQuery } from './tf-report-filters';

export type { BalancesReport, ContributionsReport, RatesUsed, ResultsReport, SpendingReport };
export type ReportFormat = 'csv' | 'xlsx';

export interface ReportOf {
  contributions: ContributionsReport;
  balances: BalancesReport;
  spending: SpendingReport;
  results: ResultsReport;
}

/**
 * Under the trust funds' key, so that a recorded transaction or project asks for the reports again
 * (the trust-fund writes invalidate `['trust-funds']`). The language is part of the key: the rates
 * note's policy sentence, a refusal's detail and the donors' order come in the caller's language.
 */
export const tfReportKeys = {
  all: ['trust-funds', 'reports'] as const,
  report: (kind: ReportKind, query: Partial<ReportFilters>, locale: Locale) =>
    ['trust-funds', 'reports', kind, query, locale] as const,
};

/** A refusal (a missing rate, an unknown currency, no access) will not become an answer by asking again. */
const retry = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 2;

export function useTfReport<K extends ReportKind>(kind: K, filters: ReportFilters, enabled: boolean) {
  // The server answers a signed-in user in the language saved on their account, which the language
  // switch saves just after changing the page's: keyed by the saved one, the report is asked again
  // once the server will answer in the new language, not before.
  const { me } = useSession();
  const locale = me?.locale ?? currentLocale();
  const query = reportQuery(kind, filters);
  return useQuery({
    queryKey: tfReportKeys.report(kind, query, locale),
    enabled,
    queryFn: ({ signal }) =>
      api.get<ReportOf[K]>(`/trust-fund-reports/${kind}${toQuery({ ...query })}`, signal),
    // Changing a filter keeps the last report on screen until the next one arrives.
    placeholderData: keepPreviousData,
    retry,
  });
}

/** The files are plain links (the browser downloads them), headers and notes in the page's language. */
export const tfReportFileUrl = (
  kind: ReportKind,
  filters: ReportFilters,
  format: ReportFormat,
  lang: Locale,
) => `/api/v1/trust-fund-reports/${kind}.${format}${toQuery({ ...reportQuery(kind, filters), lang })}`;

/** The refusal for an amount whose value date has no usable exchange rate. */
export function isRateMissing(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'rate.missing';
}
