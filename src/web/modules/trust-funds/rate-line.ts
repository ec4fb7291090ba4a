import type { Locale } from '../../../shared/enums';
import { formatRate } from '../../../shared/money-format';
import { formatCalendarDate } from '../../lib/format';

/** What a transaction keeps of its conversion (the rate, its date and source, the base). */
export interface RateUsed {
  currency: string;
  baseCurrency: string;
  valueDate: string;
  rate: string;
  rateDate: string;
  rateSource: string;
}

export type RateLine =
  | { kind: 'base' }
  | {
      kind: 'rate';
      /** `1 EUR = 141.62 JPY`, the rate with every published decimal, in the locale's digits. */
      equation: string;
      /** The rate's own date, written out. */
      date: string;
      source: string;
      /** The rate is of an earlier day than the value date (a weekend, a holiday): say so. */
      earlier: boolean;
      valueDate: string;
    };

/** The rate a transaction was converted at, ready to be worded: none when it is in the base currency. */
export function rateLine(used: RateUsed, locale: Locale): RateLine {
  if (used.currency === used.baseCurrency) return { kind: 'base' };
  return {
    kind: 'rate',
    equation: `1 ${used.baseCurrency} = ${formatRate(used.rate, locale)} ${used.currency}`,
    date: formatCalendarDate(used.rateDate, locale),
    source: used.rateSource,
    earlier: used.rateDate !== used.valueDate,
    valueDate: formatCalendarDate(used.valueDate, locale),
  };
}

type Translate = (key: string, params?: Record<string, string>) => string;

/**
 * `1 EUR = 141.62 JPY, 6 May 2014, ECB`, and a second sentence when the rate is of an earlier day than
 * the value date (`Latest rate before the value date, 10 May 2014.`).
 */
export function rateText(line: RateLine, t: Translate): { main: string; note: string | null } {
  if (line.kind === 'base') return { main: t('trustFunds.rate.base'), note: null };
  return {
    main: t('trustFunds.rate.line', { equation: line.equation, date: line.date, source: line.source }),
    note: line.earlier ? t('trustFunds.rate.earlier', { valueDate: line.valueDate }) : null,
  };
}
