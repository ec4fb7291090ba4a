import { z } from 'zod';
import { bilingualOutSchema, bilingualSchema } from '../../core/bilingual';
import {
  datePrecisions,
  milestoneKinds,
  partnerKinds,
  partnerStatuses,
  releasabilities,
} from '../../shared/enums';
import { isIso3166Alpha2 } from '../../shared/iso3166';
import { checkReleasability } from '../../shared/releasability';

const isoDate = z.iso.date({ message: 'date.invalid' });

const partnerName = z.strictObject({
  en: z.string().trim().min(1).max(200),
  fr: z.string().trim().min(1).max(200),
});

const isoCode = z
  .string()
  .trim()
  .refine((value) => isIso3166Alpha2(value), { message: 'iso.invalid' });

const frameworkMembership = z
  .strictObject({
    frameworkId: z.uuid(),
    joinedOn: isoDate.nullable().default(null),
    leftOn: isoDate.nullable().default(null),
  })
  .refine((m) => !m.joinedOn || !m.leftOn || m.leftOn >= m.joinedOn, {
    message: 'date.invalid',
    path: ['leftOn'],
  });

const milestoneInput = z.strictObject({
  occurredOn: isoDate,
  precision: z.enum(datePrecisions).default('day'),
  kind: z.enum(milestoneKinds),
  title: bilingualSchema(300, { required: true }),
  description: bilingualSchema(4000).default({ en: '', fr: '' }),
});

const partnerFields = {
  isoCode: isoCode.nullable(),
  kind: z.enum(partnerKinds),
  name: partnerName,
  summary: bilingualSchema(8000).default({ en: '', fr: '' }),
  status: z.enum(partnerStatuses),
  relationsSinceYear: z.number().int().min(1900).max(2100).nullable().default(null),
  releasability: z.enum(releasabilities),
  releasableTo: z.array(z.uuid()).max(200).default([]),
  frameworks: z.array(frameworkMembership).max(50).default([]),
  areaIds: z.array(z.uuid()).max(100).default([]),
  milestones: z.array(milestoneInput).max(500).default([]),
};

/** The rules that tie fields together, for both a new record and the merged result of an update. */
export function checkPartnerConsistency(
  value: { kind?: string; isoCode?: string | null; releasability?: string; releasableTo?: string[] },
  ctx: z.RefinementCtx,
) {
  if (value.kind === 'country' && value.isoCode === null) {
    ctx.addIssue({ code: 'custom', path: ['isoCode'], message: 'iso.invalid' });
  }
  checkReleasability(value, ctx);
}

/** The cross-field rules alone, for the merged record of an update. */
export const partnerConsistencySchema = z
  .object({
    kind: z.string(),
    isoCode: z.string().nullable(),
    releasability: z.string(),
    releasableTo: z.array(z.string()),
  })
  .superRefine(checkPartnerConsistency);

export const createPartnerBodySchema = z
  .strictObject(partnerFields)
  .superRefine(checkPartnerConsistency)
  .meta({
    examples: [
      {
        isoCode: 'JP',
        kind: 'country',
        name: { en: 'Japan', fr: 'Japon' },
        summary: {
          en: 'The longest-standing partner across the globe.',
          fr: 'Le plus ancien partenaire mondial.',
        },
        status: 'active',
        relationsSinceYear: 1990,
        releasability: 'public',
        releasableTo: [],
        frameworks: [{ frameworkId: '0b6f6c1e-2f1f-4d64-9a57-5d3f3c1f2a10', joinedOn: null, leftOn: null }],
        areaIds: [],
        milestones: [
          {
            occurredOn: '2014-05-06',
            precision: 'day',
            kind: 'programme',
            title: {
              en: 'Individual Partnership and Cooperation Programme concluded',
              fr: 'Conclusion du programme individuel de partenariat et de coopération',
            },
            description: { en: '', fr: '' },
          },
        ],
      },
    ],
  });
export type CreatePartnerBody = z.infer<typeof createPartnerBodySchema>;

export const updatePartnerBodySchema = z.strictObject({
  isoCode: partnerFields.isoCode.optional(),
  kind: partnerFields.kind.optional(),
  name: partnerName.optional(),
  summary: bilingualSchema(8000).optional(),
  status: partnerFields.status.optional(),
  relationsSinceYear: z.number().int().min(1900).max(2100).nullable().optional(),
  releasability: partnerFields.releasability.optional(),
  releasableTo: z.array(z.uuid()).max(200).optional(),
  frameworks: z.array(frameworkMembership).max(50).optional(),
  areaIds: z.array(z.uuid()).max(100).optional(),
  milestones: z.array(milestoneInput).max(500).optional(),
});
export type UpdatePartnerBody = z.infer<typeof updatePartnerBodySchema>;

export const partnerSorts = [
  'name',
  '-name',
  'isoCode',
  '-isoCode',
  'relationsSince',
  '-relationsSince',
  'updatedAt',
  '-updatedAt',
] as const;

const codeFilter = z.string().trim().max(40);

export const partnerListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  framework: codeFilter.optional(),
  area: codeFilter.optional(),
  status: z.enum(partnerStatuses).optional(),
  kind: z.enum(partnerKinds).optional(),
  sort: z.enum(partnerSorts).default('name'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type PartnerListQuery = z.infer<typeof partnerListQuerySchema>;

const termRef = z.object({ id: z.uuid(), code: z.string(), name: bilingualOutSchema });

export const partnerSummarySchema = z.object({
  id: z.uuid(),
  isoCode: z.string().nullable(),
  kind: z.enum(partnerKinds),
  name: bilingualOutSchema,
  status: z.enum(partnerStatuses),
  relationsSinceYear: z.number().int().nullable(),
  releasability: z.enum(releasabilities),
  frameworks: z.array(termRef),
});
export type PartnerSummary = z.infer<typeof partnerSummarySchema>;

export const partnerSchema = partnerSummarySchema.extend({
  summary: bilingualOutSchema,
  releasableTo: z.array(z.uuid()),
  frameworks: z.array(termRef.extend({ joinedOn: z.string().nullable(), leftOn: z.string().nullable() })),
  areas: z.array(termRef),
  milestones: z.array(
    z.object({
      id: z.uuid(),
      occurredOn: z.string(),
      precision: z.enum(datePrecisions),
      kind: z.enum(milestoneKinds),
      title: bilingualOutSchema,
      description: bilingualOutSchema,
    }),
  ),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Partner = z.infer<typeof partnerSchema>;

export const partnerPageSchema = z.object({
  items: z.array(partnerSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
});
