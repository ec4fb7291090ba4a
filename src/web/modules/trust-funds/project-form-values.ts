import type { Bilingual } from '../../../core/bilingual';
import { createProjectBodySchema } from '../../../modules/trust-funds/trust-funds.schemas';
import type {
  BudgetKind,
  IndicatorUnit,
  Locale,
  ProjectStatus,
  Releasability,
  ResultType,
} from '../../../shared/enums';
import { describeCode, describeIssue } from '../../../shared/validation-messages';
import { newKey } from '../programmes/programme-form-values';
import { checkAmountText } from './transaction-form-values';
import type { Project, ProjectInput } from './trust-funds.api';

/** One budget line: an amount for a period, original or revised. `key` only keeps React's rows apart. */
export interface BudgetRow {
  key: string;
  kind: BudgetKind;
  periodStart: string;
  periodEnd: string;
  amount: string;
  currency: string;
  /** The day the amount is valued at (IATI's value date); the period's start when left empty. */
  valueDate: string;
}

export interface IndicatorPeriodRow {
  key: string;
  periodStart: string;
  periodEnd: string;
  target: string;
  actual: string;
}

export interface IndicatorRow {
  key: string;
  resultType: ResultType;
  title: Bilingual;
  unit: IndicatorUnit;
  ascending: boolean;
  baselineValue: string;
  baselineYear: string;
  periods: IndicatorPeriodRow[];
}

export interface ProjectFormValues {
  fundId: string;
  parentId: string;
  code: string;
  title: Bilingual;
  objectives: Bilingual;
  beneficiaryCountry: string;
  executingAgencyId: string;
  leadNationIds: string[];
  status: ProjectStatus;
  startsOn: string;
  endsOn: string;
  budgets: BudgetRow[];
  indicators: IndicatorRow[];
  releasability: Releasability;
  releasableTo: string[];
}

/** This year, as the first period a new row proposes. */
function yearPeriod(year: number) {
  return { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
}

export function emptyBudget(currency: string, year: number): BudgetRow {
  return { key: newKey(), kind: 'original', ...yearPeriod(year), amount: '', currency, valueDate: '' };
}

export function emptyPeriod(year: number): IndicatorPeriodRow {
  return { key: newKey(), ...yearPeriod(year), target: '', actual: '' };
}

export function emptyIndicator(year: number): IndicatorRow {
  return {
    key: newKey(),
    resultType: 'output',
    title: { en: '', fr: '' },
    unit: 'items',
    ascending: true,
    baselineValue: '',
    baselineYear: '',
    periods: [emptyPeriod(year)],
  };
}

export function toProjectFormValues(
  project: Project | null,
  defaults: { fundId: string; parentId?: string; beneficiaryCountry?: string },
): ProjectFormValues {
  if (!project) {
    return {
      fundId: defaults.fundId,
      parentId: defaults.parentId ?? '',
      code: '',
      title: { en: '', fr: '' },
      objectives: { en: '', fr: '' },
      beneficiaryCountry: defaults.beneficiaryCountry ?? '',
      executingAgencyId: '',
      leadNationIds: [],
      status: 'proposed',
      startsOn: '',
      endsOn: '',
      budgets: [],
      indicators: [],
      releasability: 'internal',
      releasableTo: [],
    };
  }
  return {
    fundId: project.fund.id,
    parentId: project.parent?.id ?? '',
    code: project.code,
    title: { ...project.title },
    objectives: { ...project.objectives },
    beneficiaryCountry: project.beneficiaryCountry,
    executingAgencyId: project.executingAgency?.id ?? '',
    leadNationIds: project.leadNations.map((o) => o.id),
    status: project.status,
    startsOn: project.startsOn ?? '',
    endsOn: project.endsOn ?? '',
    budgets: project.budgets.map((b) => ({ key: newKey(), ...b })),
    indicators: project.indicators.map((i) => ({
      key: i.id,
      resultType: i.resultType,
      title: { ...i.title },
      unit: i.unit,
      ascending: i.ascending,
      baselineValue: i.baselineValue ?? '',
      baselineYear: i.baselineYear === null ? '' : String(i.baselineYear),
      periods: i.periods.map((p) => ({
        key: newKey(),
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        target: p.target ?? '',
        actual: p.actual ?? '',
      })),
    })),
    releasability: project.releasability,
    releasableTo: [...project.releasableTo],
  };
}

const text = (value: Bilingual) => ({ en: value.en.trim(), fr: value.fr.trim() });
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The whole project as the API takes it (an update replaces the budgets and indicators with these). */
export function toProjectBody(values: ProjectFormValues): ProjectInput {
  return {
    fundId: values.fundId,
    parentId: values.parentId || null,
    code: values.code.trim(),
    title: text(values.title),
    objectives: text(values.objectives),
    beneficiaryCountry: values.beneficiaryCountry,
    executingAgencyId: values.executingAgencyId || null,
    leadNationIds: values.leadNationIds,
    status: values.status,
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
    budgets: values.budgets.map((b) => ({
      kind: b.kind,
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      amount: b.amount.trim(),
      currency: b.currency,
      valueDate: b.valueDate || b.periodStart,
    })),
    indicators: values.indicators.map((i) => ({
      resultType: i.resultType,
      title: text(i.title),
      unit: i.unit,
      ascending: i.ascending,
      baselineValue: orNull(i.baselineValue),
      // An unreadable year stays as text so that the schema names it, rather than becoming "none".
      baselineYear: i.baselineYear.trim() === '' ? null : Number(i.baselineYear),
      periods: i.periods.map((p) => ({
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        target: orNull(p.target),
        actual: orNull(p.actual),
      })),
    })),
    releasability: values.releasability,
    releasableTo: values.releasability === 'releasable' ? values.releasableTo : [],
  };
}

/** A count or measure of a result: what the server takes (at least zero, at most 4 decimals). */
export function isMeasure(value: string): boolean {
  return /^\d{1,15}(\.\d{1,4})?$/.test(value.trim());
}

type Errors = Record<string, string>;

export function validateProject(
  values: ProjectFormValues,
  options: { locale: Locale; requiredMessage: string; measureMessage: string },
): Errors {
  const { locale, requiredMessage, measureMessage } = options;
  const errors: Errors = {};
  if (!values.code.trim()) errors.code = requiredMessage;
  if (!values.beneficiaryCountry) errors.beneficiaryCountry = requiredMessage;
  values.budgets.forEach((b, index) => {
    for (const field of ['periodStart', 'periodEnd'] as const)
      if (!b[field]) errors[`budgets.${index}.${field}`] = requiredMessage;
    if (!b.amount.trim()) errors[`budgets.${index}.amount`] = requiredMessage;
    else {
      const problem = checkAmountText(b.amount, b.currency);
      // A budget may be zero (a period with nothing planned).
      if (problem && problem.code !== 'money.zero')
        errors[`budgets.${index}.${problem.path}`] = describeCode(problem.code, locale, problem.params);
    }
  });
  values.indicators.forEach((indicator, index) => {
    if (indicator.baselineValue.trim() && !isMeasure(indicator.baselineValue))
      errors[`indicators.${index}.baselineValue`] = measureMessage;
    indicator.periods.forEach((p, n) => {
      for (const field of ['periodStart', 'periodEnd'] as const)
        if (!p[field]) errors[`indicators.${index}.periods.${n}.${field}`] = requiredMessage;
      for (const field of ['target', 'actual'] as const)
        if (p[field].trim() && !isMeasure(p[field]))
          errors[`indicators.${index}.periods.${n}.${field}`] = measureMessage;
    });
  });
  const result = createProjectBodySchema.safeParse(toProjectBody(values));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { path, message } = describeIssue(issue, locale);
      errors[path] ??= message;
    }
  }
  return errors;
}

const fieldPattern = new RegExp(
  '^(' +
    [
      'parentId',
      'code',
      '(title|objectives)(\\.(en|fr))?',
      'beneficiaryCountry',
      'executingAgencyId',
      'leadNationIds(\\.\\d+)?',
      'status',
      'startsOn',
      'endsOn',
      'releasability',
      'releasableTo',
      'budgets\\.\\d+\\.(kind|periodStart|periodEnd|amount|currency|valueDate)',
      'indicators\\.\\d+\\.(resultType|title(\\.(en|fr))?|unit|ascending|baselineValue|baselineYear)',
      'indicators\\.\\d+\\.periods\\.\\d+\\.(periodStart|periodEnd|target|actual)',
    ].join('|') +
    ')$',
);

/** Paths the form shows under a field or a row; any other server error is listed in the summary alert. */
export function isProjectFieldPath(path: string): boolean {
  return fieldPattern.test(path);
}

/** The field a problem without `errors[]` is about. */
export function fieldOfProjectProblem(
  code: string,
  params: Record<string, unknown> | undefined,
): string | null {
  if (code === 'tf_project.duplicate_code') return 'code';
  if (code === 'tf_project.bad_parent') return 'parentId';
  if (
    (code === 'organisation.unknown' || code === 'indicator.bad_value') &&
    typeof params?.field === 'string'
  ) {
    // A lead nation's error is shown under the whole list.
    const field = params.field.replace(/^leadNationIds\.\d+$/, 'leadNationIds');
    return isProjectFieldPath(field) ? field : null;
  }
  return null;
}
