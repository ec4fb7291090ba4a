import type { Bilingual } from '../../../core/bilingual';
import { organisationBodySchema } from '../../../modules/trust-funds/trust-funds.schemas';
import type { Locale, OrganisationKind } from '../../../shared/enums';
import { describeIssue } from '../../../shared/validation-messages';
import type { OrganisationInput } from './funds-write.api';
import type { Organisation } from './trust-funds.api';

export interface OrganisationFormValues {
  kind: OrganisationKind;
  partnerId: string | null;
  isoCode: string;
  name: Bilingual;
  iatiRef: string;
  iatiType: string;
}

export const emptyOrganisation: OrganisationFormValues = {
  kind: 'member_state',
  partnerId: null,
  isoCode: '',
  name: { en: '', fr: '' },
  iatiRef: '',
  iatiType: '',
};

/** The form's values for an organisation being edited (a partner's row shows its partner, not names). */
export function organisationToValues(organisation: Organisation): OrganisationFormValues {
  const partner = organisation.kind === 'partner';
  return {
    kind: organisation.kind,
    partnerId: organisation.partnerId,
    isoCode: organisation.isoCode ?? '',
    name: partner ? { en: '', fr: '' } : { ...organisation.name },
    iatiRef: organisation.iatiRef ?? '',
    iatiType: organisation.iatiType ?? '',
  };
}

/**
 * What the server takes: a partner's row names the partner (its names are the partner's); a member
 * state names its ISO code; empty optional fields are sent as null.
 */
export function toOrganisationBody(values: OrganisationFormValues): OrganisationInput {
  const partner = values.kind === 'partner';
  const optional = (text: string) => text.trim() || null;
  return {
    kind: values.kind,
    partnerId: partner ? values.partnerId : null,
    isoCode: values.kind === 'member_state' ? (optional(values.isoCode)?.toUpperCase() ?? null) : null,
    name: partner ? { en: '', fr: '' } : { en: values.name.en.trim(), fr: values.name.fr.trim() },
    iatiRef: optional(values.iatiRef),
    iatiType: optional(values.iatiType),
  };
}

export function validateOrganisation(values: OrganisationFormValues, locale: Locale): Record<string, string> {
  const errors: Record<string, string> = {};
  const result = organisationBodySchema.safeParse(toOrganisationBody(values));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { path, message } = describeIssue(issue, locale);
      errors[path || 'name'] ??= message;
    }
  }
  return errors;
}

const fieldPattern = /^(kind|partnerId|isoCode|iatiRef|iatiType|name(\.(en|fr))?)$/;

export function isOrganisationFieldPath(path: string): boolean {
  return fieldPattern.test(path);
}

/** The field a problem without `errors[]` is about. */
export function fieldOfOrganisationProblem(code: string): string | null {
  if (code === 'organisation.duplicate') return 'isoCode';
  if (code === 'organisation.duplicate_name') return 'name';
  if (code === 'organisation.kind_locked') return 'kind';
  if (
    code === 'organisation.partner_taken' ||
    code === 'organisation.unknown_partner' ||
    code === 'organisation.partner_locked'
  )
    return 'partnerId';
  return null;
}
