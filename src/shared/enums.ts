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
