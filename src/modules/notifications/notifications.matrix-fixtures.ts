import type { Fixture } from '../../server/access-matrix.fixtures';
import { notificationOf } from './notifications.test-support';

/** The bell: every signed-in role has its own notifications; the anonymous caller gets 401. */
export const notificationFixtures: Record<string, Fixture> = {
  'GET /api/v1/me/notifications': { prepare: () => ({ url: '/api/v1/me/notifications?limit=5' }) },
  'POST /api/v1/me/notifications/:id/read': {
    prepare: async ({ world, role }) => {
      if (role === 'public')
        return { url: '/api/v1/me/notifications/00000000-0000-4000-8000-000000000000/read' };
      return { url: `/api/v1/me/notifications/${await notificationOf(world, world.users[role])}/read` };
    },
  },
  'POST /api/v1/me/notifications/read-all': { prepare: () => ({ url: '/api/v1/me/notifications/read-all' }) },
};
