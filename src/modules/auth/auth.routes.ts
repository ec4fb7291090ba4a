import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../server/plugins/access';
import { idParamsSchema, problems } from '../../server/schemas';
import {
  changePasswordBodySchema,
  createdTokenSchema,
  createTokenBodySchema,
  loginBodySchema,
  loginResponseSchema,
  meSchema,
  sessionSchema,
  tokenSchema,
  updateMeBodySchema,
} from './auth.schemas';
import type { AuthService } from './auth.service';

interface Options {
  auth: AuthService;
  secureCookies: boolean;
  loginRateLimit: number;
}

export const authRoutes: FastifyPluginAsyncZod<Options> = async (app, options) => {
  const { auth } = options;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: options.secureCookies,
  };

  app.post(
    '/auth/login',
    {
      config: {
        access: 'open',
        csrfExempt: true,
        rateLimit: { max: options.loginRateLimit, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: loginBodySchema,
        response: { 200: loginResponseSchema, ...problems(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const result = await auth.login(request.ctx, request.body, request.headers['user-agent'] ?? null);
      // A browser-session cookie: the server decides expiry (sliding, ENTENTE_SESSION_HOURS).
      reply.setCookie(SESSION_COOKIE, result.sessionToken, cookieOptions);
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'self.manage' },
      schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null(), ...problems(401, 403) } },
    },
    async (request, reply) => {
      if (request.sessionToken) await auth.logout(request.ctx, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/session',
    {
      config: { access: 'open' },
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, and the CSRF token',
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      if (request.sessionExpired) reply.clearCookie(SESSION_COOKIE, cookieOptions);
      if (!request.ctx.actor.userId) return { user: null, csrfToken: null };
      return { user: await auth.me(request.ctx), csrfToken: request.csrfToken };
    },
  );

  app.get(
    '/me',
    {
      config: { access: 'self.manage' },
      schema: { tags: ['me'], response: { 200: meSchema, ...problems(401) } },
    },
    (request) => auth.me(request.ctx),
  );

  app.patch(
    '/me',
    {
      config: { access: 'self.manage' },
      schema: {
        tags: ['me'],
        summary: 'Change my display name or language',
        body: updateMeBodySchema,
        response: { 200: meSchema, ...problems(400, 401, 403) },
      },
    },
    (request) => auth.updateMe(request.ctx, request.body),
  );

  app.post(
    '/me/password',
    {
      config: { access: 'self.manage', rateLimit: { max: options.loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: ['me'],
        body: changePasswordBodySchema,
        response: { 204: z.null(), ...problems(400, 401, 403, 422, 429) },
      },
    },
    async (request, reply) => {
      await auth.changePassword(request.ctx, request.body, request.sessionToken);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me/tokens',
    {
      config: { access: 'self.manage' },
      schema: {
        tags: ['me'],
        response: { 200: z.object({ items: z.array(tokenSchema) }), ...problems(401) },
      },
    },
    (request) => auth.listTokens(request.ctx),
  );

  app.post(
    '/me/tokens',
    {
      config: { access: 'self.manage' },
      schema: {
        tags: ['me'],
        summary: 'Create a personal API token (shown once)',
        body: createTokenBodySchema,
        response: { 201: createdTokenSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await auth.createToken(request.ctx, request.body)),
  );

  app.delete(
    '/me/tokens/:id',
    {
      config: { access: 'self.manage' },
      schema: {
        tags: ['me'],
        params: idParamsSchema,
        response: { 204: z.null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await auth.revokeToken(request.ctx, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
