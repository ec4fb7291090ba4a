/**
 * The one error type services throw. `code` is stable and names a message in
 * `messages.ts`; the error plugin turns it into RFC 9457 problem+json.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly errors: { path: string; code: string; message: string }[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = (entity: string) => new AppError(404, `${entity}.not_found`);
export const conflict = (code: string, params: Record<string, string | number> = {}) =>
  new AppError(409, code, params);
export const unprocessable = (code: string, params: Record<string, string | number> = {}) =>
  new AppError(422, code, params);
export const forbidden = () => new AppError(403, 'auth.forbidden');
export const unauthenticated = () => new AppError(401, 'auth.unauthenticated');
export const preconditionFailed = () => new AppError(412, 'precondition.failed');
export const preconditionRequired = () => new AppError(428, 'precondition.required');
