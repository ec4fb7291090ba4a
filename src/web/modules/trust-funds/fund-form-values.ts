import type { Bilingual } from '../../../core/bilingual';
import { createFundBodySchema } from '../../../modules/trust-funds/trust-funds.schemas';
import { currencyCodes, currencyName, isCurrencyCode } from '../../../shared/currencies';
import type { FundStatus, Locale, Releasability } from '../../../shared/enums';
import { describeCode, describeIssue } from '../../../shared/validation-messages';
import type { Fund, FundInput } from './trust-funds.api';

export interface FundFormValues {
  code: string;
  name: Bilingual;
  description: Bilingual;
  currency: string;
  status: FundStatus;
  beneficiaryPartnerId: string | null;
  managerOrgId: string | null;
  releasability: Releasability;
  releasableTo: string[];
}

export const emptyFund: FundFormValues = {
  code: '',
  name: { en: '', fr: '' },
  description: { en: '', fr: '' },
  currency: 'EUR',
  status: 'open',
  beneficiaryPartnerId: null,
  managerOrgId: null,
  releasability: 'internal',
  releasableTo: [],
};

/** The form's values for a fund being edited: every field the fund's PUT replaces. */
export function fundToValues(fund: Fund): FundFormValues {
  return {
    code: fund.code,
    name: { ...fund.name },
    description: { ...fund.description },
    currency: fund.currency,
    status: fund.status,
    beneficiaryPartnerId: fund.beneficiaryPartner?.id ?? null,
    managerOrgId: fund.manager?.id ?? null,
    releasability: fund.releasability,
    releasableTo: [...fund.releasableTo],
  };
}

export function toFundBody(values: FundFormValues): FundInput {
  return {
    code: values.code.trim(),
    name: { en: values.name.en.trim(), fr: values.name.fr.trim() },
    description: { en: values.description.en.trim(), fr: values.description.fr.trim() },
    currency: values.currency,
    status: values.status,
    beneficiaryPartnerId: values.beneficiaryPartnerId,
    managerOrgId: values.managerOrgId,
    releasability: values.releasability,
    // Partners are named only when the fund is released to some.
    releasableTo: values.releasability === 'releasable' ? values.releasableTo : [],
  };
}

export function validateFund(
  values: FundFormValues,
  options: { locale: Locale; requiredMessage: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.code.trim()) errors.code = options.requiredMessage;
  if (!values.currency) errors.currency = options.requiredMessage;
  else if (!isCurrencyCode(values.currency))
    errors.currency = describeCode('currency.unknown', options.locale, { currency: values.currency });
  const result = createFundBodySchema.safeParse(toFundBody(values));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { path, message } = describeIssue(issue, options.locale);
      errors[path] ??= message;
    }
  }
  return errors;
}

const fieldPattern =
  /^(code|currency|status|beneficiaryPartnerId|managerOrgId|releasability|releasableTo|(name|description)(\.(en|fr))?)$/;

export function isFundFieldPath(path: string): boolean {
  return fieldPattern.test(path);
}

/** The field a problem without `errors[]` is about (a code already used). */
export function fieldOfFundProblem(code: string): string | null {
  if (code === 'trust_fund.duplicate_code') return 'code';
  if (code === 'trust_fund.currency_locked') return 'currency';
  return null;
}

const currencyOptionCache = new Map<Locale, { value: string; label: string }[]>();

/** Every active ISO 4217 currency for a select: `JPY — Japanese Yen`, named in the UI language. */
export function currencyOptions(locale: Locale): { value: string; label: string }[] {
  const cached = currencyOptionCache.get(locale);
  if (cached) return cached;
  const options = currencyCodes.map((code) => ({
    value: code,
    label: `${code} — ${currencyName(code, locale)}`,
  }));
  currencyOptionCache.set(locale, options);
  return options;
}
