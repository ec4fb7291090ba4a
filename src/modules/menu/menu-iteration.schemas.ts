import { z } from 'zod';
import { activityStatuses } from '../../shared/enums';
import { isIso3166Alpha2 } from '../../shared/iso3166';

/** The iterations of an activity: one dated run each (or self-paced), with its seats and deadline. */

export const isoDate = z.iso.date({ message: 'date.invalid' });
const countryCode = z
  .string()
  .trim()
  .refine((value) => isIso3166Alpha2(value), { message: 'iso.invalid' });

const iterationFields = {
  /** Both null for a self-paced activity. */
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  online: z.boolean().default(false),
  city: z.string().trim().max(120).default(''),
  countryCode: countryCode.nullable().default(null),
  seats: z.number().int().min(0, { message: 'seats.negative' }).max(100_000),
  nominationDeadline: isoDate.nullable().default(null),
  /** Seats one partner may hold until the unfilled seats are released (null or absent: no limit). */
  partnerSeatLimit: z.number().int().min(1).max(100_000).nullable().optional(),
};

/** Dates that tie together: end not before start, deadline not after start, both dates or neither. */
export function checkIterationDates(
  value: { startsOn?: string | null; endsOn?: string | null; nominationDeadline?: string | null },
  ctx: z.RefinementCtx,
) {
  const { startsOn, endsOn, nominationDeadline } = value;
  if ((startsOn == null) !== (endsOn == null)) {
    ctx.addIssue({
      code: 'custom',
      path: [startsOn == null ? 'startsOn' : 'endsOn'],
      message: 'iteration.dates_pair',
    });
  }
  if (startsOn && endsOn && endsOn < startsOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'iteration.end_before_start' });
  }
  if (startsOn && nominationDeadline && nominationDeadline > startsOn) {
    ctx.addIssue({ code: 'custom', path: ['nominationDeadline'], message: 'iteration.deadline_after_start' });
  }
}

/**
 * A per-partner limit above the seats would limit nothing: refused as "at most {seats}" on `path`
 * (the limit's field, or the seats when only they change under a limit already set).
 */
export function checkPartnerSeatLimit(
  value: { seats?: number | null; partnerSeatLimit?: number | null },
  ctx: z.RefinementCtx,
  path: 'partnerSeatLimit' | 'seats' = 'partnerSeatLimit',
) {
  const { seats, partnerSeatLimit } = value;
  if (partnerSeatLimit == null || !Number.isInteger(seats) || partnerSeatLimit <= seats!) return;
  ctx.addIssue({
    code: 'too_big',
    origin: 'number',
    maximum: seats!,
    inclusive: true,
    path: [path],
    input: path === 'seats' ? seats : partnerSeatLimit,
  });
}

export const iterationInputSchema = z
  .strictObject(iterationFields)
  .superRefine(checkIterationDates)
  .superRefine((value, ctx) => checkPartnerSeatLimit(value, ctx))
  .meta({
    examples: [
      {
        startsOn: '2026-03-09',
        endsOn: '2026-03-13',
        online: false,
        city: 'Oberammergau',
        countryCode: 'DE',
        seats: 12,
        nominationDeadline: '2026-01-26',
        partnerSeatLimit: 2,
      },
    ],
  });
export type IterationInput = z.infer<typeof iterationInputSchema>;

export const updateIterationBodySchema = z.strictObject({
  startsOn: iterationFields.startsOn.optional(),
  endsOn: iterationFields.endsOn.optional(),
  online: z.boolean().optional(),
  city: z.string().trim().max(120).optional(),
  countryCode: countryCode.nullable().optional(),
  seats: iterationFields.seats.optional(),
  nominationDeadline: isoDate.nullable().optional(),
  partnerSeatLimit: iterationFields.partnerSeatLimit,
});
export type UpdateIterationBody = z.infer<typeof updateIterationBodySchema>;

/**
 * An update merged into the stored iteration: its dates and its seats still agree. `limitSent` says
 * whether the update named the per-partner limit, so a clash is reported on the field that was sent.
 */
export const mergedIterationSchema = z
  .object({
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    nominationDeadline: z.string().nullable(),
    seats: z.number().int(),
    partnerSeatLimit: z.number().int().nullable(),
    limitSent: z.boolean(),
  })
  .superRefine(checkIterationDates)
  .superRefine(({ limitSent, ...value }, ctx) =>
    checkPartnerSeatLimit(value, ctx, limitSent ? 'partnerSeatLimit' : 'seats'),
  );

/** Whether nominations can be sent now, from the status and the deadline (computed with the server's clock). */
export const deadlineStates = ['open', 'closing_soon', 'passed', 'not_open'] as const;

export const iterationSchema = z.object({
  id: z.uuid(),
  activityId: z.uuid(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  selfPaced: z.boolean(),
  online: z.boolean(),
  city: z.string(),
  countryCode: z.string().nullable(),
  seats: z.number().int(),
  nominationDeadline: z.string().nullable(),
  deadlineState: z.enum(deadlineStates),
  // Optional in the type only (always sent): clients built before the nominations need not know them.
  partnerSeatLimit: z.number().int().nullable().optional(),
  /** When the unfilled seats went to the waiting list and the per-partner limit was lifted. */
  seatsReleasedAt: z.string().nullable().optional(),
  status: z.enum(activityStatuses),
  sequence: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Iteration = z.infer<typeof iterationSchema>;
