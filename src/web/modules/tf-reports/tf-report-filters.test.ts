import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  isIsoDate,
  periodReversed,
  readFilters,
  readTab,
  reportQuery,
} from './tf-report-filters';

const FUND = '0b3c7a52-6a4e-4d0c-9f1e-2b8d4c6a1e01';
const DONOR = 'A1B2C3D4-0000-4000-8000-00000000000F';

describe('readFilters', () => {
  it('keeps well-formed values, normalised', () => {
    const params = new URLSearchParams({
      currency: 'eur',
      fund: FUND,
      donor: DONOR,
      country: 'tj',
      from: '2010-01-01',
      to: '2012-12-31',
    });
    expect(readFilters(params)).toEqual({
      currency: 'EUR',
      fund: FUND,
      project: '',
      donor: DONOR.toLowerCase(),
      country: 'TJ',
      from: '2010-01-01',
      to: '2012-12-31',
    });
  });

  it('leaves out malformed values rather than sending them', () => {
    const params = new URLSearchParams({
      currency: 'EURO',
      fund: 'not-a-uuid',
      country: 'TJK',
      from: '2023-02-30',
      to: '31/12/2012',
    });
    expect(readFilters(params)).toEqual({
      currency: '',
      fund: '',
      project: '',
      donor: '',
      country: '',
      from: '',
      to: '',
    });
  });

  it('sends a well-formed unknown currency, for the server to name the problem', () => {
    expect(readFilters(new URLSearchParams('currency=xyz')).currency).toBe('XYZ');
  });
});

describe('isIsoDate', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
  });
});

describe('readTab', () => {
  it('opens the named report, the contributions by default', () => {
    expect(readTab('spending', false)).toBe('spending');
    expect(readTab(null, false)).toBe('contributions');
    expect(readTab('nonsense', false)).toBe('contributions');
  });

  it('never opens for a liaison a report that adds up other donors’ money', () => {
    expect(readTab('balances', true)).toBe('contributions');
    expect(readTab('spending', true)).toBe('contributions');
    expect(readTab('results', true)).toBe('results');
  });
});

describe('periodReversed / hasFilters', () => {
  it('flags an end before the start only', () => {
    expect(periodReversed({ from: '2012-01-01', to: '2011-12-31' })).toBe(true);
    expect(periodReversed({ from: '2012-01-01', to: '2012-01-01' })).toBe(false);
    expect(periodReversed({ from: '2012-01-01', to: '' })).toBe(false);
  });

  it('tells whether anything is chosen', () => {
    expect(hasFilters(readFilters(new URLSearchParams()))).toBe(false);
    expect(hasFilters(readFilters(new URLSearchParams('currency=USD')))).toBe(true);
  });
});

describe('reportQuery', () => {
  const filters = readFilters(new URLSearchParams({ currency: 'USD', fund: FUND, from: '2010-01-01' }));

  it('sends the chosen values only', () => {
    expect(reportQuery('contributions', filters)).toEqual({
      currency: 'USD',
      fund: FUND,
      from: '2010-01-01',
    });
  });

  it('leaves the currency out of the results report, which has no money', () => {
    expect(reportQuery('results', filters)).toEqual({ fund: FUND, from: '2010-01-01' });
  });
});
