import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorUnits } from '../shared/currencies';
import { AppError } from './errors';
import {
  acceptRate,
  BASE_RATE_SOURCE,
  buildRateTable,
  checkAmount,
  convert,
  Dec,
  type Decimal,
  fromBase,
  parseAmount,
  pickRate,
  rateLookup,
  ratePolicyText,
  roundTo,
  sumExact,
  toBase,
  toDecimalString,
} from './money';

/** Throws and returns the AppError, to look at its code, params and field errors. */
function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

// Generators ---------------------------------------------------------------------------------------

const currencies = ['USD', 'EUR', 'JPY', 'BHD', 'CLF', 'XOF', 'GBP', 'AFN'] as const;

/** An amount written as a currency allows: up to 10^15, with at most its minor units as decimals. */
const amountIn = (currency: string, min = 0n) =>
  fc.bigInt({ min, max: 10n ** BigInt(15 + minorUnits(currency)) }).map((units) => {
    const d = minorUnits(currency);
    const sign = units < 0n ? '-' : '';
    const text = (units < 0n ? -units : units).toString().padStart(d + 1, '0');
    return d === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -d)}.${text.slice(-d)}`;
  });

/** A rate as central banks publish them: 0.0001 to 100 000, up to 6 decimals, never zero. */
const rateArb = fc
  .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 999_999 }))
  .filter(([whole, fraction]) => whole > 0 || fraction >= 100)
  .map(([whole, fraction]) => `${whole}.${fraction.toString().padStart(6, '0')}`);

/** Half a minor unit of the currency, and the distance of a value to the nearest rounding boundary. */
const halfUnit = (currency: string) => new Dec(10).pow(-minorUnits(currency)).div(2);
function distanceToBoundary(value: Decimal, currency: string): Decimal {
  const unit = new Dec(10).pow(-minorUnits(currency));
  const offset = value.abs().mod(unit).minus(unit.div(2)).abs();
  return offset;
}

// Sums and rounding --------------------------------------------------------------------------------

describe('sumExact', () => {
  it('is exact: 0.1 + 0.2 is 0.3, and a million cents are 10 000', () => {
    expect(sumExact(['0.1', '0.2']).eq('0.3')).toBe(true);
    expect(sumExact(Array(1_000_000).fill('0.01')).toFixed()).toBe('10000');
    expect(sumExact([]).toFixed()).toBe('0');
    expect(sumExact(['99999999999999999999.99', '0.01']).toFixed()).toBe('100000000000000000000');
  });

  it('gives the same total in any order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(...currencies.map((c) => amountIn(c, -(10n ** 17n)))), { maxLength: 60 }),
        fc.func(fc.integer()),
        (values, key) => {
          const shuffled = [...values].sort((a, b) => key(a) - key(b) || (a < b ? -1 : a > b ? 1 : 0));
          const reference = values.reduce((sum, v) => sum + BigInt(new Dec(v).times(1e4).toFixed()), 0n);
          expect(sumExact(shuffled).eq(sumExact(values))).toBe(true);
          expect(sumExact(values).times(1e4).toFixed()).toBe(reference.toString());
        },
      ),
    );
  });
});

describe('roundTo', () => {
  it('rounds half to even to the currency’s minor units', () => {
    expect(roundTo('0.125', 'USD').toFixed(2)).toBe('0.12');
    expect(roundTo('0.135', 'USD').toFixed(2)).toBe('0.14');
    expect(roundTo('-0.125', 'EUR').toFixed(2)).toBe('-0.12');
    expect(roundTo('2.5', 'JPY').toFixed()).toBe('2');
    expect(roundTo('3.5', 'JPY').toFixed()).toBe('4');
    expect(roundTo('1.0005', 'BHD').toFixed(3)).toBe('1.000');
    expect(roundTo('1.00005', 'CLF').toFixed(4)).toBe('1.0000');
    expect(roundTo('1.000051', 'CLF').toFixed(4)).toBe('1.0001');
    expect(() => roundTo('1', 'XAU')).toThrow(RangeError);
  });

  it('matches half-even on integers, for any value (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }),
        fc.constantFrom(...currencies),
        (n, c) => {
          // n as a value with 6 decimals, rounded to the currency's decimals.
          const value = new Dec(`${n}e-6`);
          const drop = 10n ** BigInt(6 - minorUnits(c));
          const abs = n < 0n ? -n : n;
          let q = abs / drop;
          const twice = (abs % drop) * 2n;
          if (twice > drop || (twice === drop && q % 2n === 1n)) q += 1n;
          const expected = new Dec(`${n < 0n ? -q : q}e-${minorUnits(c)}`);
          expect(roundTo(value, c).eq(expected)).toBe(true);
        },
      ),
    );
  });
});

// Conversions --------------------------------------------------------------------------------------

describe('toBase and fromBase', () => {
  it('divides to 10 decimals, half to even, in one rounding', () => {
    expect(toBase('1', '3').toFixed()).toBe('0.3333333333');
    expect(toBase('2', '3').toFixed()).toBe('0.6666666667');
    expect(toBase('-2', '3').toFixed()).toBe('-0.6666666667');
    expect(toBase('0.00000000005', '1').toFixed()).toBe('0');
    expect(toBase('0.00000000015', '1').toFixed()).toBe('0.0000000002');
    expect(toBase('0.00000000025', '1').toFixed()).toBe('0.0000000002');
    // ECB, 6 May 2014: 1 EUR = 1.3919 USD.
    expect(toBase('20000000.00', '1.3919').toFixed(10)).toBe('14368848.3368058050');
    expect(toBase('20000000', '140.76').toFixed(10)).toBe('142085.8198351804');
  });

  it('multiplies exactly, however long the product', () => {
    expect(fromBase('14368848.3368058050', '1.3919').toFixed(14)).toBe('19999999.99999999997950');
    expect(fromBase('123456789012345.1234567891', '98765.432109').toFixed()).toBe(
      '12193263113593909453.6487272511812119',
    );
  });

  it('refuses a rate that is not positive', () => {
    expect(() => toBase('1', '0')).toThrow(RangeError);
    expect(() => fromBase('1', '-1.2')).toThrow(RangeError);
  });

  it('comes back to the amount, to the minor unit, after a round trip (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...currencies).chain((c) => fc.tuple(fc.constant(c), amountIn(c), rateArb)),
        ([currency, amount, rate]) => {
          const back = fromBase(toBase(amount, rate), rate);
          expect(roundTo(back, currency).eq(amount)).toBe(true);
          // The error is at most half a unit of the 10th decimal, times the rate.
          expect(back.minus(amount).abs().lte(new Dec(rate).times('0.00000000005'))).toBe(true);
        },
      ),
    );
  });

  it('gives back a base amount of 10 decimals exactly (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), rateArb, (units, rate) => {
        const base = new Dec(`${units}e-10`);
        expect(toBase(fromBase(base, rate), rate).eq(base)).toBe(true);
      }),
    );
  });
});

describe('convert', () => {
  const rates: Record<string, string> = { EUR: '1', USD: '1.3919', JPY: '140.76', GBP: '0.82045' };
  const lookup = (c: string) => rates[c]!;

  it('goes through the base, and leaves an amount in its own currency alone', () => {
    expect(convert('1000', 'USD', 'EUR', lookup).toFixed()).toBe('718.4424168403');
    expect(convert('1000', 'EUR', 'USD', lookup).toFixed()).toBe('1391.9');
    expect(roundTo(convert('20000000', 'USD', 'JPY', lookup), 'JPY').toFixed()).toBe('2022559092');
    expect(convert('12.345678', 'USD', 'USD', lookup).toFixed()).toBe('12.345678');
  });

  it('sums conversions to the same total in any order, and as converting the sum (property)', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.constantFrom(...currencies), fc.constantFrom(...currencies))
          .chain(([from, to]) =>
            fc.tuple(
              fc.constant(from),
              fc.constant(to),
              fc.array(amountIn(from), { minLength: 1, maxLength: 50 }),
              rateArb,
              rateArb,
            ),
          ),
        fc.func(fc.integer()),
        ([from, to, amounts, rateFrom, rateTo], key) => {
          const look = (c: string) => (c === from ? rateFrom : rateTo);
          const converted = amounts.map((a) => convert(a, from, to, look));
          const total = sumExact(converted);
          const shuffled = [...converted].sort((a, b) => key(a.toFixed()) - key(b.toFixed()));
          expect(sumExact(shuffled).eq(total)).toBe(true);

          const ofSum = convert(sumExact(amounts), from, to, look);
          // Each base amount is off by at most half a unit of its 10th decimal: so is their sum, n times.
          const bound = new Dec(rateTo).times('0.00000000005').times(amounts.length + 1);
          expect(total.minus(ofSum).abs().lte(bound)).toBe(true);
          expect(bound.lt(halfUnit('USD'))).toBe(true);
          // To the cent: the two round alike, unless the exact value sits within the bound of a half-cent.
          if (!roundTo(total, to).eq(roundTo(ofSum, to)))
            expect(distanceToBoundary(ofSum, to).lte(bound)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rounds a donor’s yearly total the same, converted payment by payment or at once', () => {
    const payments = ['5000000.00', '7500000.00', '7500000.00'];
    const each = sumExact(payments.map((p) => convert(p, 'USD', 'EUR', lookup)));
    const once = convert(sumExact(payments), 'USD', 'EUR', lookup);
    expect(roundTo(each, 'EUR').toFixed(2)).toBe(roundTo(once, 'EUR').toFixed(2));
    expect(roundTo(once, 'EUR').toFixed(2)).toBe('14368848.34');
  });
});

// Parsing ------------------------------------------------------------------------------------------

describe('parseAmount', () => {
  it('reads an exact amount, trims it and keeps its decimals', () => {
    expect(toDecimalString(parseAmount('20000000.00', 'USD'))).toBe('20000000');
    expect(parseAmount(' 12.5 ', 'EUR').eq('12.5')).toBe(true);
    expect(parseAmount('1500', 'JPY').eq(1500)).toBe(true);
    expect(parseAmount('1.234', 'BHD').eq('1.234')).toBe(true);
    expect(parseAmount('-3.1415', 'CLF').eq('-3.1415')).toBe(true);
    expect(parseAmount('999999999999999.99', 'USD').toFixed(2)).toBe('999999999999999.99');
    expect(parseAmount('-0', 'USD', { allowNegative: false }).isNegative()).toBe(false);
  });

  it.each([
    ['1,250.00', 'USD', {}, 'money.malformed'],
    ['12.', 'USD', {}, 'money.malformed'],
    ['.5', 'USD', {}, 'money.malformed'],
    ['1e6', 'USD', {}, 'money.malformed'],
    ['', 'USD', {}, 'money.malformed'],
    ['12,50', 'EUR', {}, 'money.malformed'],
    ['+5', 'USD', {}, 'money.malformed'],
    ['12.345', 'USD', {}, 'money.too_many_decimals'],
    ['12.5', 'JPY', {}, 'money.too_many_decimals'],
    ['12.0', 'XOF', {}, 'money.too_many_decimals'],
    ['1.23456', 'CLF', {}, 'money.too_many_decimals'],
    ['1000000000000000', 'USD', {}, 'money.too_large'],
    ['-5.00', 'USD', { allowNegative: false }, 'money.negative'],
    ['0.00', 'USD', { allowZero: false }, 'money.zero'],
    ['10', 'usd', {}, 'currency.unknown'],
    ['10', 'XAU', {}, 'currency.unknown'],
    ['10', 'FRF', {}, 'currency.unknown'],
  ] as const)('refuses %j in %s (%j): %s', (text, currency, options, code) => {
    const error = refusal(() => parseAmount(text, currency, options));
    expect(error.status).toBe(422);
    expect(error.code).toBe(code);
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0]!.code).toBe(code);
    expect(error.errors[0]!.message).not.toMatch(/[{}]/);
  });

  it('names the field and the currency’s minor units, in the caller’s language', () => {
    const en = refusal(() => parseAmount('12.345', 'USD', { path: 'budgets.0.value' }));
    expect(en.params).toEqual({ currency: 'USD', minorUnits: 2, example: '1250.50' });
    expect(en.errors[0]).toEqual({
      path: 'budgets.0.value',
      code: 'money.too_many_decimals',
      message: 'An amount in USD has at most 2 decimal(s) (e.g. 1250.50).',
    });
    const fr = refusal(() => parseAmount('5', 'XYZ', { locale: 'fr', currencyPath: 'fee.currency' }));
    expect(fr.errors[0]).toEqual({
      path: 'fee.currency',
      code: 'currency.unknown',
      message: '« XYZ » n’est pas un code de devise ISO 4217 (trois majuscules, ex. EUR).',
    });
    expect(refusal(() => parseAmount('1.5', 'JPY')).params.example).toBe('1250');
  });

  it('refuses every amount with more decimals than its currency allows, accepts the others (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...currencies),
        fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
        fc.stringMatching(/^\d{1,8}$/),
        fc.boolean(),
        (currency, whole, fraction, negative) => {
          const text = `${negative ? '-' : ''}${whole}.${fraction}`;
          const result = checkAmount(text, currency);
          if (fraction.length > minorUnits(currency)) {
            expect(result).toMatchObject({ ok: false, code: 'money.too_many_decimals' });
          } else {
            expect(result.ok).toBe(true);
            if (result.ok) expect(result.value.eq(text)).toBe(true);
          }
        },
      ),
    );
  });
});

// Rates --------------------------------------------------------------------------------------------

describe('pickRate', () => {
  const table = buildRateTable('EUR', [
    { currency: 'USD', rateDate: '2014-05-06', rate: '1.3919', source: 'ECB' },
    { currency: 'USD', rateDate: '2014-05-02', rate: '1.3867', source: 'ECB' },
    { currency: 'USD', rateDate: '2014-05-05', rate: '1.3873', source: 'ECB' },
    { currency: 'JPY', rateDate: '2014-05-02', rate: '141.88', source: 'ECB' },
    { currency: 'JPY', rateDate: '2014-05-02', rate: '141.89', source: 'ECB (revised)' },
  ]);

  it('takes the rate of the value date', () => {
    expect(pickRate(table, 'USD', '2014-05-06', 7)).toEqual({
      rate: '1.3919',
      rateDate: '2014-05-06',
      source: 'ECB',
    });
    expect(pickRate(table, 'USD', '2014-05-02', 7).rate).toBe('1.3867');
  });

  it('falls back to the latest earlier rate within the window (a weekend)', () => {
    expect(pickRate(table, 'USD', '2014-05-04', 7)).toEqual({
      rate: '1.3867',
      rateDate: '2014-05-02',
      source: 'ECB',
    });
    expect(pickRate(table, 'USD', '2014-05-13', 7).rateDate).toBe('2014-05-06');
    expect(pickRate(table, 'JPY', '2014-05-03', 1)).toEqual({
      rate: '141.89',
      rateDate: '2014-05-02',
      source: 'ECB (revised)',
    });
  });

  it('refuses beyond the window, before the first rate and for a currency without rates', () => {
    for (const [currency, date, maxAge] of [
      ['USD', '2014-05-14', 7],
      ['USD', '2014-05-01', 7],
      ['JPY', '2014-05-04', 1],
      ['USD', '2014-05-04', 0],
      ['GBP', '2014-05-06', 7],
    ] as const) {
      const error = refusal(() => pickRate(table, currency, date, maxAge));
      expect(error.status).toBe(422);
      expect(error.code).toBe('rate.missing');
      expect(error.params).toEqual({ currency, date, maxAgeDays: maxAge });
    }
  });

  it('gives the base currency the rate 1 on every date', () => {
    expect(pickRate(table, 'EUR', '1999-01-04', 0)).toEqual({
      rate: '1',
      rateDate: '1999-01-04',
      source: BASE_RATE_SOURCE,
    });
  });

  it('applies the same policy to one rate read from the database', () => {
    const row = { currency: 'USD', rateDate: '2014-05-02', rate: '1.3867', source: 'ECB' };
    expect(acceptRate(row, 'USD', '2014-05-09', 7).rate).toBe('1.3867');
    expect(refusal(() => acceptRate(row, 'USD', '2014-05-10', 7)).code).toBe('rate.missing');
    expect(refusal(() => acceptRate(undefined, 'USD', '2014-05-10', 7)).code).toBe('rate.missing');
    expect(refusal(() => acceptRate(row, 'USD', '2014-05-01', 7)).code).toBe('rate.missing');
  });

  it('converts with the table on a value date', () => {
    const look = rateLookup(table, '2014-05-04', 7);
    expect(convert('1386.70', 'USD', 'EUR', look).toFixed()).toBe('1000');
    expect(() => convert('1', 'GBP', 'EUR', look)).toThrow(AppError);
  });
});

describe('ratePolicyText', () => {
  it('states the policy in English and French', () => {
    expect(ratePolicyText(7, 'en')).toBe(
      'Each amount is converted at the exchange rate of its value date; when that date has no rate (weekend, holiday), at the latest earlier rate of at most 7 days before; beyond that no rate is assumed and the missing rate is reported.',
    );
    expect(ratePolicyText(1, 'fr')).toContain('au dernier taux antérieur d’au plus 1 jour ;');
    expect(ratePolicyText(0, 'en')).toContain('of that date only');
    expect(ratePolicyText(0, 'fr')).toContain('de ce jour seulement');
  });

  it('names the base currency and the sources when given', () => {
    const en = ratePolicyText(7, 'en', { base: 'EUR', sources: ['ECB'] });
    expect(en).toMatch(/Rates are units of each currency per 1 EUR\. Source: ECB\.$/);
    const fr = ratePolicyText(3, 'fr', { base: 'EUR', sources: ['BCE', 'FMI'] });
    expect(fr).toMatch(/pour 1 EUR\. Sources : BCE, FMI\.$/);
    expect(fr).toContain('3 jours');
  });
});
