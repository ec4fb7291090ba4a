import type { Locale } from './enums';

/**
 * The active ISO 4217 currencies by their minor units (decimals), as the `currency-codes` package has
 * them (ISO's list one of 2024-06-25). Written out here rather than imported, so that the browser bundle
 * does not carry the package; `currencies.test.ts` fails when the two drift apart.
 *
 * Left out: the codes ISO gives no minor units ("N.A."): precious metals (XAG XAU XPD XPT), bond-market
 * units (XBA XBB XBC XBD), the IMF's SDR (XDR), SUCRE (XSU), the ADB unit of account (XUA), the testing
 * code XTS and "no currency" XXX. No amount of money is kept in them here.
 * Kept: the CFA francs (XAF XOF), the CFP franc (XPF), the East Caribbean dollar (XCD), and the funds
 * codes that do have minor units (CLF, UYW, BOV, MXV …).
 */
const byMinorUnits: Record<0 | 2 | 3 | 4, string> = {
  0: 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF',
  2: `AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD
CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ
GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT
MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD
SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED
VES WST XCD YER ZAR ZMW ZWG`,
  3: 'BHD IQD JOD KWD LYD OMR TND',
  4: 'CLF UYW',
};

const minorUnitsByCode: ReadonlyMap<string, number> = new Map(
  Object.entries(byMinorUnits).flatMap(([units, codes]) =>
    codes
      .trim()
      .split(/\s+/)
      .map((code) => [code, Number(units)] as const),
  ),
);

/** Every currency code accepted for an amount, sorted. */
export const currencyCodes: readonly string[] = [...minorUnitsByCode.keys()].sort();

/** Whether the text is an active ISO 4217 code with minor units (upper case, e.g. `USD`). */
export function isCurrencyCode(code: string): boolean {
  return minorUnitsByCode.has(code);
}

/** The decimals an amount in this currency may have: JPY 0, USD 2, BHD 3, CLF 4. Throws for an unknown code. */
export function minorUnits(code: string): number {
  const units = minorUnitsByCode.get(code);
  if (units === undefined) throw new RangeError(`Unknown currency code: ${code}`);
  return units;
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** The currency's name in the language (`US Dollar`, `dollar des États-Unis`); the code when Intl has none. */
export function currencyName(code: string, locale: Locale): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' });
    displayNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // Intl refuses a string that is not shaped like a code at all (`US`): it has no name either.
    return code;
  }
}
