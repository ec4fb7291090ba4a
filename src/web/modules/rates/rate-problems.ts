import { ApiError } from '../../lib/api-client';

/** One problem of a refused rate file: its line, the column if one is named, and what is wrong. */
export interface RateProblem {
  line: number | null;
  column: string;
  message: string;
}

/** The server names a problem's place `line 12` or `line 12 / JPY`. */
const place = /^line (\d+)(?: \/ (.+))?$/;

/** The problems of a refused file (`rates.invalid`), by line; none for any other failure. */
export function rateProblems(error: unknown): RateProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'rates.invalid') return [];
  return error.fieldErrors.map((e) => {
    const match = place.exec(e.path);
    return match
      ? { line: Number(match[1]), column: match[2] ?? '', message: e.message }
      : { line: null, column: e.path, message: e.message };
  });
}

/** How many problems the file has in all (the answer lists the first 200). */
export function rateProblemCount(error: unknown): number {
  if (!(error instanceof ApiError) || error.code !== 'rates.invalid') return 0;
  const count = error.problem.params?.count;
  return typeof count === 'number' ? count : error.fieldErrors.length;
}
