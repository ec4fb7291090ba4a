import { z } from 'zod';
import { bilingualOutSchema as bilingualOut } from '../../core/bilingual';
import { providerKinds } from '../../shared/enums';

export const providerSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: bilingualOut,
  kind: z.enum(providerKinds),
  countryCode: z.string().nullable(),
});

export const providerListSchema = z.object({ items: z.array(providerSchema), total: z.number().int() });
