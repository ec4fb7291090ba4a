import type { Bilingual } from '../../../core/bilingual';
import { transactionBodySchema } from '../../../modules/trust-funds/trust-funds.schemas';
import { isCurrencyCode, minorUnits } from '../../../shared/currencies';
import { incomingTypes, type Locale, type TransactionType } from '../../../shared/enums';
import { describeCode, describeIssue } from '../../../shared/validation-messages';
import type { Transaction, TransactionInput } from './trust-funds.api';

/** A transaction as the form holds it: '' for "none" in the selects. */
export interface TransactionFormValues {
  type: TransactionType;
  partyId: string;
  projectId: string;
  amount: string;
  currency: string;
  valueDate: string;
  pledgeId: string;
  earmark: Bilingual;
  reference: string;
}

/** Who the transaction names: the donor of incoming money (required), the payee of an expenditure (optional). */
export function partyRole(type: TransactionType): 'donor' | 'recipient' | 'none' {
  if (incomingTypes.includes(type)) return 'donor';
  return type === 'expenditure' ? 'recipient' : 'none';
}

/** A disbursement passes money to a project; an expenditure is spent by one. */
export function projectRequired(type: TransactionType): boolean {
  return type === 'disbursement' || type === 'expenditure';
}

/** Only a commitment or a contribution received may fulfil a pledge. */
export function mayFulfilPledge(type: TransactionType): boolean {
  return type === 'incoming_commitment' || type === 'incoming_funds';
}

export function toTransactionFormValues(
  transaction: Transaction | null,
  defaults: { currency: string; valueDate: string; projectId?: string },
): TransactionFormValues {
  if (!transaction) {
    return {
      type: 'incoming_funds',
      partyId: '',
      projectId: defaults.projectId ?? '',
      amount: '',
      currency: defaults.currency,
      valueDate: defaults.valueDate,
      pledgeId: '',
      earmark: { en: '', fr: '' },
      reference: '',
    };
  }
  return {
    type: transaction.type,
    partyId: transaction.party?.id ?? '',
    projectId: transaction.project?.id ?? '',
    amount: transaction.amount,
    currency: transaction.currency,
    valueDate: transaction.valueDate,
    pledgeId: transaction.pledgeId ?? '',
    earmark: { ...transaction.earmark },
    reference: transaction.reference,
  };
}

/**
 * What the API receives: the donor dropped from a disbursement and the pledge from a type that cannot
 * fulfil one, so that a field hidden by a change of type never travels with the form.
 */
export function toTransactionBody(values: TransactionFormValues, fundId: string): TransactionInput {
  const role = partyRole(values.type);
  return {
    fundId,
    projectId: values.projectId || null,
    type: values.type,
    partyId: role === 'none' ? null : values.partyId || null,
    amount: values.amount.trim(),
    currency: values.currency.trim().toUpperCase(),
    valueDate: values.valueDate,
    pledgeId: mayFulfilPledge(values.type) && values.partyId ? values.pledgeId || null : null,
    earmark: { en: values.earmark.en.trim(), fr: values.earmark.fr.trim() },
    reference: values.reference.trim(),
  };
}

/** Digits before the point an amount may have: the server's limit (core/money.ts). */
const MAX_AMOUNT_DIGITS = 15;

/**
 * The server's amount rules, checked in the browser without a decimal library: an ISO 4217 currency,
 * digits with a point, no more decimals than the currency has, more than zero. Answers the problem's
 * code and parameters, or null when the amount is good.
 */
export function checkAmountText(
  text: string,
  currency: string,
): { path: 'amount' | 'currency'; code: string; params: Record<string, string | number> } | null {
  if (!isCurrencyCode(currency)) return { path: 'currency', code: 'currency.unknown', params: { currency } };
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return { path: 'amount', code: 'money.malformed', params: {} };
  const [, sign, whole = '', fraction = ''] = match;
  if (whole.replace(/^0+/, '').length > MAX_AMOUNT_DIGITS)
    return { path: 'amount', code: 'money.too_large', params: { maxDigits: MAX_AMOUNT_DIGITS } };
  const units = minorUnits(currency);
  if (fraction.length > units) {
    const example = units === 0 ? '1250' : `1250.${'5'.padEnd(units, '0')}`;
    return {
      path: 'amount',
      code: 'money.too_many_decimals',
      params: { currency, minorUnits: units, example },
    };
  }
  if (/^0*$/.test(whole) && /^0*$/.test(fraction)) return { path: 'amount', code: 'money.zero', params: {} };
  if (sign === '-') return { path: 'amount', code: 'money.negative', params: {} };
  return null;
}

type Errors = Record<string, string>;

/** The shared schema and the type's rules, with messages in the UI language, keyed by form path. */
export function validateTransaction(
  values: TransactionFormValues,
  fundId: string,
  options: { locale: Locale; requiredMessage: string },
): Errors {
  const errors: Errors = {};
  const { locale, requiredMessage } = options;
  if (partyRole(values.type) === 'donor' && !values.partyId) errors.partyId = requiredMessage;
  if (projectRequired(values.type) && !values.projectId) errors.projectId = requiredMessage;
  if (!values.valueDate) errors.valueDate = requiredMessage;
  if (!values.currency) errors.currency = requiredMessage;
  if (!values.amount.trim()) errors.amount = requiredMessage;
  const body = toTransactionBody(values, fundId);
  if (!errors.amount && !errors.currency) {
    const problem = checkAmountText(body.amount, body.currency);
    if (problem) errors[problem.path] = describeCode(problem.code, locale, problem.params);
  }
  const result = transactionBodySchema.safeParse(body);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { path, message } = describeIssue(issue, locale);
      errors[path] ??= message;
    }
  }
  return errors;
}

const fieldPattern =
  /^(type|partyId|projectId|amount|currency|valueDate|pledgeId|reference|earmark(\.(en|fr))?)$/;

/** Paths the form shows under a field; any other server error is listed in the form's alert. */
export function isTransactionFieldPath(path: string): boolean {
  return fieldPattern.test(path);
}

/** The field a problem without `errors[]` is about; null for one that belongs in the alert (over balance). */
export function fieldOfTransactionProblem(
  code: string,
  params: Record<string, unknown> | undefined,
): string | null {
  switch (code) {
    case 'tf_transaction.donor_required':
    case 'tf_transaction.no_party':
      return 'partyId';
    case 'tf_transaction.project_required':
    case 'tf_transaction.project_not_in_fund':
      return 'projectId';
    case 'tf_transaction.pledge_link_type':
    case 'tf_transaction.bad_pledge':
      return 'pledgeId';
    case 'rate.missing':
      return 'valueDate';
    case 'organisation.unknown':
      return typeof params?.field === 'string' && isTransactionFieldPath(params.field) ? params.field : null;
    default:
      return null;
  }
}
