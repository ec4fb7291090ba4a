import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagFor, expectedVersion } from '../../core/http';
import { idParamsSchema, ifMatchHeadersSchema, problems } from '../../server/schemas';
import { auditPageSchema, historyQuerySchema } from '../audit/audit.schemas';
import {
  createPartnerBodySchema,
  partnerListQuerySchema,
  partnerPageSchema,
  partnerSchema,
  updatePartnerBodySchema,
} from './partners.schemas';
import type { PartnerService } from './partners.service';

export const partnerRoutes: FastifyPluginAsyncZod<{ partners: PartnerService }> = async (
  app,
  { partners },
) => {
  app.get(
    '/partners',
    {
      config: { access: 'partner.read' },
      schema: {
        tags: ['partners'],
        summary: 'List partners (search, filter, sort, page)',
        querystring: partnerListQuerySchema,
        response: { 200: partnerPageSchema, ...problems(400, 401) },
      },
    },
    (request) => partners.list(request.ctx, request.query),
  );

  app.get(
    '/partners/:id',
    {
      config: { access: 'partner.read' },
      schema: {
        tags: ['partners'],
        summary: 'A partner’s profile',
        params: idParamsSchema,
        response: { 200: partnerSchema, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const partner = await partners.get(request.ctx, request.params.id);
      return reply.header('etag', etagFor(partner.id, partner.version)).send(partner);
    },
  );

  app.post(
    '/partners',
    {
      config: { access: 'partner.write' },
      schema: {
        tags: ['partners'],
        summary: 'Register a partner',
        body: createPartnerBodySchema,
        response: { 201: partnerSchema, ...problems(400, 401, 403, 409, 413, 422) },
      },
    },
    async (request, reply) => {
      const partner = await partners.create(request.ctx, request.body);
      return reply
        .code(201)
        .header('etag', etagFor(partner.id, partner.version))
        .header('location', `/api/v1/partners/${partner.id}`)
        .send(partner);
    },
  );

  app.patch(
    '/partners/:id',
    {
      config: { access: 'partner.write' },
      schema: {
        tags: ['partners'],
        summary: 'Update a partner (send If-Match)',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: updatePartnerBodySchema,
        response: { 200: partnerSchema, ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const version = expectedVersion(request.headers['if-match'], id);
      const partner = await partners.update(request.ctx, id, version, request.body);
      return reply.header('etag', etagFor(partner.id, partner.version)).send(partner);
    },
  );

  app.get(
    '/partners/:id/history',
    {
      config: { access: 'partner.history' },
      schema: {
        tags: ['partners'],
        summary: 'The audit trail of a partner',
        params: idParamsSchema,
        querystring: historyQuerySchema,
        response: { 200: auditPageSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (request) => partners.history(request.ctx, request.params.id, request.query),
  );
};
