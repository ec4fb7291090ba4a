import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import { rateProblemCount, rateProblems } from './rate-problems';

const refused = new ApiError({
  status: 422,
  code: 'rates.invalid',
  params: { count: 250 },
  errors: [
    { path: 'line 3 / JPY', code: 'rates.rate_invalid', message: 'A rate is a positive decimal number.' },
    { path: 'line 7', code: 'rates.duplicate_date', message: 'The date 2014-05-06 is already on line 5.' },
  ],
});

describe('rate file problems', () => {
  it('lists a refused file’s problems by line and column', () => {
    expect(rateProblems(refused)).toEqual([
      { line: 3, column: 'JPY', message: 'A rate is a positive decimal number.' },
      { line: 7, column: '', message: 'The date 2014-05-06 is already on line 5.' },
    ]);
    expect(rateProblemCount(refused)).toBe(250);
  });

  it('has no problems to list for another failure', () => {
    const other = new ApiError({ status: 415, code: 'rates.unsupported_type' });
    expect(rateProblems(other)).toEqual([]);
    expect(rateProblemCount(other)).toBe(0);
    expect(rateProblems(new Error('x'))).toEqual([]);
  });
});
