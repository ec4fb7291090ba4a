import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problems } from '../../server/schemas';
import { auditPageSchema, auditQuerySchema } from './audit.schemas';
import type { createAuditService } from './audit.service';

export const auditRoutes: FastifyPluginAsyncZod<{ audit: ReturnType<typeof createAuditService> }> = async (
  app,
  { audit },
) => {
  app.get(
    '/audit-events',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Browse the audit trail, newest first',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...problems(400, 401, 403) },
      },
    },
    (request) => audit.list(request.ctx, request.query),
  );
};
