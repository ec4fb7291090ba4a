import { describe, expect, it } from 'vitest';
import {
  emptyBudget,
  emptyIndicator,
  fieldOfProjectProblem,
  isProjectFieldPath,
  type ProjectFormValues,
  toProjectBody,
  toProjectFormValues,
  validateProject,
} from './project-form-values';
import type { Project } from './trust-funds.api';

const fundId = '0b6f6c1e-2f1f-4d64-9a57-5d3f3c1f2a10';
const leadId = '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99';
const options = { locale: 'en', requiredMessage: 'Required.', measureMessage: 'Not a measure.' } as const;

function filled(): ProjectFormValues {
  const values = toProjectFormValues(null, { fundId });
  values.code = 'AZ-UXO-2';
  values.title = { en: 'Clearance of unexploded ordnance', fr: '' };
  values.beneficiaryCountry = 'AZ';
  values.leadNationIds = [leadId];
  values.startsOn = '2011-01-01';
  values.endsOn = '2014-12-31';
  const budget = emptyBudget('EUR', 2012);
  budget.amount = '2500000.00';
  values.budgets.push(budget);
  const indicator = emptyIndicator(2012);
  indicator.title = { en: 'Area cleared', fr: 'Surface dépolluée' };
  indicator.unit = 'hectares';
  indicator.baselineValue = '0';
  indicator.baselineYear = '2011';
  indicator.periods[0]!.target = '600';
  indicator.periods[0]!.actual = '571';
  values.indicators.push(indicator);
  return values;
}

describe('project form values', () => {
  it('sends the whole project, a budget valued at its period’s start unless told otherwise', () => {
    const body = toProjectBody(filled());
    expect(body).toMatchObject({
      fundId,
      parentId: null,
      code: 'AZ-UXO-2',
      executingAgencyId: null,
      leadNationIds: [leadId],
      startsOn: '2011-01-01',
      releasableTo: [],
    });
    expect(body.budgets?.[0]).toEqual({
      kind: 'original',
      periodStart: '2012-01-01',
      periodEnd: '2012-12-31',
      amount: '2500000.00',
      currency: 'EUR',
      valueDate: '2012-01-01',
    });
    expect(body.indicators?.[0]).toMatchObject({
      baselineValue: '0',
      baselineYear: 2011,
      periods: [{ periodStart: '2012-01-01', periodEnd: '2012-12-31', target: '600', actual: '571' }],
    });
  });

  it('leaves out empty measures and dates as nulls', () => {
    const values = filled();
    values.startsOn = '';
    values.indicators[0]!.baselineYear = '';
    values.indicators[0]!.periods[0]!.actual = ' ';
    const body = toProjectBody(values);
    expect(body.startsOn).toBeNull();
    expect(body.indicators?.[0]?.baselineYear).toBeNull();
    expect(body.indicators?.[0]?.periods?.[0]?.actual).toBeNull();
  });

  it('accepts a complete project and names each wrong row field by its path', () => {
    expect(validateProject(filled(), options)).toEqual({});
    const values = filled();
    values.code = '';
    values.beneficiaryCountry = '';
    values.budgets[0]!.amount = '12.345';
    values.budgets[0]!.periodEnd = '2011-01-01';
    values.indicators[0]!.periods[0]!.target = '-3';
    values.indicators[0]!.title = { en: '', fr: '' };
    values.endsOn = '2010-01-01';
    const errors = validateProject(values, options);
    expect(Object.keys(errors).sort()).toEqual(
      [
        'beneficiaryCountry',
        'budgets.0.amount',
        'budgets.0.periodEnd',
        'code',
        'endsOn',
        'indicators.0.periods.0.target',
        'indicators.0.title',
      ].sort(),
    );
    expect(errors['budgets.0.amount']).toMatch(/EUR/);
    expect(errors['indicators.0.periods.0.target']).toBe('Not a measure.');
  });

  it('accepts a budget of zero', () => {
    const values = filled();
    values.budgets[0]!.amount = '0';
    expect(validateProject(values, options)).toEqual({});
  });

  it('reads a project back into rows', () => {
    const values = toProjectFormValues(
      {
        ...toProjectBody(filled()),
        id: '7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a',
        fund: { id: fundId, code: 'F', name: { en: 'F', fr: 'F' }, currency: 'EUR' },
        parent: null,
        executingAgency: null,
        leadNations: [{ id: leadId, kind: 'member_state', name: { en: 'Türkiye', fr: 'Türkiye' } }],
        indicators: [
          {
            id: 'i1',
            resultType: 'output',
            title: { en: 'Area cleared', fr: '' },
            unit: 'hectares',
            ascending: true,
            baselineValue: null,
            baselineYear: 2011,
            periods: [{ periodStart: '2012-01-01', periodEnd: '2012-12-31', target: '600', actual: null }],
          },
        ],
      } as unknown as Project,
      { fundId },
    );
    expect(values.leadNationIds).toEqual([leadId]);
    expect(values.indicators[0]).toMatchObject({ baselineValue: '', baselineYear: '2011' });
    expect(values.indicators[0]?.periods[0]).toMatchObject({ target: '600', actual: '' });
  });

  it('puts server problems under their rows', () => {
    expect(isProjectFieldPath('indicators.1.periods.0.actual')).toBe(true);
    expect(isProjectFieldPath('budgets.2.amount')).toBe(true);
    expect(isProjectFieldPath('documents')).toBe(false);
    expect(fieldOfProjectProblem('indicator.bad_value', { field: 'indicators.0.baselineValue' })).toBe(
      'indicators.0.baselineValue',
    );
    expect(fieldOfProjectProblem('organisation.unknown', { field: 'leadNationIds.1' })).toBe('leadNationIds');
    expect(fieldOfProjectProblem('tf_project.duplicate_code', { code: 'X' })).toBe('code');
  });
});
