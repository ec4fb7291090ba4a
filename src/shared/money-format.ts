import { isCurrencyCode, minorUnits } from './currencies';
import type { Locale } from './enums';

/**
 * Amounts and exchange rates shown in the reader's language, exactly: the text is formatted from the
 * decimal string itself, never through a JS number (a number loses digits beyond 2^53, about 9·10^15,
 * so 10^15 with its cents already would). The integer part goes to Intl as a BigInt, which every
 * browser formats exactly; the fraction digits are spliced in after it. English puts the code first
 * (`USD 20,000,000`), French the symbol after (`20 000 000 $ US`).
 */

const intlLocale: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

const DECIMAL = /^([-+]?)(\d+)(?:\.(\d+))?$/;

interface ParsedDecimal {
  negative: boolean;
  /** The integer part and the fraction digits, as written (no exponent, no grouping). */
  whole: string;
  fraction: string;
}

function parseDecimal(text: string): ParsedDecimal | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  return { negative: match[1] === '-', whole: match[2]!, fraction: match[3] ?? '' };
}

/**
 * Rounds a decimal string to `digits` decimals, half to even (banker's rounding: 0.125 → 0.12,
 * 0.135 → 0.14), and writes it with exactly that many decimals. Zero has no sign.
 */
export function roundDecimal(amount: string, digits: number): string {
  const parsed = parseDecimal(amount);
  if (!parsed) throw new RangeError(`Not a decimal: ${amount}`);
  const { negative, units } = roundToUnits(parsed, digits);
  return writeUnits(negative, units, digits);
}

/** The value × 10^digits, rounded half to even, as a sign and a magnitude. */
function roundToUnits(parsed: ParsedDecimal, digits: number): { negative: boolean; units: bigint } {
  const kept = parsed.fraction.slice(0, digits).padEnd(digits, '0');
  const dropped = parsed.fraction.slice(digits);
  let units = BigInt(parsed.whole + kept);
  if (/[1-9]/.test(dropped)) {
    const first = dropped.charCodeAt(0) - 48;
    const restNonZero = /[1-9]/.test(dropped.slice(1));
    const roundUp = first > 5 || (first === 5 && (restNonZero || units % 2n === 1n));
    if (roundUp) units += 1n;
  }
  return { negative: parsed.negative && units !== 0n, units };
}

function writeUnits(negative: boolean, units: bigint, digits: number): string {
  const text = units.toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const decimalSeparator = (locale: Locale) =>
  cached(`${locale}|plain`, () => new Intl.NumberFormat(intlLocale[locale]))
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value ?? '.';

/**
 * Formats a sign, an integer part and fraction digits with a formatter that shows no decimals: the
 * formatter lays out the sign, grouping and currency, and the fraction follows the last integer digit.
 */
function splice(
  formatter: Intl.NumberFormat,
  locale: Locale,
  negative: boolean,
  whole: bigint,
  fraction: string,
): Intl.NumberFormatPart[] {
  // A BigInt has no negative zero: lay out −1 and put the zero in its place (−0.40 keeps its sign).
  const parts =
    negative && whole === 0n
      ? formatter.formatToParts(-1n)
      : formatter.formatToParts(negative ? -whole : whole);
  if (negative && whole === 0n) {
    for (const part of parts) if (part.type === 'integer') part.value = '0';
  }
  if (fraction === '') return parts;
  let last = -1;
  parts.forEach((part, index) => {
    if (part.type === 'integer') last = index;
  });
  parts.splice(
    last + 1,
    0,
    { type: 'decimal', value: decimalSeparator(locale) },
    { type: 'fraction', value: fraction },
  );
  return parts;
}

/** French writes the US dollar `$ US` (and the Canadian `$ CA` …): CLDR's `$US` lacks the space. */
function frenchSymbol(symbol: string): string {
  const match = /^([$£])([A-Z]{2})$/.exec(symbol);
  return match ? `${match[1]}\u00a0${match[2]}` : symbol;
}

export interface FormatMoneyOptions {
  /** `currency` (default): the currency's minor units (USD 2, JPY 0, BHD 3); `none`: whole units. */
  decimals?: 'currency' | 'none';
}

/**
 * An exact amount for display: `formatMoney('20000000', 'USD', 'en', { decimals: 'none' })` →
 * `USD 20,000,000`, in French `20 000 000 $ US`. Rounded half to even to the decimals shown. The
 * separators are Intl's (no-break spaces in French). Text that is not a decimal is shown as it is.
 */
export function formatMoney(
  amount: string,
  currency: string,
  locale: Locale,
  options: FormatMoneyOptions = {},
): string {
  const parsed = parseDecimal(amount);
  const known = isCurrencyCode(currency);
  const digits = options.decimals === 'none' ? 0 : known ? minorUnits(currency) : 2;
  if (!parsed) return locale === 'en' ? `${currency} ${amount}` : `${amount} ${currency}`;
  if (!/^[A-Z]{3}$/.test(currency)) {
    // Intl refuses a malformed code; show the number and the text as they are.
    const number = formatDecimal(roundDecimal(amount, digits), locale);
    return locale === 'en' ? `${currency} ${number}` : `${number} ${currency}`;
  }
  const formatter = cached(
    `${locale}|${currency}`,
    () =>
      new Intl.NumberFormat(intlLocale[locale], {
        style: 'currency',
        currency,
        currencyDisplay: locale === 'en' ? 'code' : 'symbol',
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      }),
  );
  const { negative, units } = roundToUnits(parsed, digits);
  const scale = 10n ** BigInt(digits);
  const fraction = digits > 0 ? (units % scale).toString().padStart(digits, '0') : '';
  const parts = splice(formatter, locale, negative, units / scale, fraction);
  return parts
    .map((part) => (part.type === 'currency' && locale === 'fr' ? frenchSymbol(part.value) : part.value))
    .join('');
}

/**
 * An exact decimal with the locale's grouping and decimal separator, every written decimal kept
 * (`16592.34` → `16,592.34` / `16 592,34`). Text that is not a decimal is shown as it is.
 */
export function formatDecimal(value: string, locale: Locale): string {
  const parsed = parseDecimal(value);
  if (!parsed) return value;
  const formatter = cached(
    `${locale}|decimal`,
    () => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 0 }),
  );
  const whole = BigInt(parsed.whole);
  const negative = parsed.negative && (whole !== 0n || /[1-9]/.test(parsed.fraction));
  return splice(formatter, locale, negative, whole, parsed.fraction)
    .map((part) => part.value)
    .join('');
}

/**
 * An exchange rate as published, every decimal kept (`1.3919` → `1,3919` in French): a rate is not
 * rounded for display, since the reader checks it against its source.
 */
export function formatRate(rate: string, locale: Locale): string {
  return formatDecimal(rate, locale);
}
