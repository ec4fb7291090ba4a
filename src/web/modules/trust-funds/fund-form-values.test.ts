import { describe, expect, it } from 'vitest';
import {
  currencyOptions,
  emptyFund,
  fieldOfFundProblem,
  fundToValues,
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
    expect(isFundFieldPath('managerOrgId')).toBe(true);
    expect(isFundFieldPath('budgets.0.amount')).toBe(false);
    expect(fieldOfFundProblem('trust_fund.duplicate_code')).toBe('code');
    expect(fieldOfFundProblem('trust_fund.currency_locked')).toBe('currency');
  });

  it('edits a fund without losing its manager, beneficiary or the partners it is released to', () => {
    const fund = {
      id: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b',
      code: 'GE-TF',
      name: { en: 'Georgia Trust Fund', fr: 'Fonds pour la Géorgie' },
      description: { en: '', fr: '' },
      currency: 'EUR',
      status: 'open' as const,
      beneficiaryPartner: { id: partnerId, name: { en: 'Georgia', fr: 'Géorgie' } },
      manager: { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: { en: 'NSPA', fr: 'NSPA' } },
      releasability: 'releasable' as const,
      releasableTo: [partnerId],
      projectCount: 2,
      version: 3,
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(toFundBody(fundToValues(fund))).toEqual({
      code: 'GE-TF',
      name: fund.name,
      description: fund.description,
      currency: 'EUR',
      status: 'open',
      beneficiaryPartnerId: partnerId,
      managerOrgId: fund.manager.id,
      releasability: 'releasable',
      releasableTo: [partnerId],
    });
  });

  it('lists currencies by code with their names in the UI language', () => {
    expect(currencyOptions('en').find((o) => o.value === 'JPY')?.label).toBe('JPY — Japanese Yen');
    expect(currencyOptions('fr').find((o) => o.value === 'JPY')?.label).toBe('JPY — yen japonais');
  });
});
