import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyCodes, minorUnits } from './currencies';
import { formatDecimal, formatMoney, formatRate, roundDecimal } from './money-format';

/** Intl's no-break spaces (U+00A0, U+202F) as plain spaces, to compare with text written in a test. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('writes the issue’s example in both languages', () => {
    expect(plain(formatMoney('20000000', 'USD', 'en', { decimals: 'none' }))).toBe('USD 20,000,000');
    expect(plain(formatMoney('20000000', 'USD', 'fr', { decimals: 'none' }))).toBe('20 000 000 $ US');
    expect(plain(formatMoney('20000000.00', 'USD', 'en'))).toBe('USD 20,000,000.00');
    expect(plain(formatMoney('20000000.00', 'USD', 'fr'))).toBe('20 000 000,00 $ US');
  });

  it('keeps "$ US" on one line (a no-break space)', () => {
    expect(formatMoney('1', 'USD', 'fr')).toContain('$\u00a0US');
    expect(plain(formatMoney('1', 'CAD', 'fr'))).toBe('1,00 $ CA');
  });

  it('shows the currency’s own minor units, not CLDR’s', () => {
    expect(plain(formatMoney('1234567', 'JPY', 'en'))).toBe('JPY 1,234,567');
    expect(plain(formatMoney('1234.5', 'BHD', 'en'))).toBe('BHD 1,234.500');
    expect(plain(formatMoney('1.5', 'CLF', 'fr'))).toBe('1,5000 CLF');
    // CLDR shows the afghani without decimals; ISO 4217 gives it two.
    expect(plain(formatMoney('52000000.25', 'AFN', 'en'))).toBe('AFN 52,000,000.25');
    expect(plain(formatMoney('1500', 'EUR', 'fr'))).toBe('1 500,00 €');
    expect(plain(formatMoney('600000000', 'XOF', 'fr'))).toBe('600 000 000 F CFA');
  });

  it('rounds half to even to the decimals shown', () => {
    expect(formatMoney('0.125', 'USD', 'en')).toMatch(/0\.12$/);
    expect(formatMoney('0.135', 'USD', 'en')).toMatch(/0\.14$/);
    expect(formatMoney('0.1251', 'USD', 'en')).toMatch(/0\.13$/);
    expect(plain(formatMoney('20000000.5', 'USD', 'en', { decimals: 'none' }))).toBe('USD 20,000,000');
    expect(plain(formatMoney('20000001.5', 'USD', 'en', { decimals: 'none' }))).toBe('USD 20,000,002');
    expect(plain(formatMoney('2.5', 'JPY', 'fr'))).toBe('2 JPY');
  });

  it('shows negative amounts, including those under one unit, and no "-0"', () => {
    expect(plain(formatMoney('-1234.5', 'USD', 'en'))).toBe('-USD 1,234.50');
    expect(plain(formatMoney('-1234.5', 'EUR', 'fr'))).toBe('-1 234,50 €');
    expect(plain(formatMoney('-0.40', 'USD', 'en'))).toBe('-USD 0.40');
    expect(plain(formatMoney('-0.40', 'USD', 'fr'))).toBe('-0,40 $ US');
    expect(plain(formatMoney('-0.001', 'USD', 'en'))).toBe('USD 0.00');
    expect(plain(formatMoney('0', 'USD', 'fr'))).toBe('0,00 $ US');
  });

  it('formats amounts far beyond 2^53 exactly', () => {
    expect(plain(formatMoney('123456789012345678901.99', 'USD', 'en'))).toBe(
      'USD 123,456,789,012,345,678,901.99',
    );
    expect(plain(formatMoney('9007199254740993.01', 'EUR', 'fr'))).toBe('9 007 199 254 740 993,01 €');
  });

  it('shows an unknown but well-formed code, and leaves malformed input readable', () => {
    expect(plain(formatMoney('10', 'QQQ', 'en'))).toBe('QQQ 10.00');
    expect(plain(formatMoney('10', 'us', 'fr'))).toBe('10,00 us');
    expect(formatMoney('ten', 'USD', 'en')).toBe('USD ten');
    expect(formatMoney('1e6', 'USD', 'fr')).toBe('1e6 USD');
  });

  it('never loses or changes a digit, up to 10^15, in any currency and language', () => {
    const amount = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.stringMatching(/^\d{0,6}$/))
      .map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : `${whole}`));
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom(...currencyCodes),
        fc.constantFrom('en' as const, 'fr' as const),
        fc.constantFrom('currency' as const, 'none' as const),
        (value, currency, locale, decimals) => {
          const digits = decimals === 'none' ? 0 : minorUnits(currency);
          const rounded = roundDecimal(value, digits);
          const text = formatMoney(value, currency, locale, { decimals });
          expect(text.replace(/\D/g, '')).toBe(rounded.replace(/\D/g, ''));
          expect(text.includes('-')).toBe(rounded.startsWith('-'));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('roundDecimal', () => {
  it('rounds half to even and pads to the decimals asked', () => {
    expect(roundDecimal('2.5', 0)).toBe('2');
    expect(roundDecimal('3.5', 0)).toBe('4');
    expect(roundDecimal('-2.5', 0)).toBe('-2');
    expect(roundDecimal('-3.5', 0)).toBe('-4');
    expect(roundDecimal('2.50001', 0)).toBe('3');
    expect(roundDecimal('1.005', 2)).toBe('1.00');
    expect(roundDecimal('1.015', 2)).toBe('1.02');
    expect(roundDecimal('7', 3)).toBe('7.000');
    expect(roundDecimal('-0.004', 2)).toBe('0.00');
    expect(roundDecimal('0.999', 2)).toBe('1.00');
  });

  it('agrees with the rule on every random half', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 4 }),
        (n, d) => {
          // n + 0.5 units of the last kept decimal: exactly halfway.
          const scale = 10n ** BigInt(d);
          const abs = n < 0n ? -n : n;
          const kept = d > 0 ? (abs % scale).toString().padStart(d, '0') : '';
          const text = `${n < 0n ? '-' : ''}${abs / scale}.${kept}5`;
          const rounded = roundDecimal(text, d);
          const expectedAbs = abs % 2n === 0n ? abs : abs + 1n;
          const lastDigits = BigInt(rounded.replace(/\D/g, ''));
          expect(lastDigits).toBe(expectedAbs);
        },
      ),
    );
  });

  it('refuses text that is not a decimal', () => {
    expect(() => roundDecimal('1e3', 2)).toThrow(RangeError);
    expect(() => roundDecimal('', 2)).toThrow(RangeError);
  });
});

describe('formatRate and formatDecimal', () => {
  it('keeps every decimal of a rate as published', () => {
    expect(formatRate('1.3919', 'en')).toBe('1.3919');
    expect(formatRate('1.3919', 'fr')).toBe('1,3919');
    expect(formatRate('1.0850', 'en')).toBe('1.0850');
    expect(plain(formatRate('16592.34', 'fr'))).toBe('16 592,34');
    expect(formatRate('16592.34', 'en')).toBe('16,592.34');
    expect(formatRate('161', 'en')).toBe('161');
    expect(formatRate('0.000123456789', 'fr')).toBe('0,000123456789');
  });

  it('formats big and negative decimals exactly', () => {
    expect(formatDecimal('-12345678901234567890.1234567890', 'en')).toBe(
      '-12,345,678,901,234,567,890.1234567890',
    );
    expect(formatDecimal('-0.5', 'en')).toBe('-0.5');
    expect(formatDecimal('-0.0', 'en')).toBe('0.0');
    expect(formatDecimal('n/a', 'en')).toBe('n/a');
  });
});
