import { z } from 'zod';
import { bilingualOutSchema } from '../../core/bilingual';
import { activityStatuses, objectivePriorities, programmeStatuses } from '../../shared/enums';

/** What the programme routes answer: every field listed, nothing of a row passed through as it is. */

const partnerRef = z.object({ id: z.uuid(), isoCode: z.string().nullable(), name: bilingualOutSchema });
const areaRef = z.object({ id: z.uuid(), code: z.string(), name: bilingualOutSchema });
const periodOut = z.object({ startsOn: z.string(), endsOn: z.string() });

/** An activity as a programme shows it: enough to recognise it and follow the link. */
export const activityRefSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: bilingualOutSchema,
  year: z.number().int(),
  status: z.enum(activityStatuses),
});
export type ActivityRef = z.infer<typeof activityRefSchema>;

export const programmeSummarySchema = z.object({
  id: z.uuid(),
  /** The first version's id, shared by every version of the programme. */
  lineageId: z.uuid(),
  versionNo: z.number().int(),
  partner: partnerRef,
  title: bilingualOutSchema,
  period: periodOut,
  status: z.enum(programmeStatuses),
  agreedOn: z.string().nullable(),
  objectiveCount: z.number().int(),
  activityCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const programmePageSchema = z.object({
  items: z.array(programmeSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
});
export type ProgrammePage = z.infer<typeof programmePageSchema>;

export const objectiveSchema = z.object({
  key: z.uuid(),
  area: areaRef,
  priority: z.enum(objectivePriorities),
  text: bilingualOutSchema,
  position: z.number().int(),
});
export type Objective = z.infer<typeof objectiveSchema>;

export const selectedActivitySchema = z.object({
  /** With the number of its iterations published and not cancelled. */
  activity: activityRefSchema.extend({ iterations: z.number().int() }),
  /** The objective it serves (its key), or null. */
  objectiveKey: z.uuid().nullable(),
  plannedParticipants: z.number().int(),
  note: bilingualOutSchema,
});
export type SelectedActivity = z.infer<typeof selectedActivitySchema>;

export const historyEntrySchema = z.object({
  from: z.enum(programmeStatuses).nullable(),
  to: z.enum(programmeStatuses),
  comment: z.string(),
  /** Who took the step: the user's name (or "system" for data loaded by the application). */
  actor: z.object({ name: z.string() }),
  at: z.string(),
});

export const versionRefSchema = z.object({
  id: z.uuid(),
  versionNo: z.number().int(),
  status: z.enum(programmeStatuses),
  agreedOn: z.string().nullable(),
});

export const programmeSchema = programmeSummarySchema.extend({
  summary: bilingualOutSchema,
  /** The reviewer's comment when the version was last returned for changes. */
  returnComment: z.string(),
  submittedAt: z.string().nullable(),
  /** "Concluded on 6 May 2014": when and by whom, once agreed. */
  agreement: z.object({ agreedOn: z.string(), byPartner: z.string(), byAlliance: z.string() }).nullable(),
  objectives: z.array(objectiveSchema),
  activities: z.array(selectedActivitySchema),
  /** The status history of this version, oldest first. */
  history: z.array(historyEntrySchema),
  /** Every version of the programme, first first. */
  versions: z.array(versionRefSchema),
  /** Whether the caller may change the content now (a draft or returned version). */
  editable: z.boolean(),
  /** The statuses the caller may move this version to now. */
  transitions: z.array(z.enum(programmeStatuses)),
  /** Whether the caller may start a new version from this one now. */
  canCreateVersion: z.boolean(),
  createdAt: z.string(),
});
export type Programme = z.infer<typeof programmeSchema>;

// ---------------------------------------------------------------- diff

const versionSide = z.object({
  id: z.uuid(),
  versionNo: z.number().int(),
  status: z.enum(programmeStatuses),
});

export const programmeDiffSchema = z.object({
  /** The older version of the two, whatever the order they were asked in. */
  from: versionSide,
  to: versionSide,
  fields: z.array(
    z.object({
      field: z.enum(['title', 'summary', 'period']),
      before: z.union([bilingualOutSchema, periodOut]),
      after: z.union([bilingualOutSchema, periodOut]),
    }),
  ),
  objectives: z.object({
    added: z.array(objectiveSchema),
    removed: z.array(objectiveSchema),
    changed: z.array(
      z.object({
        key: z.uuid(),
        fields: z.array(z.enum(['area', 'priority', 'text'])),
        before: objectiveSchema,
        after: objectiveSchema,
      }),
    ),
  }),
  activities: z.object({
    added: z.array(selectedActivitySchema),
    removed: z.array(selectedActivitySchema),
    changed: z.array(
      z.object({
        activityId: z.uuid(),
        fields: z.array(z.enum(['plannedParticipants', 'objectiveKey', 'note'])),
        before: selectedActivitySchema,
        after: selectedActivitySchema,
      }),
    ),
  }),
});
export type ProgrammeDiff = z.infer<typeof programmeDiffSchema>;

// ---------------------------------------------------------------- coverage

const counts = {
  plannedParticipants: z.number().int(),
  /** The partner's nominations to the activity's iterations, but withdrawn ones. */
  nominated: z.number().int(),
  accepted: z.number().int(),
  attended: z.number().int(),
};

export const coveredActivitySchema = z.object({ activity: activityRefSchema, ...counts });

export const suggestionSchema = z.object({
  activity: activityRefSchema,
  /** How well its text matches the objective's (0: in the area, no word in common). */
  rank: z.number(),
});

export const programmeCoverageSchema = z.object({
  programmeId: z.uuid(),
  objectives: z.array(
    objectiveSchema.extend({
      ...counts,
      /** No activity serves it. */
      uncovered: z.boolean(),
      activities: z.array(coveredActivitySchema),
      /**
       * Up to five menu activities of the period's years in the objective's area that the partner may
       * apply to and the programme does not hold yet, best match with the objective's text first.
       */
      suggestions: z.array(suggestionSchema),
    }),
  ),
  /** Selected activities that serve no objective in particular. */
  unassigned: z.array(coveredActivitySchema),
  totals: z.object(counts),
});
export type ProgrammeCoverage = z.infer<typeof programmeCoverageSchema>;
