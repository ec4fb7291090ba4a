import type { Bilingual } from '../../../core/bilingual';
import {
  type CreateProgrammeBody,
  createProgrammeBodySchema,
  type UpdateProgrammeBody,
  updateProgrammeBodySchema,
} from '../../../modules/programmes/programmes.schemas';
import type { ActivityStatus, Locale, ObjectivePriority } from '../../../shared/enums';
import { describeIssue } from '../../../shared/validation-messages';
import type { Programme } from './programmes.api';

/** One objective as the form holds it; `key` stays the same across versions and links activities to it. */
export interface ObjectiveRow {
  key: string;
  areaId: string;
  priority: ObjectivePriority;
  text: Bilingual;
}

/** One selected activity, with what the form shows of it (code, title, year) besides what it sends. */
export interface ActivityRow {
  activityId: string;
  code: string;
  title: Bilingual;
  year: number;
  status: ActivityStatus;
  plannedParticipants: number | string;
  /** '' = serves no objective in particular. */
  objectiveKey: string;
  note: Bilingual;
}

export interface ProgrammeFormValues {
  partnerId: string;
  title: Bilingual;
  summary: Bilingual;
  period: { startsOn: string; endsOn: string };
  objectives: ObjectiveRow[];
  activities: ActivityRow[];
}

/** A version 4 UUID; `crypto.randomUUID` exists on secure origins only, and a server may be plain HTTP. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function emptyObjective(): ObjectiveRow {
  return { key: newKey(), areaId: '', priority: 'medium', text: { en: '', fr: '' } };
}

/** A new programme runs from the first day of this year to the last of the next, unless told otherwise. */
export function defaultPeriod(year: number): { startsOn: string; endsOn: string } {
  return { startsOn: `${year}-01-01`, endsOn: `${year + 1}-12-31` };
}

export function toFormValues(
  programme: Programme | null,
  defaults: { partnerId: string; year: number },
): ProgrammeFormValues {
  if (!programme) {
    return {
      partnerId: defaults.partnerId,
      title: { en: '', fr: '' },
      summary: { en: '', fr: '' },
      period: defaultPeriod(defaults.year),
      objectives: [emptyObjective()],
      activities: [],
    };
  }
  return {
    partnerId: programme.partner.id,
    title: { ...programme.title },
    summary: { ...programme.summary },
    period: { ...programme.period },
    objectives: programme.objectives.map((o) => ({
      key: o.key,
      areaId: o.area.id,
      priority: o.priority,
      text: { ...o.text },
    })),
    activities: programme.activities.map((a) => ({
      activityId: a.activity.id,
      code: a.activity.code,
      title: { ...a.activity.title },
      year: a.activity.year,
      status: a.activity.status,
      plannedParticipants: a.plannedParticipants,
      objectiveKey: a.objectiveKey ?? '',
      note: { ...a.note },
    })),
  };
}

/** The content both a new programme and a change send: the lists are sent whole (PATCH replaces them). */
function content(values: ProgrammeFormValues) {
  return {
    title: values.title,
    summary: values.summary,
    period: values.period,
    objectives: values.objectives.map((o) => ({
      key: o.key,
      areaId: o.areaId,
      priority: o.priority,
      text: o.text,
    })),
    activities: values.activities.map((a) => ({
      activityId: a.activityId,
      objectiveKey: a.objectiveKey || null,
      plannedParticipants: a.plannedParticipants === '' ? Number.NaN : Number(a.plannedParticipants),
      note: a.note,
    })),
  };
}

/** A liaison's partner is its own: the API takes it from the session when `partnerId` is left out. */
export function toCreateBody(values: ProgrammeFormValues, ownPartner: boolean): CreateProgrammeBody {
  return { ...(ownPartner || !values.partnerId ? {} : { partnerId: values.partnerId }), ...content(values) };
}

export function toUpdateBody(values: ProgrammeFormValues): UpdateProgrammeBody {
  return content(values);
}

type Errors = Record<string, string>;

/** The shared Zod schemas, with their messages in the UI language, keyed by form path. */
export function validateProgramme(
  values: ProgrammeFormValues,
  options: { mode: 'create' | 'update'; partnerRequired: boolean; locale: Locale; requiredMessage: string },
): Errors {
  const errors: Errors = {};
  const { requiredMessage } = options;
  if (options.mode === 'create' && options.partnerRequired && !values.partnerId) {
    errors.partnerId = requiredMessage;
  }
  // An empty choice or date reads better as "required" than as "not a valid UUID/date".
  if (!values.period.startsOn) errors['period.startsOn'] = requiredMessage;
  if (!values.period.endsOn) errors['period.endsOn'] = requiredMessage;
  values.objectives.forEach((o, index) => {
    if (!o.areaId) errors[`objectives.${index}.areaId`] = requiredMessage;
  });
  values.activities.forEach((a, index) => {
    if (a.plannedParticipants === '') errors[`activities.${index}.plannedParticipants`] = requiredMessage;
  });
  const result =
    options.mode === 'create'
      ? createProgrammeBodySchema.safeParse(toCreateBody(values, !options.partnerRequired))
      : updateProgrammeBodySchema.safeParse(toUpdateBody(values));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { path, message } = describeIssue(issue, options.locale);
      errors[path] ??= message;
    }
  }
  return errors;
}

const fieldPattern =
  /^(partnerId|(title|summary)(\.(en|fr))?|period\.(startsOn|endsOn)|objectives\.\d+\.(key|areaId|priority|text(\.(en|fr))?)|activities\.\d+\.(activityId|objectiveKey|plannedParticipants|note(\.(en|fr))?))$/;

/** Paths the form shows under a field or a row; any other server error is listed in the summary alert. */
export function isFieldPath(path: string): boolean {
  return fieldPattern.test(path);
}

/** The field a problem without `errors[]` is about (an unknown partner). */
export function fieldOfProblem(code: string, params: Record<string, unknown> | undefined): string | null {
  if (code === 'reference.unknown' && typeof params?.field === 'string' && isFieldPath(params.field)) {
    return params.field;
  }
  return null;
}

/** After an objective is removed, the activities that served it serve none in particular. */
export function withoutObjective(activities: ActivityRow[], key: string): ActivityRow[] {
  return activities.map((a) => (a.objectiveKey === key ? { ...a, objectiveKey: '' } : a));
}
