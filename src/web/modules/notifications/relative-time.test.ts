import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relative-time';

const now = new Date('2026-11-24T12:00:00Z');

describe('formatRelativeTime', () => {
  it('says how long ago, in each language', () => {
    expect(formatRelativeTime('2026-11-24T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(formatRelativeTime('2026-11-24T11:55:00Z', 'fr', now)).toBe('il y a 5 minutes');
    expect(formatRelativeTime('2026-11-23T12:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatRelativeTime('2026-11-21T12:00:00Z', 'fr', now)).toBe('il y a 3 jours');
  });

  it('calls the last minute "now"', () => {
    expect(formatRelativeTime('2026-11-24T11:59:40Z', 'en', now)).toBe('now');
    expect(formatRelativeTime('2026-11-24T11:59:40Z', 'fr', now)).toBe('maintenant');
  });

  it('leaves a value that is not an instant as it is', () => {
    expect(formatRelativeTime('soon', 'en', now)).toBe('soon');
  });
});
