import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { etagFor, expectedVersion } from './http';

const ID = '3f2b6c1e-8a4d-4e2f-9b1a-0c5d7e9f1a2b';
const OTHER = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an error');
}

describe('etagFor', () => {
  it('is a strong, quoted ETag naming the record and its version', () => {
    expect(etagFor(ID, 3)).toBe(`"${ID}.3"`);
  });

  it('round-trips through expectedVersion', () => {
    expect(expectedVersion(etagFor(ID, 1), ID)).toBe(1);
    expect(expectedVersion(etagFor(ID, 123_456), ID)).toBe(123_456);
  });
});

describe('expectedVersion', () => {
  it('accepts a weak ETag, surrounding white space and any letter case of the id', () => {
    expect(expectedVersion(`W/"${ID}.7"`, ID)).toBe(7);
    expect(expectedVersion(`  "${ID}.2"  `, ID)).toBe(2);
    expect(expectedVersion(`"${ID.toUpperCase()}.4"`, ID)).toBe(4);
  });

  it('answers 428 precondition.required without If-Match', () => {
    for (const missing of [undefined, '']) {
      const error = errorOf(() => expectedVersion(missing, ID));
      expect(error).toMatchObject({ status: 428, code: 'precondition.required' });
    }
  });

  it('answers 412 precondition.failed for an ETag of another record', () => {
    expect(errorOf(() => expectedVersion(etagFor(OTHER, 1), ID))).toMatchObject({
      status: 412,
      code: 'precondition.failed',
    });
  });

  it.each([
    ['garbage', 'nonsense'],
    ['the wildcard', '*'],
    ['an unquoted ETag', `${ID}.1`],
    ['no version', `"${ID}"`],
    ['a negative version', `"${ID}.-1"`],
    ['a fractional version', `"${ID}.1.5"`],
    ['an absurd version', `"${ID}.12345678901"`],
    ['a list of ETags', `"${ID}.1", "${ID}.2"`],
  ])('answers 412 for %s', (_name, header) => {
    expect(errorOf(() => expectedVersion(header, ID))).toMatchObject({
      status: 412,
      code: 'precondition.failed',
    });
  });
});
