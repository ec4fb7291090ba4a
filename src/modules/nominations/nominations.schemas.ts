import { z } from 'zod';
import { bilingualOutSchema } from '../../core/bilingual';
import { activityStatuses, attendanceStates, nominationStatuses, workingLanguages } from '../../shared/enums';
import { isIso3166Alpha2 } from '../../shared/iso3166';

/** Nominations: people a partner puts forward for an iteration, their seats, decisions and attendance. */

/** The fields that identify a person: shown to the nominating partner, the provider and staff; erased on request. */
export const personalFields = [
  'fullName',
  'rankTitle',
  'organisation',
  'email',
  'workingLanguage',
  'nationality',
] as const;

const nationality = z
  .string()
  .trim()
  .refine((value) => isIso3166Alpha2(value), { message: 'iso.invalid' });

export const createNominationBodySchema = z
  .strictObject({
    iterationId: z.uuid(),
    /** A liaison may leave it out (its own partner is meant); the staff must name the partner. */
    partnerId: z.uuid().optional(),
    /** The programme version the nomination serves, when made from a programme. */
    programmeId: z.uuid().nullable().optional(),
    fullName: z.string().trim().min(1).max(200),
    rankTitle: z.string().trim().max(120).default(''),
    organisation: z.string().trim().max(200).default(''),
    email: z.email().max(254),
    workingLanguage: z.enum(workingLanguages),
    nationality,
    /** The partner's order among its own nominees, 1 first: the waiting list is served by it. */
    priority: z.number().int().min(1).max(99).default(1),
  })
  .meta({
    examples: [
      {
        iterationId: '3f0c8f8e-6a43-4c55-9a39-2f1e0d6f8b11',
        fullName: 'Sato Hanako',
        rankTitle: 'Lieutenant Colonel',
        organisation: 'Japan Ministry of Defense',
        email: 'h.sato@example.jp',
        workingLanguage: 'en',
        nationality: 'JP',
        priority: 1,
      },
    ],
  });
export type CreateNominationBody = z.infer<typeof createNominationBodySchema>;

export const decisions = ['accept', 'waitlist', 'reject'] as const;
export type Decision = (typeof decisions)[number];

export const decisionBodySchema = z.strictObject({
  decision: z.enum(decisions),
  /** Required for a rejection: the partner is told why. */
  reason: z.string().trim().max(1000).default(''),
});
export type DecisionBody = z.infer<typeof decisionBodySchema>;

export const attendanceBodySchema = z.strictObject({
  attendance: z.enum(attendanceStates),
  completed: z.boolean(),
});
export type AttendanceBody = z.infer<typeof attendanceBodySchema>;

export const nominationListQuerySchema = z.strictObject({
  iterationId: z.uuid().optional(),
  activityId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
  programmeId: z.uuid().optional(),
  status: z.enum(nominationStatuses).optional(),
  /** The menu year of the activity. */
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type NominationListQuery = z.infer<typeof nominationListQuerySchema>;

export const reportParamsSchema = z.strictObject({ id: z.uuid(), reportId: z.uuid() });

export const reportQuerySchema = z.strictObject({
  /** The name the file is downloaded under; `report.<ext>` when left out. */
  fileName: z.string().trim().min(1).max(200).optional(),
});

export const reportSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type Report = z.infer<typeof reportSchema>;

/** The seats of an iteration: offered, taken, waiting, pending a decision and free. */
export const seatsSchema = z.object({
  offered: z.number().int(),
  accepted: z.number().int(),
  waitlisted: z.number().int(),
  pending: z.number().int(),
  free: z.number().int(),
  partnerSeatLimit: z.number().int().nullable(),
  releasedAt: z.string().nullable(),
});
export type Seats = z.infer<typeof seatsSchema>;

export const nominationSchema = z.object({
  id: z.uuid(),
  iterationId: z.uuid(),
  partner: z.object({ id: z.uuid(), name: bilingualOutSchema }),
  activity: z.object({
    id: z.uuid(),
    code: z.string(),
    year: z.number().int(),
    title: bilingualOutSchema,
    providerId: z.uuid(),
    secondApproval: z.boolean(),
  }),
  iteration: z.object({
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    online: z.boolean(),
    city: z.string(),
    countryCode: z.string().nullable(),
    nominationDeadline: z.string().nullable(),
    status: z.enum(activityStatuses),
  }),
  programmeId: z.uuid().nullable(),
  // Personal fields: empty once erased.
  fullName: z.string(),
  rankTitle: z.string(),
  organisation: z.string(),
  email: z.string(),
  workingLanguage: z.string(),
  nationality: z.string(),
  status: z.enum(nominationStatuses),
  priority: z.number().int(),
  /** Place on the waiting list (1 first), for a waitlisted nomination only. */
  waitlistPosition: z.number().int().nullable(),
  decisionReason: z.string(),
  decidedAt: z.string().nullable(),
  attendance: z.enum(attendanceStates).nullable(),
  completed: z.boolean(),
  erasedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Nomination = z.infer<typeof nominationSchema>;

export const nominationDetailSchema = nominationSchema.extend({
  reports: z.array(reportSchema),
  seats: seatsSchema,
});
export type NominationDetail = z.infer<typeof nominationDetailSchema>;

export const nominationPageSchema = z.object({
  items: z.array(nominationSchema),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
});
export type NominationPage = z.infer<typeof nominationPageSchema>;

/** An iteration's seats and the nominations the caller may see: accepted, waiting list in order, the rest. */
export const iterationNominationsSchema = z.object({
  iterationId: z.uuid(),
  activityId: z.uuid(),
  seats: seatsSchema,
  items: z.array(nominationSchema),
});
export type IterationNominations = z.infer<typeof iterationNominationsSchema>;
