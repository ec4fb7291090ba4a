import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it('picks French or English from Accept-Language, honouring weights and regions', () => {
    expect(negotiateLocale('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLocale('en-GB')).toBe('en');
    expect(negotiateLocale('de-DE,fr;q=0.5,en;q=0.4')).toBe('fr');
    expect(negotiateLocale('en;q=0.2, fr;q=0.8')).toBe('fr');
    expect(negotiateLocale('fr;q=0, en')).toBe('en');
  });

  it('falls back to English on a missing, unknown or malformed header', () => {
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('ja-JP')).toBe('en');
    expect(negotiateLocale(';;;,q=abc')).toBe('en');
  });
});
