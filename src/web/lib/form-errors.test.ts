import { describe, expect, it } from 'vitest';
import { ApiError, formErrorsOf } from './api-client';

const isField = (path: string) => ['code', 'name.en'].includes(path);
const fieldOf = (code: string) => (code === 'fund.duplicate_code' ? 'code' : null);

describe('formErrorsOf: a refusal shown under the fields of the form', () => {
  it('puts each field error under its field, the first one only, and leaves out fields the form lacks', () => {
    const error = new ApiError({
      status: 400,
      code: 'request.invalid',
      detail: 'Invalid request.',
      errors: [
        { path: 'code', code: 'too_small', message: 'Too short.' },
        { path: 'code', code: 'pattern', message: 'Letters only.' },
        { path: 'name.en', code: 'required', message: 'Required.' },
        { path: 'unknown', code: 'x', message: 'Elsewhere.' },
      ],
    });
    expect(formErrorsOf(error, isField, fieldOf)).toEqual({ code: 'Too short.', 'name.en': 'Required.' });
  });

  it('puts a problem its code ties to a field under that field, in the words the server gave', () => {
    const error = new ApiError({ status: 409, code: 'fund.duplicate_code', detail: 'Ce code existe déjà.' });
    expect(formErrorsOf(error, isField, fieldOf)).toEqual({ code: 'Ce code existe déjà.' });
  });

  it('gives nothing for a problem of no field, or for what is not an answer of the API', () => {
    expect(
      formErrorsOf(new ApiError({ status: 412, code: 'precondition.failed' }), isField, fieldOf),
    ).toEqual({});
    expect(formErrorsOf(new Error('network'), isField, fieldOf)).toEqual({});
  });
});
