import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatNumber, formatYear } from './format';

describe('formatCalendarDate', () => {
  it('shows a date to the precision it was recorded with, in each language', () => {
    expect(formatCalendarDate('2014-05-06', 'en', 'day')).toBe('6 May 2014');
    expect(formatCalendarDate('2014-05-06', 'fr', 'day')).toBe('6 mai 2014');
    expect(formatCalendarDate('2013-04-01', 'en', 'month')).toBe('April 2013');
    expect(formatCalendarDate('2013-04-01', 'fr', 'month')).toBe('avril 2013');
    expect(formatCalendarDate('2009-01-01', 'fr', 'year')).toBe('2009');
  });

  it('does not shift the day with the time zone', () => {
    expect(formatCalendarDate('2000-01-01', 'en')).toBe('1 January 2000');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(formatCalendarDate('soon', 'en')).toBe('soon');
  });
});

describe('numbers', () => {
  it('groups digits the local way, but never in a year', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'fr')).toMatch(/^1\s234\s567$/u);
    expect(formatYear(1990, 'fr')).toBe('1990');
  });
});
