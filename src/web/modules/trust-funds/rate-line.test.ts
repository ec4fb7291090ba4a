import { describe, expect, it } from 'vitest';
import { rateLine, rateText } from './rate-line';

const used = {
  currency: 'JPY',
  baseCurrency: 'EUR',
  valueDate: '2014-05-06',
  rate: '141.62',
  rateDate: '2014-05-06',
  rateSource: 'ECB',
};
const t = (key: string, params: Record<string, string> = {}) =>
  `${key}(${Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ')})`;

describe('rate line', () => {
  it('writes the rate as "1 base = rate currency", with its date and source', () => {
    const line = rateLine(used, 'en');
    expect(line).toEqual({
      kind: 'rate',
      equation: '1 EUR = 141.62 JPY',
      date: '6 May 2014',
      source: 'ECB',
      earlier: false,
      valueDate: '6 May 2014',
    });
    expect(rateText(line, t)).toEqual({
      main: 'trustFunds.rate.line(equation=1 EUR = 141.62 JPY; date=6 May 2014; source=ECB)',
      note: null,
    });
  });

  it('keeps every published decimal, in the reader’s digits', () => {
    const line = rateLine({ ...used, currency: 'USD', rate: '1.3919' }, 'fr');
    expect(line.kind === 'rate' && line.equation).toBe('1 EUR = 1,3919 USD');
    expect(line.kind === 'rate' && line.date).toBe('6 mai 2014');
  });

  it('says when the rate is of an earlier day than the value date', () => {
    const line = rateLine({ ...used, valueDate: '2014-05-10', rateDate: '2014-05-09' }, 'en');
    expect(line.kind === 'rate' && line.earlier).toBe(true);
    expect(rateText(line, t).note).toBe('trustFunds.rate.earlier(valueDate=10 May 2014)');
  });

  it('shows no conversion for an amount in the base currency', () => {
    const line = rateLine({ ...used, currency: 'EUR', rate: '1', rateSource: 'base' }, 'en');
    expect(line).toEqual({ kind: 'base' });
    expect(rateText(line, t)).toEqual({ main: 'trustFunds.rate.base()', note: null });
  });
});
