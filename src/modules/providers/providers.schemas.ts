import { z } from 'zod';
import { bilingualOutSchema } from '../../core/bilingual';
import { providerKinds } from '../../shared/enums';
import { isIso3166Alpha2 } from '../../shared/iso3166';

/** The activity-code prefix: `ACT` in `ACT.396`. */
export const providerCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(20)
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { message: 'provider.code_invalid' });

const providerName = z.strictObject({
  en: z.string().trim().min(1).max(200),
  fr: z.string().trim().min(1).max(200),
});

const countryCode = z
  .string()
  .trim()
  .refine((value) => isIso3166Alpha2(value), { message: 'iso.invalid' });

const website = z.union([
  z
    .string()
    .trim()
    .max(300)
    .regex(/^https?:\/\/[^\s]+$/i, { message: 'url.invalid' }),
  z.literal(''),
]);

const providerFields = {
  code: providerCodeSchema,
  name: providerName,
  kind: z.enum(providerKinds),
  countryCode: countryCode.nullable().default(null),
  contactName: z.string().trim().max(200).default(''),
  contactEmail: z.union([z.email().max(254), z.literal('')]).default(''),
  contactPhone: z.string().trim().max(50).default(''),
  website: website.default(''),
  active: z.boolean().default(true),
};

export const createProviderBodySchema = z.strictObject(providerFields).meta({
  examples: [
    {
      code: 'NSO',
      name: { en: 'NATO School Oberammergau', fr: 'École de l’OTAN d’Oberammergau' },
      kind: 'alliance_school',
      countryCode: 'DE',
      contactName: 'Registrar',
      contactEmail: 'registrar@example.org',
      contactPhone: '+49 8822 0000',
      website: 'https://www.example.org',
      active: true,
    },
  ],
});
export type CreateProviderBody = z.infer<typeof createProviderBodySchema>;

export const updateProviderBodySchema = z.strictObject({
  code: providerCodeSchema.optional(),
  name: providerName.optional(),
  kind: z.enum(providerKinds).optional(),
  countryCode: countryCode.nullable().optional(),
  contactName: z.string().trim().max(200).optional(),
  contactEmail: z.union([z.email().max(254), z.literal('')]).optional(),
  contactPhone: z.string().trim().max(50).optional(),
  website: website.optional(),
  active: z.boolean().optional(),
});
export type UpdateProviderBody = z.infer<typeof updateProviderBodySchema>;

export const providerListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(providerKinds).optional(),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, { message: 'iso.invalid' })
    .transform((v) => v.toUpperCase())
    .optional(),
  /** Pickers ask for active providers only; the registry shows all. */
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ProviderListQuery = z.infer<typeof providerListQuerySchema>;

export const providerSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: bilingualOutSchema,
  kind: z.enum(providerKinds),
  countryCode: z.string().nullable(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  website: z.string(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Provider = z.infer<typeof providerSchema>;

export const providerListSchema = z.object({ items: z.array(providerSchema), total: z.number().int() });
