import { describe, expect, it } from 'vitest';
import { createActivityBodySchema, updateActivityBodySchema } from '../../../modules/menu/menu.schemas';
import {
  emptyIteration,
  fieldOfProblem,
  isFieldPath,
  isIterationFieldPath,
  iterationToRow,
  rowToIterationInput,
  toCreateBody,
  toFormValues,
  toUpdateBody,
  validateActivity,
  validateIteration,
} from './activity-form-values';
import type { Activity, Iteration } from './menu.api';
import { parseTypedDate } from './typed-date';

const ids = {
  activity: '11111111-1111-4111-8111-111111111111',
  provider: '22222222-2222-4222-8222-222222222222',
  area: '33333333-3333-4333-8333-333333333333',
  framework: '44444444-4444-4444-8444-444444444444',
  partner: '55555555-5555-4555-8555-555555555555',
  iteration: '66666666-6666-4666-8666-666666666666',
};

const iteration: Iteration = {
  id: ids.iteration,
  activityId: ids.activity,
  startsOn: '2026-03-09',
  endsOn: '2026-03-13',
  selfPaced: false,
  online: false,
  city: 'Oberammergau',
  countryCode: 'DE',
  seats: 12,
  nominationDeadline: '2026-01-26',
  partnerSeatLimit: 3,
  deadlineState: 'open',
  status: 'draft',
  sequence: 0,
  version: 3,
  updatedAt: '2026-01-01T00:00:00Z',
};

const activity: Activity = {
  id: ids.activity,
  year: 2026,
  code: 'NSO.CY-101',
  kind: 'seminar',
  title: { en: 'Cyber defence', fr: 'Cyberdéfense' },
  description: { en: 'Five days.', fr: '' },
  provider: { id: ids.provider, code: 'NSO', name: { en: 'School', fr: 'École' } },
  areas: [{ id: ids.area, code: 'CYBER', name: { en: 'Cyber', fr: 'Cyber' } }],
  languages: ['en', 'fr'],
  status: 'draft',
  eligibility: 'frameworks',
  releasability: 'releasable',
  iterations: [iteration],
  fee: { amount: '1250.00', currency: 'EUR' },
  clearance: 'restricted',
  contactName: 'Registrar',
  contactEmail: 'registrar@example.org',
  secondApproval: true,
  recurring: false,
  eligibleFrameworks: [{ id: ids.framework, code: 'PfP', name: { en: 'PfP', fr: 'PpP' } }],
  eligiblePartners: [],
  eligibleNow: [],
  releasableTo: [ids.partner],
  editable: true,
  publishedAt: null,
  version: 7,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const required = 'required!';

describe('activity form values', () => {
  it('starts a new activity in the given year, for the given provider, with one empty iteration', () => {
    const values = toFormValues(null, { year: 2027, providerId: ids.provider });
    expect(values.year).toBe(2027);
    expect(values.providerId).toBe(ids.provider);
    expect(values.iterations).toHaveLength(1);
    expect(values.eligibility.kind).toBe('all');
  });

  it('turns an activity into values and back into an update body the shared schema accepts', () => {
    const body = toUpdateBody(toFormValues(activity));
    expect(body).toEqual({
      code: 'NSO.CY-101',
      kind: 'seminar',
      title: { en: 'Cyber defence', fr: 'Cyberdéfense' },
      description: { en: 'Five days.', fr: '' },
      areaIds: [ids.area],
      languages: ['en', 'fr'],
      fee: { amount: '1250.00', currency: 'EUR' },
      clearance: 'restricted',
      contactName: 'Registrar',
      contactEmail: 'registrar@example.org',
      secondApproval: true,
      eligibility: { kind: 'frameworks', frameworkIds: [ids.framework], partnerIds: [] },
      releasability: 'releasable',
      releasableTo: [ids.partner],
      recurring: false,
    });
    expect(updateActivityBodySchema.safeParse(body).success).toBe(true);
    // Year, provider and iterations are not part of an edit.
    expect(body).not.toHaveProperty('year');
    expect(body).not.toHaveProperty('providerId');
    expect(body).not.toHaveProperty('iterations');
  });

  it('builds a create body with the iterations; self-paced and online rows drop dates and place', () => {
    const values = toFormValues(null, { year: 2026, providerId: ids.provider });
    values.code = '  NSO.1 ';
    values.title = { en: 'A title', fr: '' };
    values.areaIds = [ids.area];
    values.fee = { amount: '99', currency: 'usd' };
    values.hasFee = true;
    values.iterations = [
      { ...emptyIteration(), selfPaced: true, startsOn: '2026-01-01', seats: 5, online: true, city: 'Paris' },
      {
        ...emptyIteration(),
        startsOn: '2026-05-04',
        endsOn: '2026-05-08',
        city: 'Rome',
        countryCode: 'it',
        seats: '8',
        partnerSeatLimit: '2',
      },
    ];
    const body = toCreateBody(values);
    expect(body.code).toBe('NSO.1');
    expect(body.providerId).toBe(ids.provider);
    expect(body.fee).toEqual({ amount: '99', currency: 'USD' });
    expect(body.iterations).toEqual([
      {
        startsOn: null,
        endsOn: null,
        online: true,
        city: '',
        countryCode: null,
        seats: 5,
        nominationDeadline: null,
        partnerSeatLimit: null,
      },
      {
        startsOn: '2026-05-04',
        endsOn: '2026-05-08',
        online: false,
        city: 'Rome',
        countryCode: 'IT',
        seats: 8,
        nominationDeadline: null,
        partnerSeatLimit: 2,
      },
    ]);
    expect(createActivityBodySchema.safeParse(body).success).toBe(true);
  });

  it('leaves the provider out when none is chosen, and clears choices the options make irrelevant', () => {
    const values = toFormValues(activity);
    values.providerId = '';
    values.hasFee = false;
    values.eligibility.kind = 'all';
    values.releasability = 'public';
    const body = toCreateBody(values);
    expect(body).not.toHaveProperty('providerId');
    expect(body.fee).toBeNull();
    expect(body.eligibility).toEqual({ kind: 'all', frameworkIds: [], partnerIds: [] });
    expect(body.releasableTo).toEqual([]);
  });

  it('keeps an iteration as it was when turned into a row and back', () => {
    const { key: _key, ...row } = iterationToRow(iteration);
    expect(row.selfPaced).toBe(false);
    expect(rowToIterationInput({ key: 'k', ...row })).toEqual({
      startsOn: '2026-03-09',
      endsOn: '2026-03-13',
      online: false,
      city: 'Oberammergau',
      countryCode: 'DE',
      seats: 12,
      nominationDeadline: '2026-01-26',
      partnerSeatLimit: 3,
    });
    expect(iterationToRow({ ...iteration, startsOn: null, endsOn: null }).selfPaced).toBe(true);
    // No limit (or a server that does not send one): an empty field, sent back as null to lift a limit.
    const unlimited = iterationToRow({ ...iteration, partnerSeatLimit: undefined });
    expect(unlimited.partnerSeatLimit).toBe('');
    expect(rowToIterationInput(unlimited).partnerSeatLimit).toBeNull();
  });
});

describe('activity form validation', () => {
  it('names the fields a new activity is missing, iterations by row', () => {
    const values = toFormValues(null, { year: 2026, providerId: null });
    const errors = validateActivity(values, 'create', 'en', required);
    expect(errors.code).toBeDefined();
    expect(errors.areaIds).toBeDefined();
    expect(errors['iterations.0.startsOn']).toBe(required);
    expect(errors['iterations.0.endsOn']).toBe(required);
    expect(errors['iterations.0.seats']).toBe(required);
    for (const path of Object.keys(errors)) expect(isFieldPath(path) || path === 'title').toBe(true);
  });

  it('refuses an end before the start and a deadline after the start, on the right field', () => {
    const row = { ...emptyIteration(), startsOn: '2026-05-08', endsOn: '2026-05-04', seats: 3 };
    expect(Object.keys(validateIteration(row, 'en', required))).toEqual(['endsOn']);
    const late = { ...row, endsOn: '2026-05-09', nominationDeadline: '2026-05-10' };
    expect(Object.keys(validateIteration(late, 'fr', required))).toEqual(['nominationDeadline']);
    expect(validateIteration({ ...row, seats: -1, endsOn: '2026-05-09' }, 'en', required)).toHaveProperty(
      'seats',
    );
  });

  it('takes a per-partner seat limit from 1 up to the seats, or none', () => {
    const row = { ...emptyIteration(), startsOn: '2026-05-04', endsOn: '2026-05-08', seats: 3 };
    expect(validateIteration(row, 'en', required)).toEqual({});
    expect(validateIteration({ ...row, partnerSeatLimit: 3 }, 'en', required)).toEqual({});
    expect(validateIteration({ ...row, partnerSeatLimit: '4' }, 'en', required)).toEqual({
      partnerSeatLimit: 'Must be at most 3.',
    });
    expect(validateIteration({ ...row, partnerSeatLimit: 0 }, 'fr', required)).toEqual({
      partnerSeatLimit: 'Au moins 1.',
    });
    const values = toFormValues(null, { year: 2026, providerId: ids.provider });
    values.iterations = [{ ...row, partnerSeatLimit: 9 }];
    expect(validateActivity(values, 'create', 'en', required)['iterations.0.partnerSeatLimit']).toBe(
      'Must be at most 3.',
    );
    expect(isFieldPath('iterations.0.partnerSeatLimit')).toBe(true);
    expect(isIterationFieldPath('partnerSeatLimit')).toBe(true);
  });

  it('asks for the frameworks or partners an eligibility names, and for an amount when there is a fee', () => {
    const values = toFormValues(activity);
    values.eligibility = { kind: 'partners', frameworkIds: [], partnerIds: [] };
    values.hasFee = true;
    values.fee = { amount: '', currency: 'EUR' };
    const errors = validateActivity(values, 'update', 'en', required);
    expect(errors['eligibility.partnerIds']).toBeDefined();
    expect(errors['fee.amount']).toBe(required);
  });

  it('puts a code clash and an unknown reference on their fields', () => {
    expect(fieldOfProblem('activity.duplicate_code', { code: 'X' })).toBe('code');
    expect(fieldOfProblem('reference.unknown', { field: 'areaIds', value: 'x' })).toBe('areaIds');
    expect(fieldOfProblem('reference.unknown', { field: 'eligibility.partnerIds' })).toBe(
      'eligibility.partnerIds',
    );
    expect(fieldOfProblem('reference.unknown', { field: 'somethingElse' })).toBeNull();
    expect(fieldOfProblem('activity.stale', undefined)).toBeNull();
  });
});

describe('typed dates', () => {
  it('reads a date as the field shows it in either language, in ISO form, or day/month/year', () => {
    expect(parseTypedDate('9 Mar 2027', 'en')).toBe('2027-03-09');
    expect(parseTypedDate('9 mars 2027', 'fr')).toBe('2027-03-09');
    expect(parseTypedDate('12 févr. 2027', 'fr')).toBe('2027-02-12');
    expect(parseTypedDate(' 2027-03-09 ', 'fr')).toBe('2027-03-09');
    expect(parseTypedDate('9/3/2027', 'en')).toBe('2027-03-09');
  });

  it('refuses what is not a date rather than guessing', () => {
    expect(parseTypedDate('31/2/2027', 'en')).toBeNull();
    expect(parseTypedDate('soon', 'en')).toBeNull();
  });
});
