import { z } from 'zod';
import { bilingualSchema } from '../../core/bilingual';
import { objectivePriorities, programmeStatuses } from '../../shared/enums';

export * from './programmes-out.schemas';

/**
 * The shapes of individual partnership programmes, shared with the web app: what a caller sends
 * (this file) and what the API answers (programmes-out.schemas.ts).
 */

const isoDate = z.iso.date({ message: 'date.invalid' });

/** The period a programme covers; its length (at most six years) is checked by the service. */
export const periodSchema = z
  .strictObject({ startsOn: isoDate, endsOn: isoDate })
  .refine((p) => p.endsOn >= p.startsOn, { path: ['endsOn'], message: 'iteration.end_before_start' });
export type Period = z.infer<typeof periodSchema>;

/** At most six years from the first day (two to four is usual; a renewal may run longer). */
export const MAX_PERIOD_YEARS = 6;

/**
 * An objective. Its `key` stays the same across versions (diffs match objectives by it) and is what
 * an activity names as the objective it serves: give one (any UUID, e.g. `crypto.randomUUID()`) to
 * link activities sent in the same request, or leave it out and the server makes one.
 */
export const objectiveInputSchema = z.strictObject({
  key: z.uuid().optional(),
  areaId: z.uuid(),
  priority: z.enum(objectivePriorities).default('medium'),
  text: bilingualSchema(2000, { required: true }),
});
export type ObjectiveInput = z.infer<typeof objectiveInputSchema>;

/** A menu activity chosen for the programme; `objectiveKey` names one of this version's objectives. */
export const selectedActivityInputSchema = z.strictObject({
  activityId: z.uuid(),
  objectiveKey: z.uuid().nullable().default(null),
  plannedParticipants: z.number().int().min(0).max(9999).default(1),
  note: bilingualSchema(1000).default({ en: '', fr: '' }),
});
export type SelectedActivityInput = z.infer<typeof selectedActivityInputSchema>;

export const MAX_OBJECTIVES = 40;
export const MAX_ACTIVITIES = 300;

const objectivesSchema = z.array(objectiveInputSchema).max(MAX_OBJECTIVES);
const activitiesSchema = z.array(selectedActivityInputSchema).max(MAX_ACTIVITIES);

const programmeFields = {
  /** A partner liaison may leave it out (its own partner is meant); staff name the partner. */
  partnerId: z.uuid().optional(),
  title: bilingualSchema(300, { required: true }),
  summary: bilingualSchema(10_000).default({ en: '', fr: '' }),
  period: periodSchema,
  objectives: objectivesSchema.default([]),
  activities: activitiesSchema.default([]),
};

const example = {
  title: {
    en: 'Individual Partnership and Cooperation Programme 2026–2027',
    fr: 'Programme individuel de partenariat et de coopération 2026-2027',
  },
  summary: { en: 'Cyber defence and disaster relief first.', fr: 'Cyberdéfense et secours d’abord.' },
  period: { startsOn: '2026-01-01', endsOn: '2027-12-31' },
  objectives: [
    {
      key: '6f1d2c3b-4a5e-4f60-8a71-9b8c7d6e5f40',
      areaId: '0b6f6c1e-2f1f-4d64-9a57-5d3f3c1f2a10',
      priority: 'high',
      text: { en: 'Train network defenders', fr: 'Former des défenseurs des réseaux' },
    },
  ],
  activities: [
    {
      activityId: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99',
      objectiveKey: '6f1d2c3b-4a5e-4f60-8a71-9b8c7d6e5f40',
      plannedParticipants: 2,
    },
  ],
};

export const createProgrammeBodySchema = z
  .strictObject(programmeFields)
  .meta({ examples: [{ partnerId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d', ...example }] });
export type CreateProgrammeBody = z.infer<typeof createProgrammeBodySchema>;

/**
 * A change to a draft (or returned) version. `objectives` and `activities`, when given, REPLACE the
 * lists: send the whole list as it should be (keep each objective's `key` to keep it the same objective).
 */
export const updateProgrammeBodySchema = z
  .strictObject({
    title: programmeFields.title.optional(),
    summary: bilingualSchema(10_000).optional(),
    period: periodSchema.optional(),
    objectives: objectivesSchema.optional(),
    activities: activitiesSchema.optional(),
  })
  .meta({ examples: [{ summary: example.summary, activities: example.activities }] });
export type UpdateProgrammeBody = z.infer<typeof updateProgrammeBodySchema>;

/**
 * One step of the lifecycle. `comment` goes into the status history (required to return a version
 * for changes); `agreedOn` (required) and the names of who agreed are recorded when agreeing.
 */
export const programmeTransitionBodySchema = z
  .strictObject({
    to: z.enum(programmeStatuses),
    comment: z.string().trim().max(4000).default(''),
    agreedOn: isoDate.optional(),
    agreedByPartner: z.string().trim().max(300).default(''),
    agreedByAlliance: z.string().trim().max(300).default(''),
  })
  .meta({
    examples: [
      { to: 'submitted' },
      { to: 'returned', comment: 'Please add an objective on maritime security.' },
      {
        to: 'agreed',
        agreedOn: '2014-05-06',
        agreedByPartner: 'Prime Minister Shinzō Abe',
        agreedByAlliance: 'Secretary General Anders Fogh Rasmussen',
      },
    ],
  });
export type ProgrammeTransitionBody = z.infer<typeof programmeTransitionBodySchema>;

// ---------------------------------------------------------------- the list

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const programmeSorts = [
  'title',
  '-title',
  'startsOn',
  '-startsOn',
  'updatedAt',
  '-updatedAt',
  'partner',
  '-partner',
] as const;

export const programmeListQuerySchema = z.strictObject({
  /** Words of the title, in English or French, without caring for case or accents. */
  q: z.string().trim().max(200).optional(),
  partner: z.uuid().optional(),
  /** One or more statuses: repeated (`status=draft&status=returned`) or comma-separated. */
  status: z
    .union([z.string().max(200), z.array(z.string().max(40)).max(programmeStatuses.length)])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(programmeStatuses)).max(programmeStatuses.length))
    .optional(),
  /** Programmes whose period overlaps this year. */
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  /** Every version of each programme instead of the latest one only. */
  allVersions: booleanFlag.default(false),
  sort: z.enum(programmeSorts).default('-startsOn'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ProgrammeListQuery = z.infer<typeof programmeListQuerySchema>;

export const diffQuerySchema = z.strictObject({ with: z.uuid() });
