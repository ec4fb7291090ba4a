import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import { type ImportResult, importContentType, importProblems } from './menu-write.api';

describe('menu import upload', () => {
  it('sends a file with the media type of its extension, whatever the browser guessed', () => {
    expect(importContentType({ name: 'menu.csv', type: 'application/vnd.ms-excel' })).toBe('text/csv');
    expect(importContentType({ name: 'Menu 2027.XLSX', type: '' })).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    // Anything else goes as the browser labelled it, for the server to refuse in the user's language.
    expect(importContentType({ name: 'notes.txt', type: 'text/plain' })).toBe('text/plain');
    expect(importContentType({ name: 'blob', type: '' })).toBe('application/octet-stream');
  });

  it('reads the problems from a dry run report or from a refused import, and nothing else', () => {
    const problem = { row: 3, column: 'start', code: 'date.invalid', message: 'Not a valid date' };
    const report: ImportResult = {
      dryRun: true,
      rows: 2,
      activities: 1,
      iterations: 2,
      errors: [problem],
      errorCount: 1,
    };
    expect(importProblems(report, null)).toEqual([problem]);
    const refused = new ApiError({ status: 422, code: 'import.invalid', errors: [problem as never] });
    expect(importProblems(undefined, refused)).toEqual([problem]);
    const other = new ApiError({ status: 422, code: 'reference.unknown', errors: [] });
    expect(importProblems(undefined, other)).toEqual([]);
    expect(importProblems(undefined, new Error('x'))).toEqual([]);
  });
});
