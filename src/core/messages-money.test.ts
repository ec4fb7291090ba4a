import { describe, expect, it } from 'vitest';
import { describeCode } from '../shared/validation-messages';
import { moneyMessages } from './messages-money';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('money messages', () => {
  const codes = Object.keys(moneyMessages.en);

  it('has the same codes in English and French', () => {
    expect(Object.keys(moneyMessages.fr).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s is translated with the same parameters', (code) => {
    const en = moneyMessages.en[code]!;
    const fr = moneyMessages.fr[code]!;
    expect(fr.title).not.toBe(en.title);
    expect(placeholders(fr.title + fr.detail)).toEqual(placeholders(en.title + en.detail));
  });

  it.each(codes)('%s has a field message too, in both languages, with no other parameter', (code) => {
    const generic = describeCode('no.such_code', 'en');
    for (const locale of ['en', 'fr'] as const) {
      expect(describeCode(code, locale)).not.toBe(describeCode('no.such_code', locale));
    }
    expect(describeCode(code, 'en')).not.toBe(generic);
    const known = new Set(placeholders(moneyMessages.en[code]!.detail));
    const echo = (locale: 'en' | 'fr') =>
      describeCode(code, locale, Object.fromEntries([...known].map((key) => [key!, `<${key}>`])));
    expect(echo('en')).not.toMatch(/[{}]/);
    expect(echo('fr')).not.toMatch(/[{}]/);
  });
});
