import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { RequestContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { negotiateLocale } from '../../core/locale';
import { anonymousActor, can, type Permission, permissions } from '../../core/policy';
import type { AuthService } from '../../modules/auth/auth.service';
import type { Locale } from '../../shared/enums';

export const SESSION_COOKIE = 'entente_session';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Every API route declares who may call it: a permission from the policy, or `open`
 * for the few that anyone may call (sign-in, the session probe, health). A route without
 * a declaration stops the app from starting.
 */
export type RouteAccess = Permission | 'open';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Cookie-authenticated writes need the CSRF token, except sign-in itself. */
    csrfExempt?: boolean;
  }
  interface FastifyRequest {
    locale: Locale;
    ctx: RequestContext;
    sessionToken: string | null;
    csrfToken: string | null;
    sessionExpired: boolean;
  }
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function resolveCaller(request: FastifyRequest, auth: AuthService) {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match ? await auth.lookupToken(match[1]!) : null;
    if (!actor) throw new AppError(401, 'auth.invalid_token');
    request.ctx.actor = actor;
    request.locale = actor.locale;
    return;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 100) return;
  const session = await auth.lookupSession(token);
  if (session.status === 'valid') {
    request.ctx.actor = session.actor;
    request.locale = session.actor.locale;
    request.sessionToken = token;
    request.csrfToken = session.csrfToken;
  } else {
    request.sessionExpired = true;
  }
}

export const accessPlugin = fp(async (app: FastifyInstance, options: { auth: AuthService }) => {
  app.decorate('routeTable', [] as RouteEntry[]);
  app.decorateRequest('locale', 'en');
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access || (access !== 'open' && !(permissions as readonly string[]).includes(access))) {
      throw new Error(`Route ${route.method} ${route.url} declares no access rule (config.access)`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeTable.push({ method, url: route.url, access });
    }
  });

  // Before the body is parsed: an unauthorised caller's body is never read.
  app.addHook('onRequest', async (request) => {
    request.locale = negotiateLocale(request.headers['accept-language']);
    request.ctx = { actor: anonymousActor(request.locale), requestId: request.id, ip: request.ip };
    const config = request.routeOptions.config;
    if (!config.access) return;
    await resolveCaller(request, options.auth);
    const actor = request.ctx.actor;
    if (config.access !== 'open' && !can(actor, config.access)) {
      if (actor.role !== 'public') throw new AppError(403, 'auth.forbidden');
      throw new AppError(401, request.sessionExpired ? 'auth.session_expired' : 'auth.unauthenticated');
    }
    if (actor.mustChangePassword && config.access !== 'open' && config.access !== 'self.manage') {
      throw new AppError(403, 'auth.password_change_required');
    }
    if (actor.via === 'session' && !SAFE_METHODS.has(request.method) && !config.csrfExempt) {
      if (request.headers[CSRF_HEADER] !== request.csrfToken) throw new AppError(403, 'auth.csrf_invalid');
    }
  });
});
