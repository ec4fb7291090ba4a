import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError } from '../../core/errors';
import { translateMessage } from '../../core/messages';
import { validationError } from '../../core/validation';
import type { Locale } from '../../shared/enums';

/**
 * RFC 9457 problem+json for every error: a stable `code`, a title and detail in the caller's
 * language, and for a 5xx nothing but the request id (the log keeps the rest).
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const locale: Locale = request.locale ?? 'en';
  const params = { ...error.params, requestId: request.id };
  const { title, detail } = translateMessage(error.code, locale, params);
  return reply
    .code(error.status)
    .type('application/problem+json')
    .header('content-language', locale)
    .send({
      type: `about:blank#${error.code}`,
      title,
      status: error.status,
      detail,
      code: error.code,
      params: error.params,
      errors: error.errors,
      requestId: request.id,
    });
}

function pgErrorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const prefix =
      error.validationContext && error.validationContext !== 'body' ? `${error.validationContext}.` : '';
    const issues = error.validation.map((v) => {
      const { issue: _issue, ...params } = v.params as Record<string, unknown>;
      const path = v.instancePath.split('/').filter(Boolean);
      return {
        ...params,
        code: v.keyword,
        message: v.message,
        path: prefix ? [prefix.slice(0, -1), ...path] : path,
      };
    }) as unknown as z.core.$ZodIssue[];
    return validationError(issues, request.locale ?? 'en');
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(400, 'request.malformed_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'request.body_too_large', {
        limit: request.server.initialConfig.bodyLimit ?? 0,
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(415, 'request.unsupported_media_type');
  }
  if (error instanceof SyntaxError || error.statusCode === 400)
    return new AppError(400, 'request.malformed_json');
  const pgCode = pgErrorCode(error);
  // A unique clash the service's own check missed (two writers at once) is still a conflict.
  if (pgCode === '23505') return new AppError(409, 'request.conflict');
  if (pgCode === '40001' || pgCode === '40P01') return new AppError(409, 'request.conflict');
  // Data exceptions (class 22: bad encoding, out-of-range value…) are the caller's input, not our fault.
  if (pgCode?.startsWith('22')) return new AppError(400, 'request.invalid');
  if (error.statusCode === 429) return new AppError(429, 'auth.rate_limited', { retryAfter: 60 });
  return new AppError(500, 'internal');
}

export const errorsPlugin = fp(async (app: FastifyInstance, options: { spaRoot: string | null }) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code }, 'request refused');
    return sendProblem(request, reply, appError);
  });

  app.setNotFoundHandler((request, reply) => {
    // The web app's own routes (/partners/…) are answered with its index page.
    const path = request.url.split('?')[0] ?? '';
    // A missing asset (a path with a file extension) stays a 404.
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !/^\/(api|healthz|readyz)(\/|$)/.test(path) &&
      !/\.[a-z0-9]+$/i.test(path);
    if (options.spaRoot && isPage) return reply.sendFile('index.html');
    return sendProblem(
      request,
      reply,
      new AppError(404, 'request.route_not_found', {
        method: request.method,
        url: request.url.slice(0, 200),
      }),
    );
  });
});
