import Decimal from 'decimal.js';
import { isCurrencyCode, minorUnits } from '../shared/currencies';
import type { Locale } from '../shared/enums';
import { describeCode } from '../shared/validation-messages';
import { AppError } from './errors';

/**
 * Money as exact decimals. An amount is carried as text at the edges ("20000000.00") and as a
 * `Decimal` inside, never as a JS number. One base currency per installation; a rate is "units of the
 * currency per 1 unit of the base" on a date (ECB convention: 1 EUR = 1.3919 USD). A conversion keeps
 * `amountBase = amount / rate`, rounded to 10 decimals half to even, as the stored fact; into a
 * reporting currency it is `amountBase × rate` exactly. Totals add exact values; only display and
 * export round to the currency's minor units.
 */

/**
 * The decimal type of this module: sums and products up to 100 significant digits are exact (an
 * amount of 10^15 at 10 decimals times a rate has about 45). Build values with it, not with the
 * package's default `Decimal`, which rounds to 20 significant digits.
 */
export const Dec = Decimal.clone({
  precision: 100,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -100,
  toExpPos: 100,
});
export type { Decimal };

/** An exact value as text or as a Decimal; never a JS number (a float is not an amount). */
export type DecimalInput = string | Decimal;

/** Decimals of a base-currency amount as stored. */
export const BASE_SCALE = 10;
/** Digits before the decimal point that an amount may have (999 999 999 999 999 at most). */
export const MAX_AMOUNT_DIGITS = 15;

/** Plain decimal text, never an exponent: `1e-7` → `0.0000001`. For the database and the API. */
export function toDecimalString(value: DecimalInput): string {
  return new Dec(value).toFixed();
}

// Parsing ------------------------------------------------------------------------------------------

export interface ParseAmountOptions {
  /** Default true; false refuses a negative amount (`money.negative`), e.g. money received. */
  allowNegative?: boolean;
  /** Default true; false refuses zero (`money.zero`). */
  allowZero?: boolean;
  /** The field named in the error, default `amount`. */
  path?: string;
  /** The field named when the currency is unknown, default `currency`. */
  currencyPath?: string;
  /** The language of the field error's message, default English. */
  locale?: Locale;
}

export type AmountCheck =
  | { ok: true; value: Decimal }
  | { ok: false; path: string; code: string; params: Record<string, string | number> };

const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/;

const example = (units: number) => (units === 0 ? '1250' : `1250.${'5'.padEnd(units, '0')}`);

/**
 * Checks an amount written as text against its currency, without throwing: for imports that collect
 * every problem. The currency is checked first, since the decimals allowed depend on it.
 */
export function checkAmount(text: string, currency: string, options: ParseAmountOptions = {}): AmountCheck {
  const path = options.path ?? 'amount';
  if (!isCurrencyCode(currency))
    return {
      ok: false,
      path: options.currencyPath ?? 'currency',
      code: 'currency.unknown',
      params: { currency },
    };
  const match = AMOUNT.exec(text.trim());
  if (!match) return { ok: false, path, code: 'money.malformed', params: {} };
  const [, sign, whole, fraction = ''] = match;
  if (whole!.replace(/^0+/, '').length > MAX_AMOUNT_DIGITS)
    return { ok: false, path, code: 'money.too_large', params: { maxDigits: MAX_AMOUNT_DIGITS } };
  const units = minorUnits(currency);
  if (fraction.length > units)
    return {
      ok: false,
      path,
      code: 'money.too_many_decimals',
      params: { currency, minorUnits: units, example: example(units) },
    };
  const value = new Dec(`${sign}${whole}${fraction ? `.${fraction}` : ''}`);
  if (value.isZero()) {
    if (options.allowZero === false) return { ok: false, path, code: 'money.zero', params: {} };
    return { ok: true, value: new Dec(0) };
  }
  if (value.isNegative() && options.allowNegative === false)
    return { ok: false, path, code: 'money.negative', params: {} };
  return { ok: true, value };
}

/**
 * An amount written as text, checked against its currency: an active ISO 4217 code, digits with a
 * point, at most the currency's minor units as decimals (`12.345` is refused in USD, `12.5` in JPY).
 * Throws a 422 problem whose code is the field error's (`money.malformed`, `money.too_many_decimals`,
 * `money.too_large`, `money.negative`, `money.zero`, `currency.unknown`).
 */
export function parseAmount(text: string, currency: string, options: ParseAmountOptions = {}): Decimal {
  const result = checkAmount(text, currency, options);
  if (result.ok) return result.value;
  const message = describeCode(result.code, options.locale ?? 'en', result.params);
  throw new AppError(422, result.code, result.params, [{ path: result.path, code: result.code, message }]);
}

// Arithmetic ---------------------------------------------------------------------------------------

/** The value as an integer and a scale: `value = units / 10^scale`. */
function scaled(value: Decimal): { units: bigint; scale: number } {
  const scale = value.decimalPlaces();
  return { units: BigInt(value.toFixed(scale).replace('.', '')), scale };
}

/** `numerator / denominator` (denominator > 0) rounded to an integer, half to even. */
function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  const twice = (magnitude % denominator) * 2n;
  if (twice > denominator || (twice === denominator && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

function positiveRate(rate: DecimalInput): Decimal {
  const value = new Dec(rate);
  if (!value.isFinite() || value.lte(0)) throw new RangeError(`An exchange rate is positive: ${rate}`);
  return value;
}

/**
 * An amount brought to the base currency: `amount / rate`, rounded to 10 decimals half to even. The
 * division is done on integers, so the one rounding is the only one (no double rounding).
 */
export function toBase(amount: DecimalInput, rate: DecimalInput): Decimal {
  const a = scaled(new Dec(amount));
  const r = scaled(positiveRate(rate));
  // amount / rate = (A / 10^sa) / (R / 10^sr); times 10^BASE_SCALE to keep the decimals as integers.
  const numerator = a.units * 10n ** BigInt(r.scale + BASE_SCALE);
  const denominator = r.units * 10n ** BigInt(a.scale);
  return new Dec(`${divideHalfEven(numerator, denominator)}e-${BASE_SCALE}`);
}

/** A base-currency amount in another currency: `amountBase × rate`, exact (no rounding). */
export function fromBase(amountBase: DecimalInput, rate: DecimalInput): Decimal {
  return new Dec(amountBase).times(positiveRate(rate));
}

/** The rate of a currency (units per 1 base unit) on the date in question; the base's own rate is 1. */
export type RateLookup = (currency: string) => DecimalInput;

/**
 * An amount from one currency into another through the base: `fromBase(toBase(amount, rate_from),
 * rate_to)`, exact but for the base amount's 10 decimals. The same currency gives the amount back.
 */
export function convert(amount: DecimalInput, from: string, to: string, lookup: RateLookup): Decimal {
  if (from === to) return new Dec(amount);
  return fromBase(toBase(amount, lookup(from)), lookup(to));
}

/** Rounded to the currency's minor units, half to even: for display and export only. */
export function roundTo(amount: DecimalInput, currency: string): Decimal {
  return new Dec(amount).toDecimalPlaces(minorUnits(currency), Decimal.ROUND_HALF_EVEN);
}

/** The exact sum; the order of the values does not change it. */
export function sumExact(values: Iterable<DecimalInput>): Decimal {
  let total = new Dec(0);
  for (const value of values) total = total.plus(value);
  return total;
}

// Exchange rates -----------------------------------------------------------------------------------

/** One published rate: units of `currency` per 1 base unit on `rateDate`, from `source`. */
export interface RateRow {
  currency: string;
  rateDate: string;
  rate: string;
  source: string;
}

export interface PickedRate {
  rate: string;
  rateDate: string;
  source: string;
}

/** Rates in memory, by currency, each list sorted by date: for reports that convert many amounts. */
export interface RateTable {
  base: string;
  byCurrency: ReadonlyMap<string, readonly RateRow[]>;
}

/** What the base currency's own rate says it came from: it is 1 by definition, on every date. */
export const BASE_RATE_SOURCE = 'base';

/** Builds a table from rows in any order; of two rows for the same currency and date, the later wins. */
export function buildRateTable(base: string, rows: Iterable<RateRow>): RateTable {
  const byKey = new Map<string, RateRow>();
  for (const row of rows) byKey.set(`${row.currency}|${row.rateDate}`, row);
  const byCurrency = new Map<string, RateRow[]>();
  for (const row of byKey.values()) {
    const list = byCurrency.get(row.currency) ?? [];
    list.push(row);
    byCurrency.set(row.currency, list);
  }
  for (const list of byCurrency.values()) list.sort((a, b) => (a.rateDate < b.rateDate ? -1 : 1));
  return { base, byCurrency };
}

const dayNumber = (isoDate: string) => Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** The refusal when no rate may be used: names the currency, the date and the policy's window. */
export function missingRate(currency: string, date: string, maxAgeDays: number): AppError {
  return new AppError(422, 'rate.missing', { currency, date, maxAgeDays });
}

/**
 * The lookup policy applied to the latest rate on or before the value date (`candidate`, e.g. read
 * with `rate_date <= $date ORDER BY rate_date DESC LIMIT 1`): used when it is at most `maxAgeDays`
 * old, otherwise `rate.missing`. For a service that reads one rate from the database.
 */
export function acceptRate(
  candidate: RateRow | undefined,
  currency: string,
  date: string,
  maxAgeDays: number,
): PickedRate {
  if (!candidate || candidate.rateDate > date || dayNumber(date) - dayNumber(candidate.rateDate) > maxAgeDays)
    throw missingRate(currency, date, maxAgeDays);
  return { rate: candidate.rate, rateDate: candidate.rateDate, source: candidate.source };
}

/**
 * The rate to convert an amount of `currency` on value date `date`: that date's rate; if none, the
 * latest earlier one at most `maxAgeDays` before (weekends, holidays); otherwise `rate.missing` (422).
 * The base currency's rate is 1 on every date.
 */
export function pickRate(table: RateTable, currency: string, date: string, maxAgeDays: number): PickedRate {
  if (currency === table.base) return { rate: '1', rateDate: date, source: BASE_RATE_SOURCE };
  const list = table.byCurrency.get(currency) ?? [];
  // The last row dated on or before `date`, by binary search.
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]!.rateDate <= date) low = middle + 1;
    else high = middle;
  }
  return acceptRate(list[low - 1], currency, date, maxAgeDays);
}

/** A lookup for `convert` on one value date, by the table and the policy. */
export function rateLookup(table: RateTable, date: string, maxAgeDays: number): RateLookup {
  return (currency) => pickRate(table, currency, date, maxAgeDays).rate;
}

/**
 * The lookup policy as a sentence for a report's notes, in the reader's language; with the base
 * currency and the sources when given.
 */
export function ratePolicyText(
  maxAgeDays: number,
  locale: Locale,
  options: { base?: string; sources?: readonly string[] } = {},
): string {
  const { base, sources = [] } = options;
  const parts: string[] = [];
  if (locale === 'fr') {
    const days = `${maxAgeDays} jour${maxAgeDays > 1 ? 's' : ''}`;
    parts.push(
      maxAgeDays > 0
        ? `Chaque montant est converti au taux de change de sa date de valeur ; à défaut de taux ce jour-là (week-end, jour férié), au dernier taux antérieur d’au plus ${days} ; au-delà, aucun taux n’est supposé et le taux manquant est signalé.`
        : 'Chaque montant est converti au taux de change de sa date de valeur, et de ce jour seulement ; un taux manquant est signalé, jamais supposé.',
    );
    if (base) parts.push(`Les taux sont exprimés en unités de chaque devise pour 1 ${base}.`);
    if (sources.length > 0) parts.push(`Source${sources.length > 1 ? 's' : ''} : ${sources.join(', ')}.`);
  } else {
    const days = `${maxAgeDays} day${maxAgeDays > 1 ? 's' : ''}`;
    parts.push(
      maxAgeDays > 0
        ? `Each amount is converted at the exchange rate of its value date; when that date has no rate (weekend, holiday), at the latest earlier rate of at most ${days} before; beyond that no rate is assumed and the missing rate is reported.`
        : 'Each amount is converted at the exchange rate of its value date, and of that date only; a missing rate is reported, never assumed.',
    );
    if (base) parts.push(`Rates are units of each currency per 1 ${base}.`);
    if (sources.length > 0) parts.push(`Source${sources.length > 1 ? 's' : ''}: ${sources.join(', ')}.`);
  }
  return parts.join(' ');
}
