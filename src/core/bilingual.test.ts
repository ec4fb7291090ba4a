import { describe, expect, it } from 'vitest';
import { bilingualSchema, foldForSearch, pickText } from './bilingual';

describe('foldForSearch', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(foldForSearch('  Émirats   arabes unis ')).toBe('emirats arabes unis');
    expect(foldForSearch('Sécurité')).toBe(foldForSearch('securite'));
    expect(foldForSearch('Géorgie')).toBe('georgie');
    expect(foldForSearch('Azerbaïdjan')).toBe('azerbaidjan');
  });
});

describe('pickText', () => {
  it('gives the wanted language, or the other one flagged as a missing translation', () => {
    expect(pickText({ en: 'Japan', fr: 'Japon' }, 'fr')).toEqual({ text: 'Japon', missing: false });
    expect(pickText({ en: 'Only English', fr: '' }, 'fr')).toEqual({ text: 'Only English', missing: true });
    expect(pickText({ en: '', fr: 'Seulement français' }, 'en')).toEqual({
      text: 'Seulement français',
      missing: true,
    });
  });
});

describe('bilingualSchema', () => {
  it('bounds both texts and, when required, wants at least one of them', () => {
    const schema = bilingualSchema(5, { required: true });
    expect(schema.safeParse({ en: 'abc', fr: '' }).success).toBe(true);
    expect(schema.safeParse({ en: '', fr: '' }).success).toBe(false);
    expect(schema.safeParse({ en: 'abcdef', fr: '' }).success).toBe(false);
    expect(schema.safeParse({ en: 'a', fr: 'b', de: 'c' }).success).toBe(false);
  });
});
