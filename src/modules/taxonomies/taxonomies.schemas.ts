import { z } from 'zod';
import { bilingualOutSchema, bilingualSchema } from '../../core/bilingual';

const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);

export const termSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: bilingualOutSchema,
  description: bilingualOutSchema,
  sinceYear: z.number().int().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Term = z.infer<typeof termSchema>;

export const termListSchema = z.object({ items: z.array(termSchema), total: z.number().int() });

export const createTermBodySchema = z.strictObject({
  code,
  name: bilingualSchema(200, { required: true }),
  description: bilingualSchema(2000).default({ en: '', fr: '' }),
  sinceYear: z.number().int().min(1900).max(2100).nullable().optional(),
  active: z.boolean().default(true),
});
export type CreateTermBody = z.infer<typeof createTermBodySchema>;

export const updateTermBodySchema = z.strictObject({
  code: code.optional(),
  name: bilingualSchema(200, { required: true }).optional(),
  description: bilingualSchema(2000).optional(),
  sinceYear: z.number().int().min(1900).max(2100).nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateTermBody = z.infer<typeof updateTermBodySchema>;

export const termListQuerySchema = z.strictObject({
  includeInactive: z.enum(['true', 'false']).optional(),
});

/** Areas have no founding year: the same shapes without it, so that a stray `sinceYear` is refused. */
export const createAreaBodySchema = createTermBodySchema.omit({ sinceYear: true });
export const updateAreaBodySchema = updateTermBodySchema.omit({ sinceYear: true });
