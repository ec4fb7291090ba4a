import { describe, expect, it } from 'vitest';
import { describeCode } from '../../shared/validation-messages';
import { MAX_RATE_ERRORS, parseRatesCsv, type RateCsvResult } from './rates-csv';

const options = { base: 'EUR', defaultSource: 'ECB' };

/** The ECB's historical file (eurofxref-hist.csv) as published: newest first, N/A, a trailing comma. */
const ecbHistory = `Date,USD,JPY,BGN,CYP,CZK,DKK,EEK,GBP,HUF,LTL,LVL,MTL,PLN,ROL,RON,SEK,SIT,SKK,CHF,ISK,NOK,HRK,RUB,TRL,TRY,AUD,BRL,CAD,CNY,HKD,IDR,ILS,INR,KRW,MXN,MYR,NZD,PHP,SGD,THB,ZAR,
2014-05-06,1.3919,141.52,1.9558,N/A,27.433,7.4645,N/A,0.82230,303.73,3.4528,0.7035,N/A,4.1963,N/A,4.4381,9.0470,N/A,N/A,1.2203,N/A,8.2865,7.5820,49.0455,N/A,2.8957,1.4905,3.0842,1.5222,8.6680,10.7912,15960.48,4.8078,83.3650,1428.21,18.0725,4.5095,1.5967,61.566,1.7393,45.213,14.5983,
2014-05-05,1.3873,141.88,1.9558,N/A,27.445,7.4648,N/A,0.82290,305.51,3.4528,0.7031,N/A,4.1935,N/A,4.4375,9.0745,N/A,N/A,1.2199,N/A,8.2735,7.5815,49.6000,N/A,2.9131,1.4885,3.0839,1.5209,8.6428,10.7555,15968.10,4.8035,83.4310,1430.05,18.1212,4.5101,1.6012,61.738,1.7366,45.061,14.5892,
1999-01-04,1.1789,133.73,N/A,0.58231,35.107,7.4501,15.6466,0.7111,251.48,4.7170,0.6694,0.4326,4.0712,13111,N/A,9.4696,189.045,42.991,1.6168,81.48,8.855,N/A,N/A,N/A,N/A,1.9100,N/A,1.8004,N/A,9.1332,9433.61,N/A,N/A,1398.59,N/A,N/A,2.2229,N/A,1.9554,N/A,6.9358,
`;

/** The ECB's daily file (eurofxref.csv): spaces after the commas, the date spelt out. */
const ecbDaily = `Date, USD, JPY, BGN, CZK, DKK, GBP, HUF, PLN, RON, SEK, CHF, ISK, NOK, TRY, AUD, BRL, CAD, CNY, HKD, IDR, ILS, INR, KRW, MXN, MYR, NZD, PHP, SGD, THB, ZAR, 
22 November 2024, 1.0412, 161.17, 1.9558, 25.263, 7.4589, 0.83188, 410.93, 4.3425, 4.9769, 11.5145, 0.9295, 145.10, 11.5445, 35.7998, 1.6008, 6.0507, 1.4536, 7.5425, 8.1046, 16592.34, 3.8601, 87.9000, 1457.63, 21.3465, 4.6564, 1.7799, 61.387, 1.4001, 35.965, 18.8895, 
`;

const rate = (result: RateCsvResult, currency: string, date: string) =>
  result.rows.find((r) => r.currency === currency && r.rateDate === date);

function expectMessages(result: RateCsvResult) {
  // Every code the reader reports has its text in both languages, every parameter filled.
  for (const error of result.errors) {
    for (const locale of ['en', 'fr'] as const) {
      const text = describeCode(error.code, locale, error.params);
      expect(text, error.code).not.toBe(describeCode('no.such_code', locale));
      expect(text, error.code).not.toMatch(/[{}]/);
    }
  }
}

describe('the ECB wide files', () => {
  it('reads the historical file: N/A and the trailing column left out, withdrawn currencies skipped', () => {
    const result = parseRatesCsv(ecbHistory, options);
    expect(result.errors).toEqual([]);
    expect(result.format).toBe('wide');
    expect(result.skippedCurrencies).toEqual([
      'CYP',
      'EEK',
      'LTL',
      'LVL',
      'MTL',
      'ROL',
      'SIT',
      'SKK',
      'HRK',
      'TRL',
    ]);
    expect(rate(result, 'USD', '2014-05-06')).toEqual({
      currency: 'USD',
      rateDate: '2014-05-06',
      rate: '1.3919',
      source: 'ECB',
    });
    expect(rate(result, 'GBP', '2014-05-06')?.rate).toBe('0.82230');
    expect(rate(result, 'IDR', '1999-01-04')?.rate).toBe('9433.61');
    expect(rate(result, 'BGN', '1999-01-04')).toBeUndefined();
    expect(rate(result, 'ISK', '2014-05-06')).toBeUndefined();
    expect(rate(result, 'ISK', '1999-01-04')?.rate).toBe('81.48');
    // 31 active currencies; N/A cells: none in 2014 but ISK, many in 1999.
    expect(result.rows.filter((r) => r.rateDate === '2014-05-06')).toHaveLength(30);
    expect(result.rows.filter((r) => r.rateDate === '1999-01-04')).toHaveLength(19);
    expectMessages(result);
  });

  it('reads the daily file, its spaces and its spelt-out date', () => {
    const result = parseRatesCsv(ecbDaily, { base: 'EUR', defaultSource: 'ECB' });
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(30);
    expect(rate(result, 'JPY', '2024-11-22')?.rate).toBe('161.17');
    expect(rate(result, 'INR', '2024-11-22')?.rate).toBe('87.9000');
  });

  it('reads a BOM and Windows line ends', () => {
    const result = parseRatesCsv(`\uFEFF${ecbHistory.replace(/\n/g, '\r\n')}`, options);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(30 + 30 + 19);
  });

  it('reports a bad cell by line and column, and imports nothing', () => {
    const file = `Date,USD,JPY,
2014-05-06,1.3919,141.52,
2014-05-05,0,141.88,

2014-05-02,1.3867,-141.6,
2014-02-30,1.36,140,
2014-05-01,1.3850,1.4e2,
2014-05-06,1.39,141.5,
`;
    const result = parseRatesCsv(file, options);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: 3, column: 'USD', code: 'rates.rate_invalid' },
      { line: 5, column: 'JPY', code: 'rates.rate_invalid' },
      { line: 6, column: 'Date', code: 'date.invalid' },
      { line: 7, column: 'JPY', code: 'rates.rate_invalid' },
      { line: 8, column: 'Date', code: 'rates.duplicate_date', params: { date: '2014-05-06', other: 2 } },
    ]);
    expectMessages(result);
  });

  it('refuses an unknown currency column, a repeated one, and a base rate other than 1', () => {
    const unknown = parseRatesCsv('Date,USD,XYZ,USD\n2014-05-06,1.39,2,1.39\n', options);
    expect(unknown.errors).toEqual([
      { line: 1, column: 'XYZ', code: 'currency.unknown', params: { currency: 'XYZ' } },
      { line: 1, column: 'USD', code: 'import.duplicate_header', params: { value: 'USD' } },
    ]);
    const base = parseRatesCsv('Date,EUR,USD\n2014-05-06,1.0000,1.39\n2014-05-07,1.01,1.39\n', options);
    expect(base.errors).toEqual([
      { line: 3, column: 'EUR', code: 'rates.base_not_one', params: { currency: 'EUR' } },
    ]);
    const fine = parseRatesCsv('Date,EUR,USD\n2014-05-06,1.0000,1.39\n', options);
    expect(fine.rows).toEqual([{ currency: 'USD', rateDate: '2014-05-06', rate: '1.39', source: 'ECB' }]);
    expectMessages(unknown);
    expectMessages(base);
  });

  it('needs a source for a wide file, which names none', () => {
    const result = parseRatesCsv('Date,USD\n2014-05-06,1.39\n', { base: 'EUR' });
    expect(result.errors).toEqual([{ line: 1, column: 'Date', code: 'rates.source_missing' }]);
  });
});

describe('the long layout', () => {
  it('reads currency,date,rate,source, with the default source for an empty cell', () => {
    const file = `currency,date,rate,source
USD,2014-05-06,1.3919,ECB
jpy,2014-05-06,141.52,
GBP,2014-05-06,000.8223,Bank of England
`;
    const result = parseRatesCsv(file, options);
    expect(result.errors).toEqual([]);
    expect(result.format).toBe('long');
    expect(result.rows).toEqual([
      { currency: 'USD', rateDate: '2014-05-06', rate: '1.3919', source: 'ECB' },
      { currency: 'JPY', rateDate: '2014-05-06', rate: '141.52', source: 'ECB' },
      { currency: 'GBP', rateDate: '2014-05-06', rate: '0.8223', source: 'Bank of England' },
    ]);
  });

  it('reads French headers in any order, from a French spreadsheet (; and decimal comma)', () => {
    const file = `Taux;Devise;Date;Source
1,3919;USD;06/05/2014;BCE
141,52;JPY;2014-05-06;BCE
`;
    const result = parseRatesCsv(file, { base: 'EUR' });
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { currency: 'USD', rateDate: '2014-05-06', rate: '1.3919', source: 'BCE' },
      { currency: 'JPY', rateDate: '2014-05-06', rate: '141.52', source: 'BCE' },
    ]);
    const commas = parseRatesCsv('devise,date,taux\nUSD,2014-05-06,1.3919\n', options);
    expect(commas.rows).toHaveLength(1);
  });

  it('reports each bad cell of each line, counting the header as line 1', () => {
    const file = `currency,date,rate
USD,2014-05-06,1.3919
XYZ,2014-05-06,1.2

USD,06/05/2014,1.39
USD,2014-05-07,abc
EUR,2014-05-07,1.1
EUR,2014-05-07,1
USD,2014-05-06,1.3920
GBP,2014-05-06,0.82,extra
,,
XAU,2014-13-01,0
`;
    const result = parseRatesCsv(file, options);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: 3, column: 'currency', code: 'currency.unknown', params: { currency: 'XYZ' } },
      { line: 5, column: 'date', code: 'date.invalid' },
      { line: 6, column: 'rate', code: 'rates.rate_invalid' },
      { line: 7, column: 'rate', code: 'rates.base_not_one', params: { currency: 'EUR' } },
      {
        line: 8,
        column: 'rate',
        code: 'rates.duplicate',
        params: { currency: 'EUR', date: '2014-05-07', other: 7 },
      },
      {
        line: 9,
        column: 'rate',
        code: 'rates.duplicate',
        params: { currency: 'USD', date: '2014-05-06', other: 2 },
      },
      { line: 10, code: 'import.malformed_row', params: { count: 4, expected: 3 } },
      { line: 12, column: 'currency', code: 'currency.unknown', params: { currency: 'XAU' } },
      { line: 12, column: 'date', code: 'date.invalid' },
    ]);
    expectMessages(result);
  });

  it('refuses unknown and repeated headers, and a missing source', () => {
    const headers = parseRatesCsv('currency,date,rate,comment,Rate\nUSD,2014-05-06,1.39,x,1\n', options);
    expect(headers.errors).toEqual([
      { line: 1, column: 'comment', code: 'import.unknown_header', params: { value: 'comment' } },
      { line: 1, column: 'Rate', code: 'import.duplicate_header', params: { value: 'Rate' } },
    ]);
    const noSource = parseRatesCsv('currency,date,rate\nUSD,2014-05-06,1.39\n', { base: 'EUR' });
    expect(noSource.errors).toEqual([
      { line: 1, column: 'source', code: 'import.missing_header', params: { value: 'source' } },
    ]);
    const emptySource = parseRatesCsv('currency,date,rate,source\nUSD,2014-05-06,1.39,\n', { base: 'EUR' });
    expect(emptySource.errors).toEqual([{ line: 2, column: 'source', code: 'rates.source_missing' }]);
    const longSource = parseRatesCsv(
      `currency,date,rate,source\nUSD,2014-05-06,1.39,${'x'.repeat(101)}\n`,
      options,
    );
    expect(longSource.errors).toEqual([
      { line: 2, column: 'source', code: 'too_big_string', params: { maximum: 100 } },
    ]);
    expectMessages(headers);
  });
});

describe('files that cannot be read', () => {
  it('says when the layout is unknown, the file empty, or a quote unclosed', () => {
    expect(parseRatesCsv('when,what\n2014-05-06,1\n', options)).toMatchObject({
      format: null,
      errors: [{ line: 1, code: 'rates.unknown_format' }],
    });
    expect(parseRatesCsv('', options).errors).toEqual([{ line: 1, code: 'rates.empty' }]);
    expect(parseRatesCsv('\n\n', options).errors).toEqual([{ line: 1, code: 'rates.empty' }]);
    expect(parseRatesCsv('currency,date,rate,source\n', options).errors).toEqual([
      { line: 1, code: 'rates.empty' },
    ]);
    expect(parseRatesCsv('Date,USD\n2014-05-06,N/A\n', options).errors).toEqual([
      { line: 1, code: 'rates.empty' },
    ]);
    const unclosed = parseRatesCsv('currency,date,rate\nUSD,2014-05-06,1.39\n"USD,2014-05-07,1.4\n', options);
    expect(unclosed.errors).toEqual([{ line: 3, code: 'rates.unreadable' }]);
    expectMessages(unclosed);
  });

  it('refuses more lines than allowed, naming the first one too many', () => {
    const lines = [
      'currency,date,rate',
      ...Array.from({ length: 6 }, (_, i) => `USD,2014-05-0${i + 1},1.39`),
    ];
    const result = parseRatesCsv(lines.join('\n'), { ...options, maxRows: 5 });
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([{ line: 7, code: 'rates.too_many_rows', params: { max: 5 } }]);
    expect(parseRatesCsv(lines.slice(0, 6).join('\n'), { ...options, maxRows: 5 }).errors).toEqual([]);
    expectMessages(result);
  });

  it('stops at a thousand problems', () => {
    const lines = ['currency,date,rate', ...Array.from({ length: 3000 }, () => 'QQQ,2014-05-06,x')];
    const result = parseRatesCsv(lines.join('\n'), options);
    expect(result.errors).toHaveLength(MAX_RATE_ERRORS);
  });
});
