import type { Bilingual } from '../../../core/bilingual';
import { createPartnerBodySchema } from '../../../modules/partners/partners.schemas';
import type {
  DatePrecision,
  Locale,
  MilestoneKind,
  PartnerKind,
  PartnerStatus,
  Releasability,
} from '../../../shared/enums';
import { describeIssue } from '../../../shared/validation-messages';
import type { Partner, PartnerInput } from './partners.api';

export interface MilestoneRow {
  /** A stable React key for the row; never sent. */
  key: string;
  occurredOn: string;
  precision: DatePrecision;
  kind: MilestoneKind;
  title: Bilingual;
  description: Bilingual;
}

export interface FrameworkRow {
  key: string;
  frameworkId: string;
  joinedOn: string;
  leftOn: string;
}

/** The form's own shape: empty strings where the API wants null, so every input stays controlled. */
export interface PartnerFormValues {
  isoCode: string;
  kind: PartnerKind;
  name: Bilingual;
  summary: Bilingual;
  status: PartnerStatus;
  relationsSinceYear: number | string;
  releasability: Releasability;
  releasableTo: string[];
  frameworks: FrameworkRow[];
  areaIds: string[];
  milestones: MilestoneRow[];
}

let rowCounter = 0;
export const newRowKey = () => `row-${++rowCounter}`;

export function emptyMilestone(): MilestoneRow {
  return {
    key: newRowKey(),
    occurredOn: '',
    precision: 'day',
    kind: 'meeting',
    title: { en: '', fr: '' },
    description: { en: '', fr: '' },
  };
}

export function emptyFramework(): FrameworkRow {
  return { key: newRowKey(), frameworkId: '', joinedOn: '', leftOn: '' };
}

export function toFormValues(partner: Partner | null): PartnerFormValues {
  if (!partner) {
    return {
      isoCode: '',
      kind: 'country',
      name: { en: '', fr: '' },
      summary: { en: '', fr: '' },
      status: 'active',
      relationsSinceYear: '',
      releasability: 'internal',
      releasableTo: [],
      frameworks: [],
      areaIds: [],
      milestones: [],
    };
  }
  return {
    isoCode: partner.isoCode ?? '',
    kind: partner.kind,
    name: { ...partner.name },
    summary: { ...partner.summary },
    status: partner.status,
    relationsSinceYear: partner.relationsSinceYear ?? '',
    releasability: partner.releasability,
    releasableTo: [...partner.releasableTo],
    frameworks: partner.frameworks.map((f) => ({
      key: newRowKey(),
      frameworkId: f.id,
      joinedOn: f.joinedOn ?? '',
      leftOn: f.leftOn ?? '',
    })),
    areaIds: partner.areas.map((a) => a.id),
    milestones: partner.milestones.map((m) => ({
      key: newRowKey(),
      occurredOn: m.occurredOn,
      precision: m.precision,
      kind: m.kind,
      title: { ...m.title },
      description: { ...m.description },
    })),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toInput(values: PartnerFormValues): PartnerInput {
  const year = values.relationsSinceYear;
  return {
    isoCode: orNull(values.isoCode)?.toUpperCase() ?? null,
    kind: values.kind,
    name: values.name,
    summary: values.summary,
    status: values.status,
    relationsSinceYear: year === '' || year === null ? null : Number(year),
    releasability: values.releasability,
    releasableTo: values.releasability === 'releasable' ? values.releasableTo : [],
    frameworks: values.frameworks.map((f) => ({
      frameworkId: f.frameworkId,
      joinedOn: orNull(f.joinedOn),
      leftOn: orNull(f.leftOn),
    })),
    areaIds: values.areaIds,
    milestones: values.milestones.map(({ key: _key, ...m }) => m),
  };
}

/** The shared Zod schema, with its messages in the UI language, keyed by form path. */
export function validatePartner(
  values: PartnerFormValues,
  locale: Locale,
  requiredMessage: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  // An empty pick or date reads better as "required" than as the schema's "not a valid uuid/date".
  values.frameworks.forEach((row, index) => {
    if (!row.frameworkId) errors[`frameworks.${index}.frameworkId`] = requiredMessage;
  });
  values.milestones.forEach((row, index) => {
    if (!row.occurredOn) errors[`milestones.${index}.occurredOn`] = requiredMessage;
  });
  const result = createPartnerBodySchema.safeParse(toInput(values));
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const { path, message } = describeIssue(issue, locale);
    errors[path] ??= message;
  }
  return errors;
}

/** Paths the form shows under a field; any other server error is listed in the summary alert. */
export function isFieldPath(path: string): boolean {
  return /^(isoCode|kind|status|relationsSinceYear|releasability|releasableTo|areaIds|name(\.(en|fr))?|summary(\.(en|fr))?|frameworks\.\d+\.(frameworkId|joinedOn|leftOn)|milestones\.\d+\.(occurredOn|precision|kind|(title|description)(\.(en|fr))?))$/.test(
    path,
  );
}
