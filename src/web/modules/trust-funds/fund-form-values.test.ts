import { describe, expect, it } from 'vitest';
import {
  currencyOptions,
  emptyFund,
  fieldOfFundProblem,
  isFundFieldPath,
  toFundBody,
  validateFund,
} from './fund-form-values';

const options = { locale: 'en', requiredMessage: 'Required.' } as const;
const partnerId = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';

describe('fund form values', () => {
  it('sends the partners a fund is released to only when it is releasable', () => {
    const values = {
      ...emptyFund,
      code: ' ANA-TF ',
      name: { en: 'ANA Trust Fund', fr: '' },
      releasableTo: [partnerId],
    };
    expect(toFundBody(values)).toMatchObject({ code: 'ANA-TF', releasability: 'internal', releasableTo: [] });
    expect(toFundBody({ ...values, releasability: 'releasable' }).releasableTo).toEqual([partnerId]);
  });

  it('names each missing or wrong field', () => {
    expect(validateFund({ ...emptyFund, code: 'ANA-TF', name: { en: 'ANA', fr: '' } }, options)).toEqual({});
    const errors = validateFund({ ...emptyFund, currency: 'XYZ', releasability: 'releasable' }, options);
    expect(Object.keys(errors).sort()).toEqual(['code', 'currency', 'name', 'releasableTo']);
    expect(errors.code).toBe('Required.');
  });

  it('knows the server paths of its fields', () => {
    expect(isFundFieldPath('name.fr')).toBe(true);
    expect(isFundFieldPath('managerOrgId')).toBe(false);
    expect(fieldOfFundProblem('trust_fund.duplicate_code')).toBe('code');
  });

  it('lists currencies by code with their names in the UI language', () => {
    expect(currencyOptions('en').find((o) => o.value === 'JPY')?.label).toBe('JPY — Japanese Yen');
    expect(currencyOptions('fr').find((o) => o.value === 'JPY')?.label).toBe('JPY — yen japonais');
  });
});
