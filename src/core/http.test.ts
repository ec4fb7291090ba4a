import { describe, expect, it } from 'vitest';
import { etagFor, expectedVersion } from './http';

const id = '5f0c6f7a-3b2d-4c1e-9a8b-7c6d5e4f3a2b';

describe('ETag and If-Match', () => {
  it('round-trips the version through the ETag', () => {
    expect(expectedVersion(etagFor(id, 7), id)).toBe(7);
    expect(expectedVersion(`W/${etagFor(id, 3)}`, id)).toBe(3);
  });

  it('answers 428 without If-Match and 412 for an ETag of another record or garbage', () => {
    expect(() => expectedVersion(undefined, id)).toThrow(expect.objectContaining({ status: 428 }));
    expect(() => expectedVersion(etagFor('00000000-0000-4000-8000-000000000000', 1), id)).toThrow(
      expect.objectContaining({ status: 412, code: 'precondition.failed' }),
    );
    expect(() => expectedVersion('*', id)).toThrow(expect.objectContaining({ status: 412 }));
  });
});
