import { describe, expect, it } from 'vitest';
import {
  emptyOrganisation,
  fieldOfOrganisationProblem,
  isOrganisationFieldPath,
  organisationToValues,
  toOrganisationBody,
  validateOrganisation,
} from './organisation-form-values';

const partnerId = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';

describe('organisation form values', () => {
  it('sends a member state with its code, and a partner’s row without names of its own', () => {
    const state = {
      ...emptyOrganisation,
      isoCode: ' no ',
      name: { en: ' Norway ', fr: 'Norvège' },
      iatiType: '10',
    };
    expect(toOrganisationBody(state)).toEqual({
      kind: 'member_state',
      partnerId: null,
      isoCode: 'NO',
      name: { en: 'Norway', fr: 'Norvège' },
      iatiRef: null,
      iatiType: '10',
    });
    const partner = { ...state, kind: 'partner' as const, partnerId };
    expect(toOrganisationBody(partner)).toMatchObject({
      partnerId,
      isoCode: null,
      name: { en: '', fr: '' },
    });
    expect(toOrganisationBody({ ...partner, kind: 'agency' }).partnerId).toBeNull();
  });

  it('names what is missing or wrong', () => {
    expect(validateOrganisation({ ...emptyOrganisation, name: { en: 'Norway', fr: '' } }, 'en')).toEqual({});
    expect(Object.keys(validateOrganisation(emptyOrganisation, 'en'))).toEqual(['name']);
    expect(Object.keys(validateOrganisation({ ...emptyOrganisation, kind: 'partner' }, 'fr'))).toEqual([
      'partnerId',
    ]);
    const bad = validateOrganisation(
      { ...emptyOrganisation, name: { en: 'X', fr: '' }, isoCode: 'XX', iatiType: '1' },
      'en',
    );
    expect(Object.keys(bad).sort()).toEqual(['iatiType', 'isoCode']);
  });

  it('knows the server paths and problems of its fields', () => {
    expect(isOrganisationFieldPath('name.fr')).toBe(true);
    expect(isOrganisationFieldPath('releasability')).toBe(false);
    expect(fieldOfOrganisationProblem('organisation.duplicate')).toBe('isoCode');
    expect(fieldOfOrganisationProblem('organisation.partner_taken')).toBe('partnerId');
    expect(fieldOfOrganisationProblem('organisation.duplicate_name')).toBe('name');
    expect(fieldOfOrganisationProblem('organisation.partner_locked')).toBe('partnerId');
    expect(fieldOfOrganisationProblem('organisation.kind_locked')).toBe('kind');
  });

  it('fills the form from an organisation, and sends back what it read', () => {
    const state = {
      id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
      kind: 'member_state' as const,
      partnerId: null,
      isoCode: 'NO',
      name: { en: 'Norway', fr: 'Norvège' },
      iatiRef: null,
      iatiType: '10',
      version: 3,
    };
    const values = organisationToValues(state);
    expect(values).toEqual({
      kind: 'member_state',
      partnerId: null,
      isoCode: 'NO',
      name: { en: 'Norway', fr: 'Norvège' },
      iatiRef: '',
      iatiType: '10',
    });
    expect(toOrganisationBody(values)).toEqual({
      kind: 'member_state',
      partnerId: null,
      isoCode: 'NO',
      name: { en: 'Norway', fr: 'Norvège' },
      iatiRef: null,
      iatiType: '10',
    });
    // A partner's row shows its partner's names, which are not its own to send.
    const partner = organisationToValues({ ...state, kind: 'partner', partnerId, isoCode: 'JP' });
    expect(partner).toMatchObject({ partnerId, name: { en: '', fr: '' } });
  });
});
