import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagFor, expectedVersion } from '../../core/http';
import { idParamsSchema, ifMatchHeadersSchema, problems } from '../../server/schemas';
import {
  createProviderBodySchema,
  providerListQuerySchema,
  providerListSchema,
  providerSchema,
  updateProviderBodySchema,
} from './providers.schemas';
import type { ProviderService } from './providers.service';

export const providerRoutes: FastifyPluginAsyncZod<{ providers: ProviderService }> = async (
  app,
  { providers },
) => {
  app.get(
    '/providers',
    {
      config: { access: 'provider.read' },
      schema: {
        tags: ['providers'],
        summary: 'List activity providers (search by code or name, filter by kind and country)',
        querystring: providerListQuerySchema,
        response: { 200: providerListSchema, ...problems(400, 401, 403) },
      },
    },
    (request) => providers.list(request.ctx, request.query),
  );

  app.get(
    '/providers/:id',
    {
      config: { access: 'provider.read' },
      schema: {
        tags: ['providers'],
        summary: 'One activity provider',
        params: idParamsSchema,
        response: { 200: providerSchema, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const provider = await providers.get(request.ctx, request.params.id);
      return reply.header('etag', etagFor(provider.id, provider.version)).send(provider);
    },
  );

  app.post(
    '/providers',
    {
      config: { access: 'provider.write' },
      schema: {
        tags: ['providers'],
        summary: 'Register an activity provider',
        body: createProviderBodySchema,
        response: { 201: providerSchema, ...problems(400, 401, 403, 409, 413) },
      },
    },
    async (request, reply) => {
      const provider = await providers.create(request.ctx, request.body);
      return reply
        .code(201)
        .header('etag', etagFor(provider.id, provider.version))
        .header('location', `/api/v1/providers/${provider.id}`)
        .send(provider);
    },
  );

  app.patch(
    '/providers/:id',
    {
      config: { access: 'provider.write' },
      schema: {
        tags: ['providers'],
        summary: 'Update an activity provider (send If-Match)',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: updateProviderBodySchema,
        response: { 200: providerSchema, ...problems(400, 401, 403, 404, 409, 412, 413, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const version = expectedVersion(request.headers['if-match'], id);
      const provider = await providers.update(request.ctx, id, version, request.body);
      return reply.header('etag', etagFor(provider.id, provider.version)).send(provider);
    },
  );
};
