import { sql } from 'drizzle-orm';
import { AppError } from '../../core/errors';
import { BASE_RATE_SOURCE, missingRate, parseAmount, toBase } from '../../core/money';
import { type Executor, selectRows } from '../../db/client';
import { isCurrencyCode, minorUnits } from '../../shared/currencies';
import type { Locale } from '../../shared/enums';
import { describeCode } from '../../shared/validation-messages';

/** How money is converted: the base currency of the rate table, and how old a rate may be. */
export interface MoneySettings {
  baseCurrency: string;
  /** A value date without a rate takes the latest earlier one, at most this many days before. */
  rateMaxAgeDays: number;
  /** A disbursement beyond the fund's balance: refused, or accepted and flagged. */
  overBalance: 'refuse' | 'flag';
}

export const defaultMoneySettings: MoneySettings = {
  baseCurrency: 'EUR',
  rateMaxAgeDays: 7,
  overBalance: 'refuse',
};

/** A field error on `field`, in the caller's language, when the code is no ISO 4217 currency. */
export function assertCurrency(code: string, field: string, locale: Locale) {
  if (!isCurrencyCode(code)) {
    const params = { currency: code };
    throw new AppError(422, 'currency.unknown', params, [
      { path: field, code: 'currency.unknown', message: describeCode('currency.unknown', locale, params) },
    ]);
  }
}

/**
 * The amount as an exact decimal string to its currency's own places (USD 12.50, JPY 2000000000),
 * checked against the currency (known, no more decimals than its minor units, positive unless zero is
 * allowed); the field errors name `field`, in the caller's language.
 */
export function checkedAmount(
  text: string,
  currency: string,
  field: string,
  locale: Locale,
  options: { allowZero?: boolean } = {},
) {
  const value = parseAmount(text, currency, {
    allowNegative: false,
    allowZero: options.allowZero ?? false,
    path: field,
    currencyPath: field.replace(/amount$/, 'currency'),
    locale,
  });
  return value.toFixed(minorUnits(currency));
}

export interface RateUsed {
  rate: string;
  rateDate: string;
  source: string;
}

/**
 * The rate of `currency` on `date` under the policy: that day's, or the latest earlier one within
 * `rateMaxAgeDays`; otherwise a 422 naming the currency and the date. The base currency is 1.
 */
export async function rateOn(
  tx: Executor,
  settings: MoneySettings,
  currency: string,
  date: string,
): Promise<RateUsed> {
  if (currency === settings.baseCurrency) return { rate: '1', rateDate: date, source: BASE_RATE_SOURCE };
  const [row] = await selectRows<RateUsed>(
    tx,
    sql`select rate::text as rate, rate_date::text as "rateDate", source from exchange_rates
        where currency = ${currency} and rate_date <= ${date}::date
          and rate_date >= ${date}::date - ${settings.rateMaxAgeDays}::int
        order by rate_date desc limit 1`,
  );
  if (!row) throw missingRate(currency, date, settings.rateMaxAgeDays);
  return row;
}

/** The amount brought to the base currency at its value date's rate, with the rate used. */
export async function toBaseAt(
  tx: Executor,
  settings: MoneySettings,
  amount: string,
  currency: string,
  date: string,
) {
  const used = await rateOn(tx, settings, currency, date);
  return { ...used, amountBase: toBase(amount, used.rate).toFixed() };
}
