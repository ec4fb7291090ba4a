import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage, messageCodes, translateMessage } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every error code the server can throw, read from its source, so a new code cannot ship untranslated. */
function thrownCodes(): string[] {
  const root = join(import.meta.dirname, '..');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (file) =>
      file.endsWith('.ts') &&
      !file.endsWith('.test.ts') &&
      !file.startsWith('web') &&
      !file.startsWith('test'),
  );
  const patterns = [
    /new AppError\(\s*\d{3},\s*'([\w.]+)'/g,
    /(?:conflict|unprocessable)\(\s*'([\w.]+)'/g,
    /notFound\(\s*'(\w+)'\s*\)/g,
  ];
  const codes = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const pattern of patterns) {
      for (const match of source.matchAll(pattern)) {
        codes.add(pattern.source.startsWith('notFound') ? `${match[1]}.not_found` : match[1]!);
      }
    }
  }
  // Built from a template in the taxonomy service, once per list.
  for (const kind of ['framework', 'area']) codes.add(`${kind}.duplicate_code`).add(`${kind}.not_found`);
  return [...codes].sort();
}

describe('problem messages', () => {
  // Fills each placeholder with itself, so that the test can compare which ones a message uses.
  const echo = new Proxy({}, { get: (_target, key) => `{${String(key)}}` }) as Record<string, string>;

  it('has the same codes in English and French', () => {
    expect([...messageCodes.fr].sort()).toEqual([...messageCodes.en].sort());
  });

  it.each(messageCodes.en)(
    '%s has a title and detail in both languages, with the same parameters',
    (code) => {
      expect(hasMessage(code)).toBe(true);
      const en = translateMessage(code, 'en', echo);
      const fr = translateMessage(code, 'fr', echo);
      for (const message of [en, fr]) {
        expect(message.title.trim()).not.toBe('');
        expect(message.detail.trim()).not.toBe('');
      }
      expect(fr.title, 'the French title is a translation').not.toBe(en.title);
      expect(placeholders(fr.title + fr.detail)).toEqual(placeholders(en.title + en.detail));
    },
  );

  it('has a message for every code the server throws', () => {
    const missing = thrownCodes().filter((code) => !hasMessage(code));
    expect(missing).toEqual([]);
    expect(thrownCodes().length).toBeGreaterThan(20);
  });

  it('fills the parameters it is given', () => {
    expect(translateMessage('user.duplicate_email', 'en', { email: 'ann@example.org' }).detail).toBe(
      'A user with ann@example.org already exists.',
    );
    expect(translateMessage('auth.rate_limited', 'fr', { retryAfter: 42 }).detail).toBe(
      'Trop de requêtes ; réessayez dans 42 secondes.',
    );
    expect(translateMessage('reference.unknown', 'fr', { field: 'partnerId', value: 'x' }).detail).toBe(
      'La valeur « x » du champ partnerId n’existe pas.',
    );
  });

  it('leaves no raw placeholder when a parameter is missing', () => {
    const message = translateMessage('user.duplicate_email', 'en');
    expect(message.detail).not.toMatch(/[{}]/);
  });

  it('answers an unknown code with the internal error, never the code itself', () => {
    const message = translateMessage('no.such_code', 'fr', { requestId: 'req-1' });
    expect(message).toEqual({
      title: 'Erreur interne',
      detail: 'Une erreur s’est produite de notre côté (requête req-1).',
    });
    expect(hasMessage('no.such_code')).toBe(false);
  });
});
