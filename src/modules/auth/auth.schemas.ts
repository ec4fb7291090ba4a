import { z } from 'zod';
import { locales, roles } from '../../shared/enums';

export const loginBodySchema = z
  .strictObject({
    email: z.string().trim().min(1).max(254),
    password: z.string().min(1).max(200),
  })
  .meta({ examples: [{ email: 'staff@demo.entente.example', password: 'your password' }] });

export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  partnerId: z.uuid().nullable(),
  providerId: z.uuid().nullable(),
  locale: z.enum(locales),
  permissions: z.array(z.string()),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const sessionSchema = z.object({ user: meSchema.nullable(), csrfToken: z.string().nullable() });
export const loginResponseSchema = z.object({ user: meSchema, csrfToken: z.string() });

export const newPasswordSchema = z.string().min(12, 'password.weak').max(200);

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
