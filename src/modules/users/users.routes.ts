import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagFor, expectedVersion } from '../../core/http';
import { idParamsSchema, ifMatchHeadersSchema, problems } from '../../server/schemas';
import {
  createUserBodySchema,
  updateUserBodySchema,
  userListQuerySchema,
  userPageSchema,
  userSchema,
} from './users.schemas';
import type { createUserService } from './users.service';

export const userRoutes: FastifyPluginAsyncZod<{ users: ReturnType<typeof createUserService> }> = async (
  app,
  { users },
) => {
  app.get(
    '/users',
    {
      config: { access: 'user.read' },
      schema: {
        tags: ['users'],
        querystring: userListQuerySchema,
        response: { 200: userPageSchema, ...problems(400, 401, 403) },
      },
    },
    (request) => users.list(request.ctx, request.query),
  );

  app.get(
    '/users/:id',
    {
      config: { access: 'user.read' },
      schema: {
        tags: ['users'],
        params: idParamsSchema,
        response: { 200: userSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const user = await users.get(request.ctx, request.params.id);
      return reply.header('etag', etagFor(user.id, user.version)).send(user);
    },
  );

  app.post(
    '/users',
    {
      config: { access: 'user.write' },
      schema: {
        tags: ['users'],
        body: createUserBodySchema,
        response: { 201: userSchema, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const user = await users.create(request.ctx, request.body);
      return reply
        .code(201)
        .header('etag', etagFor(user.id, user.version))
        .header('location', `/api/v1/users/${user.id}`)
        .send(user);
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { access: 'user.write' },
      schema: {
        tags: ['users'],
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema, ...problems(400, 401, 403, 404, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const user = await users.update(
        request.ctx,
        id,
        expectedVersion(request.headers['if-match'], id),
        request.body,
      );
      return reply.header('etag', etagFor(user.id, user.version)).send(user);
    },
  );
};
