import { z } from 'zod';
import { bilingualOutSchema, bilingualSchema } from '../../core/bilingual';
import {
  activityKinds,
  activityStatuses,
  clearances,
  eligibilityKinds,
  releasabilities,
  workingLanguages,
} from '../../shared/enums';

import { checkReleasability } from '../../shared/releasability';
import { isoDate, iterationInputSchema, iterationSchema } from './menu-iteration.schemas';

export * from './menu-iteration.schemas';

/** Provider prefix, a dot or dash, a number: `ACT.396`, `NSO-M5-112`. */
export const activityCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9.\-/]*$/, { message: 'activity.code_invalid' });

export const menuYearSchema = z.number().int().min(1990).max(2100);

const money = z
  .string()
  .trim()
  .regex(/^\d{1,10}(\.\d{1,2})?$/, { message: 'money.invalid' });

// ---------------------------------------------------------------- activities

const eligibilityInput = z.strictObject({
  kind: z.enum(eligibilityKinds),
  frameworkIds: z.array(z.uuid()).max(20).default([]),
  partnerIds: z.array(z.uuid()).max(200).default([]),
});

const activityFields = {
  year: menuYearSchema,
  code: activityCodeSchema,
  /** A provider's own users may leave it out: their own provider is meant. */
  providerId: z.uuid().optional(),
  kind: z.enum(activityKinds),
  title: bilingualSchema(300, { required: true }),
  description: bilingualSchema(10_000).default({ en: '', fr: '' }),
  areaIds: z.array(z.uuid()).min(1).max(20),
  languages: z.array(z.enum(workingLanguages)).min(1).max(10),
  fee: z
    .strictObject({ amount: money, currency: z.string().regex(/^[A-Z]{3}$/) })
    .nullable()
    .default(null),
  clearance: z.enum(clearances).default('none'),
  contactName: z.string().trim().max(200).default(''),
  contactEmail: z.union([z.email().max(254), z.literal('')]).default(''),
  secondApproval: z.boolean().default(false),
  eligibility: eligibilityInput.default({ kind: 'all', frameworkIds: [], partnerIds: [] }),
  releasability: z.enum(releasabilities).default('public'),
  releasableTo: z.array(z.uuid()).max(200).default([]),
  recurring: z.boolean().default(true),
};

/** Rules across activity fields, for a new activity and for the merged result of an update. */
export function checkActivityConsistency(
  value: {
    eligibility?: { kind: string; frameworkIds: string[]; partnerIds: string[] };
    releasability?: string;
    releasableTo?: string[];
  },
  ctx: z.RefinementCtx,
) {
  const e = value.eligibility;
  if (e?.kind === 'frameworks' && e.frameworkIds.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['eligibility', 'frameworkIds'],
      message: 'eligibility.frameworks_required',
    });
  }
  if (e?.kind === 'partners' && e.partnerIds.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['eligibility', 'partnerIds'],
      message: 'eligibility.partners_required',
    });
  }
  checkReleasability(value, ctx);
}

export const activityConsistencySchema = z
  .object({
    eligibility: z.object({
      kind: z.string(),
      frameworkIds: z.array(z.string()),
      partnerIds: z.array(z.string()),
    }),
    releasability: z.string(),
    releasableTo: z.array(z.string()),
  })
  .superRefine(checkActivityConsistency);

export const createActivityBodySchema = z
  .strictObject({ ...activityFields, iterations: z.array(iterationInputSchema).max(100).default([]) })
  .superRefine(checkActivityConsistency)
  .meta({
    examples: [
      {
        year: 2026,
        code: 'NSO.CY-101',
        kind: 'course',
        title: { en: 'Cyber defence fundamentals', fr: 'Fondamentaux de la cyberdéfense' },
        description: {
          en: 'Five days on protecting networks.',
          fr: 'Cinq jours sur la protection des réseaux.',
        },
        areaIds: ['0b6f6c1e-2f1f-4d64-9a57-5d3f3c1f2a10'],
        languages: ['en'],
        fee: null,
        clearance: 'none',
        eligibility: { kind: 'all', frameworkIds: [], partnerIds: [] },
        releasability: 'public',
        iterations: [
          {
            startsOn: '2026-03-09',
            endsOn: '2026-03-13',
            city: 'Oberammergau',
            countryCode: 'DE',
            seats: 12,
            nominationDeadline: '2026-01-26',
          },
        ],
      },
    ],
  });
export type CreateActivityBody = z.infer<typeof createActivityBodySchema>;

export const updateActivityBodySchema = z.strictObject({
  code: activityFields.code.optional(),
  kind: activityFields.kind.optional(),
  title: activityFields.title.optional(),
  description: bilingualSchema(10_000).optional(),
  areaIds: activityFields.areaIds.optional(),
  languages: activityFields.languages.optional(),
  fee: activityFields.fee.optional(),
  clearance: z.enum(clearances).optional(),
  contactName: z.string().trim().max(200).optional(),
  contactEmail: z.union([z.email().max(254), z.literal('')]).optional(),
  secondApproval: z.boolean().optional(),
  eligibility: eligibilityInput.optional(),
  releasability: z.enum(releasabilities).optional(),
  releasableTo: z.array(z.uuid()).max(200).optional(),
  recurring: z.boolean().optional(),
});
export type UpdateActivityBody = z.infer<typeof updateActivityBodySchema>;

export const transitionBodySchema = z.strictObject({ to: z.enum(activityStatuses) });
export type TransitionBody = z.infer<typeof transitionBodySchema>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: bilingualOutSchema });

export const activitySummarySchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  code: z.string(),
  kind: z.enum(activityKinds),
  title: bilingualOutSchema,
  provider: ref,
  areas: z.array(ref),
  languages: z.array(z.enum(workingLanguages)),
  status: z.enum(activityStatuses),
  eligibility: z.enum(eligibilityKinds),
  releasability: z.enum(releasabilities),
  /** The iterations that match the filter, by start date. */
  iterations: z.array(iterationSchema),
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

export const activitySchema = activitySummarySchema.extend({
  description: bilingualOutSchema,
  fee: z.object({ amount: z.string(), currency: z.string() }).nullable(),
  clearance: z.enum(clearances),
  contactName: z.string(),
  contactEmail: z.string(),
  secondApproval: z.boolean(),
  recurring: z.boolean(),
  /** Frameworks named by the eligibility rule (empty unless kind = frameworks). */
  eligibleFrameworks: z.array(ref),
  /** Partners named by the eligibility rule: shown to the alliance's people only. */
  eligiblePartners: z.array(z.object({ id: z.uuid(), name: bilingualOutSchema })),
  /** Every partner eligible under the rule (the alliance's people only; empty for others). */
  eligibleNow: z.array(z.object({ id: z.uuid(), name: bilingualOutSchema })),
  releasableTo: z.array(z.uuid()),
  /** Whether the caller may edit it (staff, or its own provider). */
  editable: z.boolean(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;

// ---------------------------------------------------------------- the menu: search, filters, facets

/** A filter value given once or repeated (`area=CYBER&area=CT`), or comma-separated. */
// biome-ignore lint/suspicious/noExplicitAny: the item schema takes the split strings whatever its own input type
const multi = <T extends z.ZodType<string, any>>(item: T) =>
  z
    .union([z.string().max(400), z.array(z.string().max(400)).max(20)])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(20))
    .optional();

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const menuSorts = [
  'start',
  '-start',
  'title',
  '-title',
  'code',
  '-code',
  'relevance',
  'updatedAt',
  '-updatedAt',
] as const;

/** The filter of the menu, shared by the list, the calendar, the feeds and the exports. */
export const menuFilterSchema = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  q: z.string().trim().max(200).optional(),
  area: multi(z.string().max(40)),
  kind: multi(z.enum(activityKinds)),
  provider: multi(z.string().max(40)),
  language: multi(z.enum(workingLanguages)),
  country: multi(z.string().regex(/^[A-Z]{2}$/)),
  status: multi(z.enum(activityStatuses)),
  online: booleanFlag.optional(),
  /** Iterations overlapping [from, to]. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Iterations taking nominations today (status open, deadline not passed). */
  openNow: booleanFlag.optional(),
  /** Activities this partner may apply to; a liaison's own partner is always applied. */
  eligibleFor: z.uuid().optional(),
});
export type MenuFilter = z.infer<typeof menuFilterSchema>;

export const menuListQuerySchema = menuFilterSchema.extend({
  sort: z.enum(menuSorts).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** Leave facet counts out (the calendar and pickers do not need them). */
  facets: booleanFlag.default(true),
});
export type MenuListQuery = z.infer<typeof menuListQuerySchema>;

const facetValue = z.object({
  value: z.string(),
  label: bilingualOutSchema.nullable(),
  count: z.number().int(),
});
export const facetNames = ['area', 'kind', 'provider', 'language', 'country', 'status'] as const;
export const facetsSchema = z.object(
  Object.fromEntries(facetNames.map((n) => [n, z.array(facetValue)])) as Record<
    (typeof facetNames)[number],
    z.ZodArray<typeof facetValue>
  >,
);
export type Facets = z.infer<typeof facetsSchema>;

export const menuPageSchema = z.object({
  items: z.array(activitySummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  year: z.number().int(),
  /** Counts of matching activities per value; null when `facets=false`. */
  facets: facetsSchema.nullable(),
});
export type MenuPage = z.infer<typeof menuPageSchema>;

/** The calendar: matching iterations with dates, flat, by start date. */
export const calendarQuerySchema = menuFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});
export type CalendarQuery = z.infer<typeof calendarQuerySchema>;

export const calendarEntrySchema = iterationSchema.extend({
  code: z.string(),
  title: bilingualOutSchema,
  kind: z.enum(activityKinds),
  provider: ref,
  activityStatus: z.enum(activityStatuses),
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;
export const calendarPageSchema = z.object({ items: z.array(calendarEntrySchema), truncated: z.boolean() });

export const menuYearsSchema = z.object({
  items: z.array(z.object({ year: z.number().int(), activities: z.number().int() })),
  current: z.number().int(),
});

export const yearParamsSchema = z.strictObject({ year: z.coerce.number().int().min(1990).max(2099) });
export const iterationParamsSchema = z.strictObject({ id: z.uuid(), iterationId: z.uuid() });

export const copyForwardResultSchema = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  created: z.number().int(),
  /** Codes already in the target year: left as they are. */
  skipped: z.array(z.string()),
});
