import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagFor, expectedVersion } from '../../core/http';
import { idParamsSchema, ifMatchHeadersSchema, problems } from '../../server/schemas';
import {
  createAreaBodySchema,
  createTermBodySchema,
  termListQuerySchema,
  termListSchema,
  termSchema,
  updateAreaBodySchema,
  updateTermBodySchema,
} from './taxonomies.schemas';
import type { TaxonomyService } from './taxonomies.service';

/** The same five routes for each taxonomy: `/frameworks` and `/areas`. */
export const taxonomyRoutes: FastifyPluginAsyncZod<{
  path: string;
  tag: string;
  service: TaxonomyService;
}> = async (app, { path, tag, service }) => {
  const createBody = path === 'areas' ? createAreaBodySchema : createTermBodySchema;
  const updateBody = path === 'areas' ? updateAreaBodySchema : updateTermBodySchema;
  app.get(
    `/${path}`,
    {
      config: { access: 'taxonomy.read' },
      schema: {
        tags: [tag],
        summary: `List ${tag}`,
        querystring: termListQuerySchema,
        response: { 200: termListSchema, ...problems(400) },
      },
    },
    (request) => service.list(request.ctx, request.query.includeInactive === 'true'),
  );

  app.get(
    `/${path}/:id`,
    {
      config: { access: 'taxonomy.read' },
      schema: {
        tags: [tag],
        params: idParamsSchema,
        response: { 200: termSchema, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const term = await service.get(request.ctx, request.params.id);
      return reply.header('etag', etagFor(term.id, term.version)).send(term);
    },
  );

  app.post(
    `/${path}`,
    {
      config: { access: 'taxonomy.write' },
      schema: {
        tags: [tag],
        body: createBody,
        response: { 201: termSchema, ...problems(400, 401, 403, 409, 413) },
      },
    },
    async (request, reply) => {
      const term = await service.create(request.ctx, request.body);
      return reply
        .code(201)
        .header('etag', etagFor(term.id, term.version))
        .header('location', `/api/v1/${path}/${term.id}`)
        .send(term);
    },
  );

  app.patch(
    `/${path}/:id`,
    {
      config: { access: 'taxonomy.write' },
      schema: {
        tags: [tag],
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: updateBody,
        response: { 200: termSchema, ...problems(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const term = await service.update(
        request.ctx,
        id,
        expectedVersion(request.headers['if-match'], id),
        request.body,
      );
      return reply.header('etag', etagFor(term.id, term.version)).send(term);
    },
  );
};
