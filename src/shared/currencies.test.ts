import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { data as isoCurrencies } from 'currency-codes';
import { describe, expect, it } from 'vitest';
import { currencyCodes, currencyName, isCurrencyCode, minorUnits } from './currencies';

/**
 * The codes ISO 4217 gives no minor units ("N.A."), read from the list the package ships: the package
 * itself turns "N.A." into 0, which would make gold look like the yen.
 */
function codesWithoutMinorUnits(): Set<string> {
  const xml = readFileSync(
    createRequire(import.meta.url).resolve('currency-codes/iso-4217-list-one.xml'),
    'utf8',
  );
  const codes = new Set<string>();
  for (const [entry] of xml.matchAll(/<CcyNtry>[\s\S]*?<\/CcyNtry>/g)) {
    const code = /<Ccy>(\w+)<\/Ccy>/.exec(entry)?.[1];
    if (code && /<CcyMnrUnts>N\.A\.<\/CcyMnrUnts>/.test(entry)) codes.add(code);
  }
  return codes;
}

describe('the currency table', () => {
  it('matches the currency-codes package, code by code (update currencies.ts when it changes)', () => {
    const none = codesWithoutMinorUnits();
    const expected = Object.fromEntries(
      isoCurrencies.filter((c) => !none.has(c.code)).map((c) => [c.code, c.digits]),
    );
    const actual = Object.fromEntries(currencyCodes.map((code) => [code, minorUnits(code)]));
    expect(actual).toEqual(expected);
  });

  it('leaves out metals, funds units, test and "no currency" codes', () => {
    const none = codesWithoutMinorUnits();
    expect([...none].sort()).toEqual(
      expect.arrayContaining(['XAG', 'XAU', 'XDR', 'XPD', 'XPT', 'XTS', 'XXX']),
    );
    for (const code of none) expect(isCurrencyCode(code)).toBe(false);
  });

  it('knows the minor units of the usual and unusual currencies', () => {
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('USD')).toBe(2);
    expect(minorUnits('EUR')).toBe(2);
    expect(minorUnits('BHD')).toBe(3);
    expect(minorUnits('CLF')).toBe(4);
    expect(minorUnits('XOF')).toBe(0);
    expect(minorUnits('XAF')).toBe(0);
    expect(minorUnits('AFN')).toBe(2);
  });

  it('accepts upper-case active codes only', () => {
    for (const code of ['USD', 'EUR', 'JPY', 'XOF', 'XAF', 'TJS', 'MDL', 'GEL', 'AZN', 'AFN'])
      expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['usd', 'US', 'USDD', '', 'XAU', 'XXX', 'XTS', 'FRF', 'DEM', 'HRK', 'constructor'])
      expect(isCurrencyCode(code)).toBe(false);
    expect(() => minorUnits('FRF')).toThrow(RangeError);
  });

  it('is sorted and has no duplicate', () => {
    expect([...currencyCodes].sort()).toEqual(currencyCodes);
    expect(new Set(currencyCodes).size).toBe(currencyCodes.length);
    expect(currencyCodes.length).toBeGreaterThan(150);
  });
});

describe('currencyName', () => {
  it('names a currency in English and French', () => {
    expect(currencyName('USD', 'en')).toBe('US Dollar');
    expect(currencyName('USD', 'fr')).toBe('dollar des États-Unis');
    expect(currencyName('JPY', 'fr')).toBe('yen japonais');
    expect(currencyName('EUR', 'en')).toBe('Euro');
  });

  it('falls back to the code when Intl has no name, and never throws', () => {
    expect(currencyName('QQQ', 'en')).toBe('QQQ');
    expect(currencyName('US', 'fr')).toBe('US');
  });
});
