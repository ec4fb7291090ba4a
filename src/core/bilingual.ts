import { z } from 'zod';
import type { Locale } from '../shared/enums';

/** Every free-text content field holds both languages; either may be empty. */
export interface Bilingual {
  en: string;
  fr: string;
}

export function bilingualSchema(maxLength: number, options: { required?: boolean } = {}) {
  const text = z.string().trim().max(maxLength);
  const shape = z.strictObject({ en: text, fr: text });
  if (!options.required) return shape;
  return shape.refine((value) => value.en.length > 0 || value.fr.length > 0, {
    message: 'bilingual.at_least_one',
  });
}

/** The text in the wanted language, falling back to the other one and saying so. */
export function pickText(text: Bilingual, locale: Locale): { text: string; missing: boolean } {
  const wanted = text[locale];
  if (wanted) return { text: wanted, missing: false };
  return { text: locale === 'en' ? text.fr : text.en, missing: true };
}

/** Lower case without accents, so that "securite" finds "sécurité" and "Japon" finds "japon". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A bilingual text as the API answers it. */
export const bilingualOutSchema = z.object({ en: z.string(), fr: z.string() });
