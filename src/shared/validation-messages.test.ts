import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue } from './validation-messages';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues;
};

describe('field messages', () => {
  const schema = z.strictObject({
    name: z.string().min(1).max(5),
    year: z.number().int().min(1900),
    iso: z.string().refine(() => false, { message: 'iso.invalid' }),
  });

  it('speaks French and English, with the field path and a stable code', () => {
    const issues = issuesOf(schema, { name: 'too long', year: 1800, iso: 'XX', extra: 1 });
    const fr = issues.map((issue) => describeIssue(issue, 'fr'));
    expect(fr).toEqual(
      expect.arrayContaining([
        { path: 'name', code: 'too_big_string', message: 'Au plus 5 caractères.' },
        { path: 'year', code: 'too_small_number', message: 'Au moins 1900.' },
        { path: 'iso', code: 'iso.invalid', message: expect.stringContaining('ISO 3166-1') },
        { path: '', code: 'unrecognized_keys', message: 'Champ(s) inconnu(s) : extra.' },
      ]),
    );
    const en = issues.map((issue) => describeIssue(issue, 'en'));
    expect(en.find((e) => e.path === 'name')?.message).toBe('Must be at most 5 characters.');
  });

  it('says a missing or empty field is required', () => {
    const issues = issuesOf(schema, { name: '', iso: 'JP' });
    const messages = issues.map((issue) => describeIssue(issue, 'en'));
    expect(messages).toEqual(
      expect.arrayContaining([
        { path: 'name', code: 'required', message: 'This field is required.' },
        { path: 'year', code: 'required', message: 'This field is required.' },
      ]),
    );
  });
});
