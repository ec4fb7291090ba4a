import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagFor, expectedVersion } from '../../core/http';
import { idParamsSchema, ifMatchHeadersSchema, problems } from '../../server/schemas';
import { auditPageSchema, historyQuerySchema } from '../audit/audit.schemas';
import {
  activitySchema,
  calendarPageSchema,
  calendarQuerySchema,
  copyForwardResultSchema,
  createActivityBodySchema,
  iterationInputSchema,
  iterationParamsSchema,
  iterationSchema,
  menuListQuerySchema,
  menuPageSchema,
  menuYearsSchema,
  transitionBodySchema,
  updateActivityBodySchema,
  updateIterationBodySchema,
  yearParamsSchema,
} from './menu.schemas';
import type { MenuService } from './menu.service';

const tags = ['menu'];
const activityUrl = (id: string) => `/api/v1/menu/activities/${id}`;

export const menuRoutes: FastifyPluginAsyncZod<{ menu: MenuService }> = async (app, { menu }) => {
  app.get(
    '/menu/activities',
    {
      config: { access: 'menu.read' },
      schema: {
        tags,
        summary: 'Search the menu of a year (full text EN/FR, filters, facet counts, sort, page)',
        querystring: menuListQuerySchema,
        response: { 200: menuPageSchema, ...problems(400, 422) },
      },
    },
    (request) => menu.list(request.ctx, request.query),
  );

  app.get(
    '/menu/calendar',
    {
      config: { access: 'menu.read' },
      schema: {
        tags,
        summary: 'The dated iterations matching a filter, by start date',
        querystring: calendarQuerySchema,
        response: { 200: calendarPageSchema, ...problems(400, 422) },
      },
    },
    (request) => menu.calendar(request.ctx, request.query),
  );

  app.get(
    '/menu/years',
    {
      config: { access: 'menu.read' },
      schema: {
        tags,
        summary: 'The menu years and how many activities each holds',
        response: { 200: menuYearsSchema },
      },
    },
    (request) => menu.years(request.ctx),
  );

  app.get(
    '/menu/activities/:id',
    {
      config: { access: 'menu.read' },
      schema: {
        tags,
        summary: 'An activity with its iterations',
        params: idParamsSchema,
        response: { 200: activitySchema, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const activity = await menu.get(request.ctx, request.params.id);
      return reply.header('etag', etagFor(activity.id, activity.version)).send(activity);
    },
  );

  app.post(
    '/menu/activities',
    {
      config: { access: 'menu.write' },
      schema: {
        tags,
        summary: 'Add an activity (a draft) with its iterations',
        body: createActivityBodySchema,
        response: { 201: activitySchema, ...problems(400, 401, 403, 409, 413, 422) },
      },
    },
    async (request, reply) => {
      const activity = await menu.create(request.ctx, request.body);
      return reply
        .code(201)
        .header('etag', etagFor(activity.id, activity.version))
        .header('location', activityUrl(activity.id))
        .send(activity);
    },
  );

  app.patch(
    '/menu/activities/:id',
    {
      config: { access: 'menu.write' },
      schema: {
        tags,
        summary: 'Change an activity (send If-Match)',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: updateActivityBodySchema,
        response: { 200: activitySchema, ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const version = expectedVersion(request.headers['if-match'], id);
      const activity = await menu.update(request.ctx, id, version, request.body);
      return reply.header('etag', etagFor(activity.id, activity.version)).send(activity);
    },
  );

  app.post(
    '/menu/activities/:id/transitions',
    {
      config: { access: 'menu.write' },
      schema: {
        tags,
        summary: 'Move an activity to its next status (send If-Match); its iterations follow',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: transitionBodySchema,
        response: { 200: activitySchema, ...problems(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const version = expectedVersion(request.headers['if-match'], id);
      const activity = await menu.transition(request.ctx, id, version, request.body.to);
      return reply.header('etag', etagFor(activity.id, activity.version)).send(activity);
    },
  );

  app.get(
    '/menu/activities/:id/history',
    {
      config: { access: 'menu.write' },
      schema: {
        tags,
        summary: 'The audit trail of an activity and its iterations',
        params: idParamsSchema,
        querystring: historyQuerySchema,
        response: { 200: auditPageSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (request) => menu.history(request.ctx, request.params.id, request.query),
  );

  app.post(
    '/menu/activities/:id/iterations',
    {
      config: { access: 'menu.write' },
      schema: {
        tags,
        summary: 'Add an iteration (a draft) to an activity',
        params: idParamsSchema,
        body: iterationInputSchema,
        response: { 201: iterationSchema, ...problems(400, 401, 403, 404, 409, 413) },
      },
    },
    async (request, reply) => {
      const iteration = await menu.addIteration(request.ctx, request.params.id, request.body);
      return reply
        .code(201)
        .header('etag', etagFor(iteration.id, iteration.version))
        .header('location', `${activityUrl(request.params.id)}/iterations/${iteration.id}`)
        .send(iteration);
    },
  );

  app.patch(
    '/menu/activities/:id/iterations/:iterationId',
    {
      config: { access: 'menu.write' },
      schema: {
        tags,
        summary: 'Change an iteration (send its If-Match)',
        params: iterationParamsSchema,
        headers: ifMatchHeadersSchema,
        body: updateIterationBodySchema,
        response: { 200: iterationSchema, ...problems(400, 401, 403, 404, 412, 413, 428) },
      },
    },
    async (request, reply) => {
      const { id, iterationId } = request.params;
      const version = expectedVersion(request.headers['if-match'], iterationId);
      const iteration = await menu.updateIteration(request.ctx, id, iterationId, version, request.body);
      return reply.header('etag', etagFor(iteration.id, iteration.version)).send(iteration);
    },
  );

  app.post(
    '/menu/activities/:id/iterations/:iterationId/transitions',
    {
      config: { access: 'menu.write' },
      schema: {
        tags,
        summary: 'Move an iteration to its next status (send its If-Match)',
        params: iterationParamsSchema,
        headers: ifMatchHeadersSchema,
        body: transitionBodySchema,
        response: { 200: iterationSchema, ...problems(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const { id, iterationId } = request.params;
      const version = expectedVersion(request.headers['if-match'], iterationId);
      const iteration = await menu.transitionIteration(
        request.ctx,
        id,
        iterationId,
        version,
        request.body.to,
      );
      return reply.header('etag', etagFor(iteration.id, iteration.version)).send(iteration);
    },
  );

  app.post(
    '/menu/years/:year/copy-forward',
    {
      config: { access: 'menu.manage' },
      schema: {
        tags,
        summary: 'Start next year’s menu from this year’s recurring activities (as drafts)',
        params: yearParamsSchema,
        response: { 200: copyForwardResultSchema, ...problems(400, 401, 403) },
      },
    },
    (request) => menu.copyForward(request.ctx, request.params.year),
  );
};
