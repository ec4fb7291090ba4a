import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { z } from 'zod';
import { validationError } from '../../core/validation';

/** Where the first NUL character sits in a parsed input, if any: PostgreSQL cannot store one in text. */
function findNul(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key];
    const found = findNul(item, [...path, Array.isArray(value) ? Number(key) : key], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses text with a NUL character anywhere in a request's query, path or body, as a field error,
 * before any schema or query sees it (PostgreSQL would refuse it with an error of its own).
 */
export const inputGuardPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['querystring', request.query],
      ['params', request.params],
      ['body', request.body],
    ] as const) {
      const path = findNul(value);
      if (!path) continue;
      const issue = {
        code: 'custom',
        path: part === 'body' ? path : [part, ...path],
        message: 'text.control_character',
      };
      throw validationError([issue as z.core.$ZodIssue], request.locale);
    }
  });
});
