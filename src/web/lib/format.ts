import type { DatePrecision, Locale } from '../../shared/enums';

const intlLocale: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

export function toIntlLocale(locale: Locale): string {
  return intlLocale[locale];
}

/** A calendar date (`YYYY-MM-DD`) shown to the precision it was recorded with. */
export function formatCalendarDate(value: string, locale: Locale, precision: DatePrecision = 'day'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: 'UTC' }).format(date);
}

/** An instant (ISO 8601 date-time) in the browser's time zone. */
export function formatDateTime(value: string, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/** Years are labels, not quantities: no group separator. */
export function formatYear(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { useGrouping: false }).format(value);
}
