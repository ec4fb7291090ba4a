import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagFor, expectedVersion } from '../../core/http';
import { idParamsSchema, ifMatchHeadersSchema, problems } from '../../server/schemas';
import {
  createProgrammeBodySchema,
  diffQuerySchema,
  programmeCoverageSchema,
  programmeDiffSchema,
  programmeListQuerySchema,
  programmePageSchema,
  programmeSchema,
  programmeTransitionBodySchema,
  updateProgrammeBodySchema,
} from './programmes.schemas';
import type { ProgrammeService } from './programmes.service';

const tags = ['programmes'];
const programmeUrl = (id: string) => `/api/v1/programmes/${id}`;

export const programmeRoutes: FastifyPluginAsyncZod<{ programmes: ProgrammeService }> = async (
  app,
  { programmes },
) => {
  app.get(
    '/programmes',
    {
      config: { access: 'programme.read' },
      schema: {
        tags,
        summary:
          'List programmes (the latest version of each unless allVersions=true): search, filters, sort, page',
        querystring: programmeListQuerySchema,
        response: { 200: programmePageSchema, ...problems(400, 401, 403) },
      },
    },
    (request) => programmes.list(request.ctx, request.query),
  );

  app.post(
    '/programmes',
    {
      config: { access: 'programme.write' },
      schema: {
        tags,
        summary: 'Start a programme (a draft), with its objectives and activities if wanted',
        body: createProgrammeBodySchema,
        response: { 201: programmeSchema, ...problems(400, 401, 403, 404, 413, 422) },
      },
    },
    async (request, reply) => {
      const programme = await programmes.create(request.ctx, request.body);
      return reply
        .code(201)
        .header('etag', etagFor(programme.id, programme.version))
        .header('location', programmeUrl(programme.id))
        .send(programme);
    },
  );

  app.get(
    '/programmes/:id',
    {
      config: { access: 'programme.read' },
      schema: {
        tags,
        summary: 'A programme version: objectives, activities, status history, the other versions',
        params: idParamsSchema,
        response: { 200: programmeSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const programme = await programmes.get(request.ctx, request.params.id);
      return reply.header('etag', etagFor(programme.id, programme.version)).send(programme);
    },
  );

  app.patch(
    '/programmes/:id',
    {
      config: { access: 'programme.write' },
      schema: {
        tags,
        summary:
          'Change a draft or returned version (send If-Match); objectives and activities given replace the lists',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: updateProgrammeBodySchema,
        response: { 200: programmeSchema, ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const version = expectedVersion(request.headers['if-match'], id);
      const programme = await programmes.update(request.ctx, id, version, request.body);
      return reply.header('etag', etagFor(programme.id, programme.version)).send(programme);
    },
  );

  app.post(
    '/programmes/:id/transitions',
    {
      config: { access: 'programme.write' },
      schema: {
        tags,
        summary:
          'Move a version along its lifecycle (send If-Match): submit, review, return, agree, activate, complete',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: programmeTransitionBodySchema,
        response: { 200: programmeSchema, ...problems(400, 401, 403, 404, 409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const version = expectedVersion(request.headers['if-match'], id);
      const programme = await programmes.transition(request.ctx, id, version, request.body);
      return reply.header('etag', etagFor(programme.id, programme.version)).send(programme);
    },
  );

  app.post(
    '/programmes/:id/versions',
    {
      config: { access: 'programme.write' },
      schema: {
        tags,
        summary: 'Start a new version (a draft copy) of an agreed or active version',
        params: idParamsSchema,
        response: { 201: programmeSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const programme = await programmes.createVersion(request.ctx, request.params.id);
      return reply
        .code(201)
        .header('etag', etagFor(programme.id, programme.version))
        .header('location', programmeUrl(programme.id))
        .send(programme);
    },
  );

  app.get(
    '/programmes/:id/diff',
    {
      config: { access: 'programme.read' },
      schema: {
        tags,
        summary:
          'Compare two versions of one programme: fields, objectives and activities added, removed, changed',
        params: idParamsSchema,
        querystring: diffQuerySchema,
        response: { 200: programmeDiffSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    (request) => programmes.diff(request.ctx, request.params.id, request.query.with),
  );

  app.get(
    '/programmes/:id/coverage',
    {
      config: { access: 'programme.read' },
      schema: {
        tags,
        summary:
          'Per objective: the activities serving it, people nominated, accepted and attending; suggestions',
        params: idParamsSchema,
        response: { 200: programmeCoverageSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (request) => programmes.coverage(request.ctx, request.params.id),
  );
};
