import { describe, expect, it } from 'vitest';
import { isLocale, negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it('answers English without a header', () => {
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('')).toBe('en');
  });

  it('reads a plain language or a regional variant of it', () => {
    expect(negotiateLocale('fr')).toBe('fr');
    expect(negotiateLocale('fr-CA')).toBe('fr');
    expect(negotiateLocale('FR-be')).toBe('fr');
    expect(negotiateLocale('en-GB')).toBe('en');
  });

  it('honours q-values over the order of the list', () => {
    expect(negotiateLocale('en;q=0.5, fr;q=0.9')).toBe('fr');
    expect(negotiateLocale('en;q=0.2, fr;q=0.8')).toBe('fr');
    expect(negotiateLocale('fr;q=0.4,en-US;q=0.8')).toBe('en');
    expect(negotiateLocale('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLocale('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toBe('fr');
  });

  it('keeps the header order between equal weights', () => {
    expect(negotiateLocale('fr, en')).toBe('fr');
    expect(negotiateLocale('en;q=0.7, fr;q=0.7')).toBe('en');
  });

  it('skips languages it does not speak and picks the best one it does', () => {
    expect(negotiateLocale('de-DE, nl;q=0.9, fr;q=0.1')).toBe('fr');
    expect(negotiateLocale('de-DE,fr;q=0.5,en;q=0.4')).toBe('fr');
    expect(negotiateLocale('ja, zh;q=0.8')).toBe('en');
    expect(negotiateLocale('ja-JP')).toBe('en');
  });

  it('ignores a language refused with q=0', () => {
    expect(negotiateLocale('fr;q=0, en')).toBe('en');
    expect(negotiateLocale('fr;q=0, en;q=0.1')).toBe('en');
    expect(negotiateLocale('en;q=0, fr;q=0.2')).toBe('fr');
  });

  it('falls back to English on junk rather than failing', () => {
    expect(negotiateLocale(';;;,,,')).toBe('en');
    expect(negotiateLocale(';;;,q=abc')).toBe('en');
    expect(negotiateLocale('fr;q=abc')).toBe('en');
    expect(negotiateLocale('*')).toBe('en');
    expect(negotiateLocale('x'.repeat(5000))).toBe('en');
  });
});

describe('isLocale', () => {
  it('accepts the two languages only', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale('FR')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
