import { describe, expect, it } from 'vitest';
import {
  isFieldPath,
  newKey,
  type ProgrammeFormValues,
  toCreateBody,
  toFormValues,
  toUpdateBody,
  validateProgramme,
  withoutObjective,
} from './programme-form-values';

const areaId = '0b6f6c1e-2f1f-4d64-9a57-5d3f3c1f2a10';
const activityId = '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99';
const partnerId = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';

function filled(): ProgrammeFormValues {
  const values = toFormValues(null, { partnerId, year: 2026 });
  values.title = { en: 'Programme 2026–2027', fr: '' };
  const objective = values.objectives[0]!;
  objective.areaId = areaId;
  objective.text = { en: '', fr: 'Former des défenseurs des réseaux' };
  values.activities.push({
    activityId,
    code: 'NSO.101',
    title: { en: 'Course', fr: 'Cours' },
    year: 2026,
    status: 'published',
    plannedParticipants: 2,
    objectiveKey: objective.key,
    note: { en: '', fr: '' },
  });
  return values;
}

const options = {
  mode: 'create',
  partnerRequired: true,
  locale: 'en',
  requiredMessage: 'Required.',
} as const;

describe('programme form values', () => {
  it('starts a new programme with this year and the next, and one empty objective', () => {
    const values = toFormValues(null, { partnerId: '', year: 2026 });
    expect(values.period).toEqual({ startsOn: '2026-01-01', endsOn: '2027-12-31' });
    expect(values.objectives).toHaveLength(1);
  });

  it('sends the lists whole, with the objective an activity serves by its key', () => {
    const values = filled();
    const body = toCreateBody(values, false);
    expect(body.partnerId).toBe(partnerId);
    expect(body.activities?.[0]).toMatchObject({ activityId, objectiveKey: values.objectives[0]!.key });
    expect(toCreateBody(values, true).partnerId).toBeUndefined();
    expect(toUpdateBody(values)).not.toHaveProperty('partnerId');
  });

  it('accepts a complete programme and names each missing field by its path', () => {
    expect(validateProgramme(filled(), options)).toEqual({});
    const values = filled();
    values.partnerId = '';
    values.title = { en: '', fr: '' };
    values.objectives[0]!.areaId = '';
    values.activities[0]!.plannedParticipants = '';
    values.period = { startsOn: '2027-01-01', endsOn: '2026-01-01' };
    const errors = validateProgramme(values, options);
    expect(Object.keys(errors).sort()).toEqual(
      [
        'activities.0.plannedParticipants',
        'objectives.0.areaId',
        'partnerId',
        'period.endsOn',
        'title',
      ].sort(),
    );
    expect(errors['objectives.0.areaId']).toBe('Required.');
  });

  it('knows which server paths belong to a field', () => {
    expect(isFieldPath('activities.2.activityId')).toBe(true);
    expect(isFieldPath('objectives.0.text.fr')).toBe(true);
    expect(isFieldPath('objectives')).toBe(false);
  });

  it('frees the activities of a removed objective', () => {
    const values = filled();
    const key = values.objectives[0]!.key;
    expect(withoutObjective(values.activities, key)[0]?.objectiveKey).toBe('');
  });

  it('makes UUIDs the API accepts', () => {
    expect(newKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
