import type { z } from 'zod';
import type { Locale } from '../shared/enums';
import { describeIssue } from '../shared/validation-messages';
import { AppError } from './errors';

/** A 400 `request.invalid` carrying every field error, in the caller's language. */
export function validationError(issues: readonly z.core.$ZodIssue[], locale: Locale): AppError {
  return new AppError(
    400,
    'request.invalid',
    {},
    issues.map((issue) => describeIssue(issue, locale)),
  );
}

/** Parses with a schema, answering a failure the way request validation does. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, locale: Locale): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error.issues, locale);
  return result.data;
}
