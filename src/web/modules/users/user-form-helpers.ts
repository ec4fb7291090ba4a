import type { z } from 'zod';
import type { Locale, Role } from '../../../shared/enums';
import { describeIssue } from '../../../shared/validation-messages';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';

/** Only the binding the role uses is sent; the others are cleared. */
export function bindingFor(role: Role, partnerId: string | null, providerId: string | null) {
  return {
    partnerId: role === 'partner_liaison' ? partnerId : null,
    providerId: role === 'activity_provider' ? providerId : null,
  };
}

export function zodErrors(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const { path, message } = describeIssue(issue, currentLocale());
    errors[path] ??= message;
  }
  return errors;
}

/** Server field errors (and a duplicate e-mail) keyed by form path. */
export function serverErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const e of error.fieldErrors) errors[e.path] ??= e.message;
  if (error.status === 409) errors.email = error.message;
  return errors;
}

export const localeOptions = (t: (key: string) => string) =>
  (['en', 'fr'] as Locale[]).map((l) => ({ value: l, label: t(`common.languages.${l}`) }));
