import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sha256 } from '../../core/secrets';
import { idParamsSchema, problems } from '../../server/schemas';
import {
  calendarIcsQuerySchema,
  createdFeedSchema,
  createFeedBodySchema,
  feedFileParamsSchema,
  feedListSchema,
} from './menu-feeds.schemas';
import type { MenuFeedService, RenderedCalendar } from './menu-feeds.service';

const icsResponse = {
  description: 'An iCalendar document (RFC 5545)',
  content: { 'text/calendar': { schema: z.string() } },
};

/**
 * Sends the calendar with a strong ETag: the rendering is deterministic, so a client polling an unchanged
 * menu gets a 304 and downloads nothing.
 */
function sendCalendar(request: FastifyRequest, reply: FastifyReply, calendar: RenderedCalendar) {
  const etag = `"${sha256(calendar.ics).slice(0, 32)}"`;
  reply
    .header('etag', etag)
    // The content depends on who asks: no shared cache may keep it, each client revalidates.
    .header('cache-control', 'private, no-cache')
    .header('content-disposition', `inline; filename="${calendar.filename}"`);
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.type('text/calendar; charset=utf-8').send(calendar.ics);
}

export const menuFeedRoutes: FastifyPluginAsyncZod<{ feeds: MenuFeedService }> = async (app, { feeds }) => {
  app.get(
    '/menu/calendar.ics',
    {
      config: { access: 'menu.read' },
      schema: {
        tags: ['menu'],
        summary:
          'The filtered menu as an iCalendar file (what the caller may see; anonymous: the public menu)',
        querystring: calendarIcsQuerySchema,
        response: { 200: icsResponse, ...problems(400, 401) },
      },
    },
    async (request, reply) => sendCalendar(request, reply, await feeds.calendar(request.ctx, request.query)),
  );

  app.get(
    '/menu/feeds',
    {
      config: { access: 'self.manage' },
      schema: {
        tags: ['menu'],
        summary: 'My calendar subscriptions (without their keys)',
        response: { 200: feedListSchema, ...problems(401) },
      },
    },
    (request) => feeds.list(request.ctx),
  );

  app.post(
    '/menu/feeds',
    {
      config: { access: 'self.manage' },
      schema: {
        tags: ['menu'],
        summary: 'Create a calendar subscription for a menu filter (its URL is shown once)',
        body: createFeedBodySchema,
        response: { 201: createdFeedSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await feeds.create(request.ctx, request.body)),
  );

  app.delete(
    '/menu/feeds/:id',
    {
      config: { access: 'self.manage' },
      schema: {
        tags: ['menu'],
        summary: 'Delete one of my calendar subscriptions (its URL stops working)',
        params: idParamsSchema,
        response: { 204: z.null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await feeds.remove(request.ctx, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/menu/feeds/:file',
    {
      // The secret key in the path is the credential: calendar clients send no cookie or token.
      config: { access: 'open' },
      schema: {
        tags: ['menu'],
        summary: 'A calendar subscription: `<key>.ics`, read with its owner’s current access',
        params: feedFileParamsSchema,
        security: [],
        response: { 200: icsResponse, ...problems(404) },
      },
    },
    async (request, reply) => sendCalendar(request, reply, await feeds.feed(request.params.file)),
  );
};
