import { z } from 'zod';
import { locales, roles } from '../../shared/enums';

export const newPasswordSchema = z.string().min(12, 'password.weak').max(200);

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  partnerId: z.uuid().nullable(),
  providerId: z.uuid().nullable(),
  locale: z.enum(locales),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

const bindings = {
  partnerId: z.uuid().nullable().optional(),
  providerId: z.uuid().nullable().optional(),
};

/** A partner liaison is bound to a partner, an activity provider to a provider, nobody else to either. */
function checkBinding(
  value: { role?: string; partnerId?: string | null; providerId?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.role === 'partner_liaison' && !value.partnerId) {
    ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'binding.partner_required' });
  }
  if (value.role === 'activity_provider' && !value.providerId) {
    ctx.addIssue({ code: 'custom', path: ['providerId'], message: 'binding.provider_required' });
  }
}

export const createUserBodySchema = z
  .strictObject({
    email: z.email().max(254),
    displayName: z.string().trim().min(1).max(120),
    role: z.enum(roles),
    locale: z.enum(locales).default('en'),
    password: newPasswordSchema,
    mustChangePassword: z.boolean().default(true),
    ...bindings,
  })
  .superRefine(checkBinding);
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  role: z.enum(roles).optional(),
  locale: z.enum(locales).optional(),
  active: z.boolean().optional(),
  password: newPasswordSchema.optional(),
  mustChangePassword: z.boolean().optional(),
  ...bindings,
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const userListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: z.enum(roles).optional(),
  active: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userPageSchema = z.object({
  items: z.array(userSchema),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
});

export { checkBinding };
