import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Locale } from './enums';
import { describeIssue } from './validation-messages';

/** The field errors a user would read for this input, in one language. */
function errorsFor(schema: z.ZodType, input: unknown, locale: Locale) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error.issues.map((issue) => describeIssue(issue, locale));
}

describe('describeIssue', () => {
  const schema = z.strictObject({
    name: z.string().trim().min(1).max(10),
    code: z.string().min(3),
    year: z.number().int().min(1900).max(2100),
    tags: z.array(z.string()).min(1).max(2),
    email: z.email(),
    status: z.enum(['active', 'former']),
    nested: z.object({ label: z.string() }).optional(),
  });
  const valid = {
    name: 'Japan',
    code: 'JPN',
    year: 1990,
    tags: ['a'],
    email: 'a@example.org',
    status: 'active',
  };
  const one = (input: Record<string, unknown>, locale: Locale) => {
    const errors = errorsFor(schema, { ...valid, ...input }, locale);
    expect(errors).toHaveLength(1);
    return errors[0];
  };

  it('says a text is too long, with the limit, in English and French', () => {
    expect(one({ name: 'x'.repeat(11) }, 'en')).toEqual({
      path: 'name',
      code: 'too_big_string',
      message: 'Must be at most 10 characters.',
    });
    expect(one({ name: 'x'.repeat(11) }, 'fr')?.message).toBe('Au plus 10 caractères.');
  });

  it('distinguishes too big a number and too many items', () => {
    expect(one({ year: 2200 }, 'en')).toMatchObject({
      code: 'too_big_number',
      message: 'Must be at most 2100.',
    });
    expect(one({ year: 1800 }, 'fr')).toMatchObject({ code: 'too_small_number', message: 'Au moins 1900.' });
    expect(one({ tags: ['a', 'b', 'c'] }, 'fr')).toMatchObject({
      path: 'tags',
      code: 'too_big_array',
      message: 'Au plus 2 éléments.',
    });
    expect(one({ code: 'ab' }, 'en')).toMatchObject({
      code: 'too_small_string',
      message: 'Must be at least 3 characters.',
    });
  });

  it('says a missing or blank field is required', () => {
    const { name: _name, ...withoutName } = valid;
    expect(errorsFor(schema, withoutName, 'en')).toEqual([
      { path: 'name', code: 'required', message: 'This field is required.' },
    ]);
    expect(one({ name: '   ' }, 'fr')).toEqual({
      path: 'name',
      code: 'required',
      message: 'Ce champ est obligatoire.',
    });
    expect(one({ tags: [] }, 'en')).toMatchObject({ code: 'too_small_array' });
  });

  it('names the expected type in the caller’s language when the input is known', () => {
    // Zod leaves the input out of its issues unless asked; without it a wrong type reads as "required".
    const issue = z.number().safeParse('1990', { reportInput: true }).error!.issues[0]!;
    expect(describeIssue(issue, 'en')).toEqual({
      path: '',
      code: 'invalid_type',
      message: 'Expected a number.',
    });
    expect(describeIssue(issue, 'fr').message).toBe('Valeur attendue : un nombre.');
  });

  it('lists unknown fields at the level they appear', () => {
    expect(one({ colour: 'red', flag: 1 }, 'en')).toEqual({
      path: '',
      code: 'unrecognized_keys',
      message: 'Unknown field(s): colour, flag.',
    });
    expect(one({ colour: 'red' }, 'fr')?.message).toBe('Champ(s) inconnu(s) : colour.');
  });

  it('lists the allowed values and explains a bad format', () => {
    expect(one({ status: 'dormant' }, 'en')).toMatchObject({
      code: 'invalid_value',
      message: 'Must be one of: active, former.',
    });
    expect(one({ status: 'dormant' }, 'fr')?.message).toBe('Valeurs permises : active, former.');
    expect(one({ email: 'nope' }, 'en')).toMatchObject({ path: 'email', code: 'invalid_format' });
  });

  it('joins nested paths with dots', () => {
    expect(one({ nested: { label: 3 } }, 'en')?.path).toBe('nested.label');
    const deep = errorsFor(
      z.object({ items: z.array(z.object({ n: z.number() })) }),
      { items: [{ n: 1 }, { n: 'x' }] },
      'en',
    );
    expect(deep[0]?.path).toBe('items.1.n');
  });

  it('translates the application’s own codes given as the message of a refinement', () => {
    const bilingual = z
      .object({ en: z.string(), fr: z.string() })
      .refine((v) => v.en || v.fr, { message: 'bilingual.at_least_one' });
    expect(errorsFor(bilingual, { en: '', fr: '' }, 'en')[0]).toEqual({
      path: '',
      code: 'bilingual.at_least_one',
      message: 'Give the text in English, French or both.',
    });
    expect(errorsFor(bilingual, { en: '', fr: '' }, 'fr')[0]?.message).toBe(
      'Indiquez le texte en anglais, en français ou dans les deux langues.',
    );
    const binding = z.object({ partnerId: z.string().nullable() }).superRefine((v, ctx) => {
      if (!v.partnerId)
        ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'binding.partner_required' });
    });
    expect(errorsFor(binding, { partnerId: null }, 'fr')[0]).toEqual({
      path: 'partnerId',
      code: 'binding.partner_required',
      message: 'Un officier de liaison doit être rattaché à un partenaire.',
    });
  });

  it('prefers the template a schema names over the generic one (weak password, bad date)', () => {
    const password = z.string().min(12, 'password.weak');
    expect(errorsFor(password, 'short', 'en')[0]).toEqual({
      path: '',
      code: 'password.weak',
      message: 'Use at least 12 characters.',
    });
    expect(errorsFor(password, 'short', 'fr')[0]?.message).toBe('Au moins 12 caractères.');
    const date = z.iso.date({ message: 'date.invalid' });
    expect(errorsFor(date, '2026-02-30', 'fr')[0]).toEqual({
      path: '',
      code: 'date.invalid',
      message: 'Date invalide (AAAA-MM-JJ).',
    });
  });

  it('answers a custom rule without a known code with a generic message, not Zod’s English text', () => {
    const odd = z.number().refine((n) => n % 2 === 0, { message: 'must be even, obviously' });
    expect(errorsFor(odd, 3, 'en')[0]).toEqual({ path: '', code: 'custom', message: 'Invalid value.' });
    expect(errorsFor(odd, 3, 'fr')[0]?.message).toBe('Valeur invalide.');
  });

  it('never leaves a placeholder unfilled', () => {
    const everything = errorsFor(
      schema,
      { name: 'x'.repeat(20), code: '', year: 'x', tags: [], email: 'x', status: 'x', extra: 1 },
      'fr',
    );
    expect(everything.length).toBeGreaterThanOrEqual(7);
    for (const error of everything) expect(error.message).not.toMatch(/[{}]/);
  });
});

describe('a value of the wrong type', () => {
  it('says what was expected, not that the field is missing, as the API parses it', () => {
    const schema = z.strictObject({ year: z.number(), active: z.boolean() });
    // The Zod type provider parses without `reportInput`: the message is all there is to go on.
    const result = schema.safeParse({ year: '2011' });
    const messages = result.error!.issues.map((issue) => describeIssue(issue, 'en'));
    expect(messages).toEqual([
      { path: 'year', code: 'invalid_type', message: 'Expected a number.' },
      { path: 'active', code: 'required', message: 'This field is required.' },
    ]);
  });
});
