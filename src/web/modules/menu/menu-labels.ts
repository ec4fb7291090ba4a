import type { TFunction } from 'i18next';
import type {
  ActivityKind,
  ActivityStatus,
  Clearance,
  EligibilityKind,
  Locale,
  WorkingLanguage,
} from '../../../shared/enums';
import { toIntlLocale } from '../../lib/format';

export type DeadlineState = 'open' | 'closing_soon' | 'passed' | 'not_open';

export const activityStatusColor: Record<ActivityStatus, string> = {
  draft: 'gray',
  published: 'blue',
  open: 'green',
  closed: 'orange',
  completed: 'teal',
  cancelled: 'red',
};

export const deadlineStateColor: Record<DeadlineState, string> = {
  open: 'green',
  closing_soon: 'orange',
  passed: 'gray',
  not_open: 'blue',
};

export const kindLabel = (t: TFunction, kind: ActivityKind) => t(`activityKind.${kind}`);
export const statusLabel = (t: TFunction, status: ActivityStatus) => t(`activityStatus.${status}`);
export const clearanceLabel = (t: TFunction, value: Clearance) => t(`clearance.${value}`);
export const languageLabel = (t: TFunction, value: WorkingLanguage) => t(`language.${value}`);
export const eligibilityLabel = (t: TFunction, value: EligibilityKind) => t(`eligibility.${value}`);
export const deadlineLabel = (t: TFunction, value: DeadlineState) => t(`deadlineState.${value}`);

/** A country's name in the UI language, from its ISO 3166 code (the browser knows them all). */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([toIntlLocale(locale)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** `9–13 March 2026`, `28 Feb – 3 Mar 2026`: one range, written as the locale writes ranges. */
export function formatDateRange(start: string, end: string | null, locale: Locale): string {
  const toDate = (value: string) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  };
  const format = new Intl.DateTimeFormat(toIntlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  if (!end || end === start) return format.format(toDate(start));
  return format.formatRange(toDate(start), toDate(end));
}

/** A fee in its currency, as the locale writes money (`€1,250.00`, `1 250,00 €`). */
export function formatFee(fee: { amount: string; currency: string }, locale: Locale): string {
  try {
    return new Intl.NumberFormat(toIntlLocale(locale), { style: 'currency', currency: fee.currency }).format(
      Number(fee.amount),
    );
  } catch {
    return `${fee.amount} ${fee.currency}`;
  }
}
