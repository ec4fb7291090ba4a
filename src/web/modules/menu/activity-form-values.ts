import type { Bilingual } from '../../../core/bilingual';
import {
  activityConsistencySchema,
  type CreateActivityBody,
  createActivityBodySchema,
  type Iteration,
  type IterationInput,
  iterationInputSchema,
  type UpdateActivityBody,
  updateActivityBodySchema,
} from '../../../modules/menu/menu.schemas';
import type {
  ActivityKind,
  Clearance,
  EligibilityKind,
  Locale,
  Releasability,
  WorkingLanguage,
} from '../../../shared/enums';
import { describeIssue } from '../../../shared/validation-messages';
import type { Activity } from './menu.api';

/** One iteration as the form holds it: empty strings where the API wants null, so inputs stay controlled. */
export interface IterationRow {
  /** A stable React key for the row; never sent. */
  key: string;
  selfPaced: boolean;
  startsOn: string;
  endsOn: string;
  online: boolean;
  city: string;
  countryCode: string;
  seats: number | string;
  /** Seats one partner may hold until the release; '' for no limit. */
  partnerSeatLimit: number | string;
  nominationDeadline: string;
}

export interface ActivityFormValues {
  year: number | string;
  code: string;
  providerId: string;
  kind: ActivityKind;
  title: Bilingual;
  description: Bilingual;
  areaIds: string[];
  languages: WorkingLanguage[];
  hasFee: boolean;
  fee: { amount: string; currency: string };
  clearance: Clearance;
  contactName: string;
  contactEmail: string;
  secondApproval: boolean;
  eligibility: { kind: EligibilityKind; frameworkIds: string[]; partnerIds: string[] };
  releasability: Releasability;
  releasableTo: string[];
  recurring: boolean;
  /** Only on a new activity: an existing one saves each iteration on its own. */
  iterations: IterationRow[];
}

let rowCounter = 0;
export const newRowKey = () => `iteration-${++rowCounter}`;

export function emptyIteration(): IterationRow {
  return {
    key: newRowKey(),
    selfPaced: false,
    startsOn: '',
    endsOn: '',
    online: false,
    city: '',
    countryCode: '',
    seats: '',
    partnerSeatLimit: '',
    nominationDeadline: '',
  };
}

export function iterationToRow(iteration: Iteration): IterationRow {
  return {
    key: iteration.id,
    selfPaced: iteration.startsOn === null && iteration.endsOn === null,
    startsOn: iteration.startsOn ?? '',
    endsOn: iteration.endsOn ?? '',
    online: iteration.online,
    city: iteration.city,
    countryCode: iteration.countryCode ?? '',
    seats: iteration.seats,
    partnerSeatLimit: iteration.partnerSeatLimit ?? '',
    nominationDeadline: iteration.nominationDeadline ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function rowToIterationInput(row: IterationRow): IterationInput {
  return {
    startsOn: row.selfPaced ? null : orNull(row.startsOn),
    endsOn: row.selfPaced ? null : orNull(row.endsOn),
    online: row.online,
    // An online iteration has no place; what was typed before ticking "online" is not kept.
    city: row.online ? '' : row.city.trim(),
    countryCode: row.online ? null : (orNull(row.countryCode)?.toUpperCase() ?? null),
    seats: row.seats === '' ? Number.NaN : Number(row.seats),
    nominationDeadline: orNull(row.nominationDeadline),
    // Sent even when empty, so that clearing the field lifts a limit already saved.
    partnerSeatLimit: row.partnerSeatLimit === '' ? null : Number(row.partnerSeatLimit),
  };
}

export function toFormValues(
  activity: Activity | null,
  defaults: { year: number; providerId: string | null } = {
    year: new Date().getFullYear(),
    providerId: null,
  },
): ActivityFormValues {
  if (!activity) {
    return {
      year: defaults.year,
      code: '',
      providerId: defaults.providerId ?? '',
      kind: 'course',
      title: { en: '', fr: '' },
      description: { en: '', fr: '' },
      areaIds: [],
      languages: ['en'],
      hasFee: false,
      fee: { amount: '', currency: 'EUR' },
      clearance: 'none',
      contactName: '',
      contactEmail: '',
      secondApproval: false,
      eligibility: { kind: 'all', frameworkIds: [], partnerIds: [] },
      releasability: 'public',
      releasableTo: [],
      recurring: true,
      iterations: [emptyIteration()],
    };
  }
  return {
    year: activity.year,
    code: activity.code,
    providerId: activity.provider.id,
    kind: activity.kind,
    title: { ...activity.title },
    description: { ...activity.description },
    areaIds: activity.areas.map((a) => a.id),
    languages: [...activity.languages],
    hasFee: activity.fee !== null,
    fee: activity.fee ? { ...activity.fee } : { amount: '', currency: 'EUR' },
    clearance: activity.clearance,
    contactName: activity.contactName,
    contactEmail: activity.contactEmail,
    secondApproval: activity.secondApproval,
    eligibility: {
      kind: activity.eligibility,
      frameworkIds: activity.eligibleFrameworks.map((f) => f.id),
      partnerIds: activity.eligiblePartners.map((p) => p.id),
    },
    releasability: activity.releasability,
    releasableTo: [...activity.releasableTo],
    recurring: activity.recurring,
    iterations: [],
  };
}

/** The fields a new activity and an edit share, cleaned of what the chosen options make irrelevant. */
function commonFields(values: ActivityFormValues) {
  const { kind, frameworkIds, partnerIds } = values.eligibility;
  return {
    code: values.code.trim(),
    kind: values.kind,
    title: values.title,
    description: values.description,
    areaIds: values.areaIds,
    languages: values.languages,
    fee: values.hasFee
      ? { amount: values.fee.amount.trim(), currency: values.fee.currency.trim().toUpperCase() }
      : null,
    clearance: values.clearance,
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
    secondApproval: values.secondApproval,
    eligibility: {
      kind,
      frameworkIds: kind === 'frameworks' ? frameworkIds : [],
      partnerIds: kind === 'partners' ? partnerIds : [],
    },
    releasability: values.releasability,
    releasableTo: values.releasability === 'releasable' ? values.releasableTo : [],
    recurring: values.recurring,
  };
}

export function toCreateBody(values: ActivityFormValues): CreateActivityBody {
  const year = values.year === '' ? Number.NaN : Number(values.year);
  return {
    year,
    ...(values.providerId ? { providerId: values.providerId } : {}),
    ...commonFields(values),
    iterations: values.iterations.map(rowToIterationInput),
  };
}

/** Every editable field (year and provider are fixed once created; iterations are saved one by one). */
export function toUpdateBody(values: ActivityFormValues): UpdateActivityBody {
  return commonFields(values);
}

type Errors = Record<string, string>;

function collect(
  errors: Errors,
  issues: Parameters<typeof describeIssue>[0][],
  locale: Locale,
  prefix = '',
): Errors {
  for (const issue of issues) {
    const { path, message } = describeIssue(issue, locale);
    errors[`${prefix}${path}`] ??= message;
  }
  return errors;
}

/** An empty date or seat count reads better as "required" than as "not a valid date/number". */
function requiredInRow(row: IterationRow, prefix: string, requiredMessage: string, errors: Errors) {
  if (!row.selfPaced && !row.startsOn) errors[`${prefix}startsOn`] = requiredMessage;
  if (!row.selfPaced && !row.endsOn) errors[`${prefix}endsOn`] = requiredMessage;
  if (row.seats === '') errors[`${prefix}seats`] = requiredMessage;
}

export function validateIteration(row: IterationRow, locale: Locale, requiredMessage: string): Errors {
  const errors: Errors = {};
  requiredInRow(row, '', requiredMessage, errors);
  const result = iterationInputSchema.safeParse(rowToIterationInput(row));
  return result.success ? errors : collect(errors, result.error.issues, locale);
}

/** The shared Zod schemas, with their messages in the UI language, keyed by form path. */
export function validateActivity(
  values: ActivityFormValues,
  mode: 'create' | 'update',
  locale: Locale,
  requiredMessage: string,
): Errors {
  const errors: Errors = {};
  if (values.year === '') errors.year = requiredMessage;
  if (values.hasFee && !values.fee.amount.trim()) errors['fee.amount'] = requiredMessage;
  if (mode === 'update') {
    const body = toUpdateBody(values);
    const result = updateActivityBodySchema.safeParse(body);
    if (!result.success) collect(errors, result.error.issues, locale);
    const consistency = activityConsistencySchema.safeParse(body);
    if (!consistency.success) collect(errors, consistency.error.issues, locale);
    return errors;
  }
  values.iterations.forEach((row, index) => {
    requiredInRow(row, `iterations.${index}.`, requiredMessage, errors);
  });
  const result = createActivityBodySchema.safeParse(toCreateBody(values));
  return result.success ? errors : collect(errors, result.error.issues, locale);
}

const iterationFieldPattern =
  '(startsOn|endsOn|online|city|countryCode|seats|partnerSeatLimit|nominationDeadline)';
const activityFieldPattern = new RegExp(
  `^(year|code|providerId|kind|areaIds|languages|clearance|contactName|contactEmail|secondApproval|releasability|releasableTo|recurring|fee\\.(amount|currency)|(title|description)(\\.(en|fr))?|eligibility\\.(kind|frameworkIds|partnerIds)|iterations\\.\\d+\\.${iterationFieldPattern})$`,
);
const iterationFieldRegex = new RegExp(`^${iterationFieldPattern}$`);

/** Paths the form shows under a field; any other server error is listed in the summary alert. */
export function isFieldPath(path: string): boolean {
  return activityFieldPattern.test(path);
}

export function isIterationFieldPath(path: string): boolean {
  return iterationFieldRegex.test(path);
}

const referenceAliases: Record<string, string> = {
  area: 'areaIds',
  provider: 'providerId',
  framework: 'eligibility.frameworkIds',
  frameworkIds: 'eligibility.frameworkIds',
  partner: 'eligibility.partnerIds',
  partnerIds: 'eligibility.partnerIds',
};

/** The field a problem without `errors[]` is about: a code already used, an unknown reference. */
export function fieldOfProblem(code: string, params: Record<string, unknown> | undefined): string | null {
  if (code === 'activity.duplicate_code') return 'code';
  if (code === 'reference.unknown' && typeof params?.field === 'string') {
    const field = referenceAliases[params.field] ?? params.field;
    return isFieldPath(field) ? field : null;
  }
  return null;
}
