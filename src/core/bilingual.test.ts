import { describe, expect, it } from 'vitest';
import { bilingualSchema, foldForSearch, pickText } from './bilingual';

describe('foldForSearch', () => {
  it('drops accents and case so that a plain query finds accented text', () => {
    expect(foldForSearch('Sécurité')).toBe('securite');
    expect(foldForSearch('Sécurité')).toBe(foldForSearch('securite'));
    expect(foldForSearch('Géorgie')).toBe('georgie');
    expect(foldForSearch('Azerbaïdjan')).toBe('azerbaidjan');
    expect(foldForSearch('ÉMIRATS ARABES UNIS')).toBe('emirats arabes unis');
    expect(foldForSearch('Çà et là, où? Noël')).toBe('ca et la, ou? noel');
    expect(foldForSearch('JAPON')).toBe(foldForSearch('japon'));
  });

  it('collapses runs of white space and trims both ends', () => {
    expect(foldForSearch('  Émirats   arabes unis ')).toBe('emirats arabes unis');
    expect(foldForSearch('  Partnership \t for\n\nPeace  ')).toBe('partnership for peace');
    expect(foldForSearch('   ')).toBe('');
  });

  it('keeps characters that are not accents (digits, apostrophes, punctuation)', () => {
    expect(foldForSearch('Initiative de coopération d’Istanbul 2004')).toBe(
      'initiative de cooperation d’istanbul 2004',
    );
    expect(foldForSearch('100%')).toBe('100%');
  });

  it('is idempotent', () => {
    const once = foldForSearch('  Défense   contre le TERRORISME ');
    expect(foldForSearch(once)).toBe(once);
  });
});

describe('pickText', () => {
  it('gives the text in the wanted language when there is one', () => {
    expect(pickText({ en: 'Japan', fr: 'Japon' }, 'fr')).toEqual({ text: 'Japon', missing: false });
    expect(pickText({ en: 'Japan', fr: 'Japon' }, 'en')).toEqual({ text: 'Japan', missing: false });
  });

  it('falls back to the other language and says the translation is missing', () => {
    expect(pickText({ en: 'Only English', fr: '' }, 'fr')).toEqual({ text: 'Only English', missing: true });
    expect(pickText({ en: '', fr: 'Seulement français' }, 'en')).toEqual({
      text: 'Seulement français',
      missing: true,
    });
  });

  it('says missing when neither language has text', () => {
    expect(pickText({ en: '', fr: '' }, 'en')).toEqual({ text: '', missing: true });
    expect(pickText({ en: '', fr: '' }, 'fr')).toEqual({ text: '', missing: true });
  });
});

describe('bilingualSchema', () => {
  it('trims both languages and accepts either one empty', () => {
    expect(bilingualSchema(20).parse({ en: '  Japan ', fr: '' })).toEqual({ en: 'Japan', fr: '' });
    expect(bilingualSchema(20).parse({ en: '', fr: '' })).toEqual({ en: '', fr: '' });
  });

  it('refuses text over the limit in either language, naming the field', () => {
    const result = bilingualSchema(5).safeParse({ en: 'ok', fr: 'beaucoup trop long' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'too_big', path: ['fr'] });
    // The limit counts the trimmed text.
    expect(bilingualSchema(5).safeParse({ en: '  abcde  ', fr: '' }).success).toBe(true);
  });

  it('requires at least one language when asked, counting blank text as empty', () => {
    const required = bilingualSchema(20, { required: true });
    expect(required.safeParse({ en: '', fr: 'Japon' }).success).toBe(true);
    const blank = required.safeParse({ en: '  ', fr: '' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.message).toBe('bilingual.at_least_one');
  });

  it('refuses a third language or a missing one', () => {
    expect(bilingualSchema(20).safeParse({ en: 'a', fr: 'b', de: 'c' }).success).toBe(false);
    expect(bilingualSchema(20).safeParse({ en: 'a' }).success).toBe(false);
    expect(bilingualSchema(20, { required: true }).safeParse('Japan').success).toBe(false);
  });
});
