import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagFor, expectedVersion } from '../../core/http';
import { idParamsSchema, ifMatchHeadersSchema, problems } from '../../server/schemas';
import {
  attendanceBodySchema,
  createNominationBodySchema,
  decisionBodySchema,
  iterationNominationsSchema,
  nominationDetailSchema,
  nominationListQuerySchema,
  nominationPageSchema,
  nominationSchema,
} from './nominations.schemas';
import type { NominationService } from './nominations.service';

const tags = ['nominations'];

export const nominationRoutes: FastifyPluginAsyncZod<{ nominations: NominationService }> = async (
  app,
  { nominations },
) => {
  app.post(
    '/nominations',
    {
      config: { access: 'nomination.write' },
      schema: {
        tags,
        summary:
          'Nominate a person to an open iteration (a seat, the waiting list, or the provider’s decision)',
        description:
          'Without a second approval step a seat is given at once in order of arrival while seats remain ' +
          '(and while the partner is under its seat limit before the release), else the nomination is ' +
          'waitlisted; with one it stays pending until the provider decides. A liaison nominates for its ' +
          'own partner; the staff name `partnerId`.',
        body: createNominationBodySchema,
        response: { 201: nominationSchema, ...problems(400, 401, 403, 404, 409, 413, 422) },
      },
    },
    async (request, reply) => {
      const nomination = await nominations.create(request.ctx, request.body);
      return reply
        .code(201)
        .header('etag', etagFor(nomination.id, nomination.version))
        .header('location', `/api/v1/nominations/${nomination.id}`)
        .send(nomination);
    },
  );

  app.get(
    '/nominations',
    {
      config: { access: 'nomination.read' },
      schema: {
        tags,
        summary:
          'The nominations the caller may see, newest first (liaison: its partner’s; provider: its activities’)',
        querystring: nominationListQuerySchema,
        response: { 200: nominationPageSchema, ...problems(400, 401, 403) },
      },
    },
    (request) => nominations.list(request.ctx, request.query),
  );

  app.get(
    '/nominations/:id',
    {
      config: { access: 'nomination.read' },
      schema: {
        tags,
        summary: 'A nomination with its reports and its iteration’s seats',
        params: idParamsSchema,
        response: { 200: nominationDetailSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const nomination = await nominations.get(request.ctx, request.params.id);
      return reply.header('etag', etagFor(nomination.id, nomination.version)).send(nomination);
    },
  );

  app.post(
    '/nominations/:id/decision',
    {
      config: { access: 'nomination.decide' },
      schema: {
        tags,
        summary: 'Accept, waitlist or reject (with a reason) a nomination (send If-Match)',
        description:
          'Accepting when no seat is free waitlists instead: the seats offered are never exceeded.',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: decisionBodySchema,
        response: { 200: nominationSchema, ...problems(400, 401, 403, 404, 409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const version = expectedVersion(request.headers['if-match'], id);
      const nomination = await nominations.decide(request.ctx, id, version, request.body);
      return reply.header('etag', etagFor(nomination.id, nomination.version)).send(nomination);
    },
  );

  app.post(
    '/nominations/:id/withdraw',
    {
      config: { access: 'nomination.write' },
      schema: {
        tags,
        summary: 'Withdraw a nomination (send If-Match); its seat goes to the first on the waiting list',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        response: { 200: nominationSchema, ...problems(400, 401, 403, 404, 409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const version = expectedVersion(request.headers['if-match'], id);
      const nomination = await nominations.withdraw(request.ctx, id, version);
      return reply.header('etag', etagFor(nomination.id, nomination.version)).send(nomination);
    },
  );

  app.post(
    '/nominations/:id/attendance',
    {
      config: { access: 'nomination.decide' },
      schema: {
        tags,
        summary: 'Record attendance and completion of an accepted participant, once the iteration has begun',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: attendanceBodySchema,
        response: { 200: nominationSchema, ...problems(400, 401, 403, 404, 409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const version = expectedVersion(request.headers['if-match'], id);
      const nomination = await nominations.recordAttendance(request.ctx, id, version, request.body);
      return reply.header('etag', etagFor(nomination.id, nomination.version)).send(nomination);
    },
  );

  app.post(
    '/nominations/:id/erase',
    {
      config: { access: 'nomination.write' },
      schema: {
        tags,
        summary: 'Erase the participant’s personal data on request (send If-Match); the counts stay',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        response: { 200: nominationSchema, ...problems(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const version = expectedVersion(request.headers['if-match'], id);
      const nomination = await nominations.erase(request.ctx, id, version);
      return reply.header('etag', etagFor(nomination.id, nomination.version)).send(nomination);
    },
  );

  app.get(
    '/menu/iterations/:id/nominations',
    {
      config: { access: 'nomination.read' },
      schema: {
        tags,
        summary:
          'An iteration’s seats and the nominations the caller may see (accepted, waiting list in order, …)',
        params: idParamsSchema,
        response: { 200: iterationNominationsSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (request) => nominations.iterationNominations(request.ctx, request.params.id),
  );

  app.post(
    '/menu/iterations/:id/release-seats',
    {
      config: { access: 'menu.manage' },
      schema: {
        tags,
        summary:
          'Release an iteration’s unfilled seats now: the waiting list by priority, then every partner',
        params: idParamsSchema,
        response: { 200: iterationNominationsSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    (request) => nominations.releaseSeats(request.ctx, request.params.id),
  );
};
