// Closed vocabularies shared by the server and the web app.

export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];

export const roles = [
  'admin',
  'staff_officer',
  'trust_fund_manager',
  'activity_provider',
  'partner_liaison',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

export const releasabilities = ['public', 'internal', 'releasable'] as const;
export type Releasability = (typeof releasabilities)[number];

export const partnerKinds = ['country', 'international_organisation'] as const;
export type PartnerKind = (typeof partnerKinds)[number];

export const partnerStatuses = ['active', 'suspended', 'former'] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

export const milestoneKinds = ['declaration', 'programme', 'visit', 'meeting', 'agreement', 'other'] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

export const providerKinds = [
  'alliance_school',
  'alliance_command',
  'member_state',
  'centre_of_excellence',
  'training_centre',
] as const;
export type ProviderKind = (typeof providerKinds)[number];

export const activityKinds = [
  'course',
  'seminar',
  'workshop',
  'conference',
  'exercise',
  'mobile_training_team',
  'e_learning',
  'expert_visit',
  'other',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** The life of an activity and of each iteration; `cancelled` ends it at any point before completion. */
export const activityStatuses = ['draft', 'published', 'open', 'closed', 'completed', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** The steps each status may move to. */
export const activityTransitions: Record<ActivityStatus, readonly ActivityStatus[]> = {
  draft: ['published', 'cancelled'],
  published: ['open', 'cancelled'],
  open: ['closed', 'cancelled'],
  closed: ['open', 'completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export const clearances = ['none', 'restricted', 'confidential', 'secret'] as const;
export type Clearance = (typeof clearances)[number];

/** Who may apply: every partner, those in some frameworks, or named partners. */
export const eligibilityKinds = ['all', 'frameworks', 'partners'] as const;
export type EligibilityKind = (typeof eligibilityKinds)[number];

/** Working languages an activity may be held in (ISO 639-1). */
export const workingLanguages = ['en', 'fr', 'ru', 'ar', 'es', 'de', 'uk', 'ka', 'ja', 'other'] as const;
export type WorkingLanguage = (typeof workingLanguages)[number];

/**
 * The life of an individual partnership programme (one row per version). `returned` is a draft with
 * the reviewer's comment: the liaison edits it and submits again. `superseded` ends a version when a
 * newer one of the same programme is agreed.
 */
export const programmeStatuses = [
  'draft',
  'submitted',
  'under_review',
  'returned',
  'agreed',
  'active',
  'completed',
  'superseded',
] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

/** The steps a caller may ask for; `superseded` is reached only by agreeing a newer version. */
export const programmeTransitions: Record<ProgrammeStatus, readonly ProgrammeStatus[]> = {
  draft: ['submitted'],
  returned: ['submitted'],
  submitted: ['under_review', 'returned'],
  under_review: ['agreed', 'returned'],
  agreed: ['active'],
  active: ['completed'],
  completed: [],
  superseded: [],
};

/** The statuses in which the partner (and staff) may still change a version's content. */
export const editableProgrammeStatuses: readonly ProgrammeStatus[] = ['draft', 'returned'];

export const objectivePriorities = ['high', 'medium', 'low'] as const;
export type ObjectivePriority = (typeof objectivePriorities)[number];

/**
 * A nomination's decision: `pending` waits for the provider when the activity needs a second approval
 * step (otherwise seats are given in order of arrival); `waitlisted` holds its place by priority.
 */
export const nominationStatuses = ['pending', 'accepted', 'waitlisted', 'rejected', 'withdrawn'] as const;
export type NominationStatus = (typeof nominationStatuses)[number];

/** After the iteration, for accepted participants. */
export const attendanceStates = ['attended', 'absent'] as const;
export type AttendanceState = (typeof attendanceStates)[number];

// Trust funds (issue 5)

export const organisationKinds = [
  'member_state',
  'partner',
  'international_organisation',
  'agency',
  'ngo',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const fundStatuses = ['open', 'closed'] as const;
export type FundStatus = (typeof fundStatuses)[number];

export const projectStatuses = ['proposed', 'approved', 'in_implementation', 'completed', 'closed'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/** IATI's transaction types, in the order money moves. Pledges are not money: they never count as received. */
export const transactionTypes = [
  'incoming_pledge',
  'incoming_commitment',
  'incoming_funds',
  'disbursement',
  'expenditure',
] as const;
export type TransactionType = (typeof transactionTypes)[number];
/** The types a donor gives: they name the donor (`partyId`). */
export const incomingTypes: readonly TransactionType[] = [
  'incoming_pledge',
  'incoming_commitment',
  'incoming_funds',
];

export const budgetKinds = ['original', 'revised'] as const;
export type BudgetKind = (typeof budgetKinds)[number];

export const resultTypes = ['output', 'outcome'] as const;
export type ResultType = (typeof resultTypes)[number];

export const indicatorUnits = ['hectares', 'tonnes', 'items', 'people', 'sites', 'percent', 'other'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

export const documentCategories = ['agreement', 'proposal', 'feasibility_study', 'report', 'other'] as const;
export type DocumentCategory = (typeof documentCategories)[number];
