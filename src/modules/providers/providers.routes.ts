import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problems } from '../../server/schemas';
import { providerListSchema } from './providers.schemas';
import type { createProviderService } from './providers.service';

export const providerRoutes: FastifyPluginAsyncZod<{
  providers: ReturnType<typeof createProviderService>;
}> = async (app, { providers }) => {
  app.get(
    '/providers',
    {
      config: { access: 'provider.read' },
      schema: { tags: ['providers'], response: { 200: providerListSchema, ...problems(401, 403) } },
    },
    (request) => providers.list(request.ctx),
  );
};
