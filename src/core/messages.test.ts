import { describe, expect, it } from 'vitest';
import { messageCodes, translateMessage } from './messages';

describe('problem messages', () => {
  it('exist in English and French for the same codes, none empty', () => {
    expect([...messageCodes.fr].sort()).toEqual([...messageCodes.en].sort());
    for (const code of messageCodes.en) {
      for (const locale of ['en', 'fr'] as const) {
        const { title, detail } = translateMessage(code, locale);
        expect(title.length, `${locale} ${code}`).toBeGreaterThan(0);
        expect(detail.length, `${locale} ${code}`).toBeGreaterThan(0);
      }
    }
  });

  it('fills in the parameters', () => {
    expect(translateMessage('partner.duplicate_iso', 'fr', { isoCode: 'JP' }).detail).toBe(
      'Un partenaire avec le code ISO JP existe déjà.',
    );
    expect(translateMessage('internal', 'en', { requestId: 'r-1' }).detail).toContain('r-1');
  });

  it('never leaks an unknown code: it reads as an internal error', () => {
    expect(translateMessage('no.such.code', 'en').title).toBe('Internal error');
  });
});
