import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, problems } from '../../server/schemas';
import {
  notificationListQuerySchema,
  notificationPageSchema,
  notificationSchema,
  readAllResultSchema,
} from './notifications.schemas';
import type { NotificationService } from './notifications.service';

/** The signed-in user's own notifications: every role has them, nobody sees another's. */
export const notificationRoutes: FastifyPluginAsyncZod<{ notifications: NotificationService }> = async (
  app,
  { notifications },
) => {
  app.get(
    '/me/notifications',
    {
      config: { access: 'self.manage' },
      schema: {
        tags: ['me'],
        summary: 'My notifications, newest first, in my language, with the number still unread',
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema, ...problems(400, 401) },
      },
    },
    (request) => notifications.list(request.ctx, request.query),
  );

  app.post(
    '/me/notifications/:id/read',
    {
      config: { access: 'self.manage' },
      schema: {
        tags: ['me'],
        summary: 'Mark one of my notifications read (again: no change)',
        params: idParamsSchema,
        response: { 200: notificationSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (request) => notifications.markRead(request.ctx, request.params.id),
  );

  app.post(
    '/me/notifications/read-all',
    {
      config: { access: 'self.manage' },
      schema: {
        tags: ['me'],
        summary: 'Mark all my notifications read',
        response: { 200: readAllResultSchema, ...problems(401, 403) },
      },
    },
    (request) => notifications.markAllRead(request.ctx),
  );
};
