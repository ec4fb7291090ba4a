import { z } from 'zod';
import { locales } from '../../shared/enums';
import { newPasswordSchema, userSchema } from '../users/users.schemas';

export const loginBodySchema = z
  .strictObject({
    email: z.string().trim().min(1).max(254),
    password: z.string().min(1).max(200),
  })
  .meta({ examples: [{ email: 'staff@demo.entente.example', password: 'your password' }] });

/** The signed-in user: their account as administrators see it, less the bookkeeping, plus permissions. */
export const meSchema = userSchema
  .omit({ active: true, lastLoginAt: true, createdAt: true, version: true })
  .extend({ permissions: z.array(z.string()) });
export type Me = z.infer<typeof meSchema>;

export const sessionSchema = z.object({ user: meSchema.nullable(), csrfToken: z.string().nullable() });
export const loginResponseSchema = z.object({ user: meSchema, csrfToken: z.string() });

export const updateMeBodySchema = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  locale: z.enum(locales).optional(),
});

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

export const tokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const createTokenBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(730).optional(),
});

export const createdTokenSchema = z.object({ token: z.string(), item: tokenSchema });
