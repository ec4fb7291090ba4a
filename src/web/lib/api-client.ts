import { currentLocale } from '../i18n';

/** A field error from a problem+json body; `message` is already in the caller's language. */
export interface ProblemFieldError {
  path: string;
  code: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  params?: Record<string, unknown>;
  errors?: ProblemFieldError[];
  requestId?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code ?? 'unknown';
    this.problem = problem;
  }

  get fieldErrors(): ProblemFieldError[] {
    return this.problem.errors ?? [];
  }
}

/** Thrown when the server cannot be reached at all. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}

export interface ApiResponse<T> {
  data: T;
  etag: string | null;
}

interface RequestOptions {
  body?: unknown;
  ifMatch?: string;
  signal?: AbortSignal;
}

const sessionCodes = new Set(['auth.unauthenticated', 'auth.session_expired']);
let csrfToken: string | null = null;
let onSessionLost: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request answers 401 because the session is missing or expired. */
export function setSessionLostHandler(handler: (() => void) | null): void {
  onSessionLost = handler;
}

/** The problem+json of a failed answer; its status line when the body is not JSON. */
function problemOf(status: number, statusText: string, body: unknown): Problem {
  if (body === undefined) return { status, title: statusText };
  return { ...(body as Partial<Problem>), status };
}

/** The one way a failed answer becomes an error: a lost session is reported, then an ApiError. */
function failure(problem: Problem): ApiError {
  if (problem.status === 401 && problem.code && sessionCodes.has(problem.code)) onSessionLost?.();
  return new ApiError(problem);
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Headers every request sends: JSON answers in the UI language, the CSRF token on writes. */
function baseHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
  };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  return headers;
}

export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const headers = baseHeaders(method);
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;

  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }

  if (!response.ok) {
    const body = parseJson(await response.text().catch(() => ''));
    throw failure(problemOf(response.status, response.statusText, body));
  }
  const etag = response.headers.get('ETag');
  if (response.status === 204) return { data: undefined as T, etag };
  const text = await response.text();
  return { data: (text ? JSON.parse(text) : undefined) as T, etag };
}

export type UploadPhase = 'uploading' | 'processing';

export interface UploadOptions {
  method?: 'POST' | 'PUT';
  /** Added to (or replacing) the usual ones; `Content-Type` defaults to the file's own type. */
  headers?: Record<string, string>;
  /** The share of the file sent while `uploading`, then `processing` while the server reads it. */
  onProgress?: (phase: UploadPhase, fraction: number) => void;
}

/**
 * Sends a file as the raw request body (an import, a report) and reads the JSON answer; fails the way
 * `apiRequest` does (problem+json → ApiError, no answer → NetworkError). XMLHttpRequest rather than
 * fetch: only it reports upload progress.
 */
export function uploadRaw<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  const method = options.method ?? 'POST';
  const { onProgress } = options;
  const headers: Record<string, string> = {
    ...baseHeaders(method),
    'Content-Type': file.type || 'application/octet-stream',
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, `/api/v1${path}`);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    if (onProgress) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress('uploading', event.loaded / event.total);
      };
      // The whole file is there: what remains is the server's reading (and writing) of it.
      xhr.upload.onload = () => onProgress('processing', 1);
    }
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(failure(problemOf(xhr.status, xhr.statusText, body)));
    };
    onProgress?.('uploading', 0);
    xhr.send(file);
  });
}

export const api = {
  get: async <T>(path: string, signal?: AbortSignal) => (await apiRequest<T>('GET', path, { signal })).data,
  post: async <T>(path: string, body?: unknown) => (await apiRequest<T>('POST', path, { body })).data,
  patch: async <T>(path: string, body: unknown, ifMatch?: string) =>
    (await apiRequest<T>('PATCH', path, { body, ifMatch })).data,
  delete: async (path: string) => {
    await apiRequest<void>('DELETE', path);
  },
};

/** Builds `?a=1&b=2` from the defined, non-empty values. */
export function toQuery(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * The ETag of a record at the version the user saw. Lists carry versions but no ETags; sending the
 * version read keeps the stale-write check honest.
 */
export { etagFor } from '../../shared/etag';

/**
 * A refusal's messages by form field: the field errors whose paths the form has, then the field the
 * problem's code points to (when the form knows one) — each field its first message. Empty when the
 * error is no API answer or names no field of the form: the form's alert says it then.
 */
export function formErrorsOf(
  error: unknown,
  isFieldPath: (path: string) => boolean,
  fieldOfProblem: (code: string, params: Record<string, unknown>) => string | null,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const e of error.fieldErrors) if (isFieldPath(e.path)) errors[e.path] ??= e.message;
  const field = fieldOfProblem(error.code, error.problem.params ?? {});
  if (field) errors[field] ??= error.message;
  return errors;
}
