import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { assertCan } from '../../core/policy';
import type { Database } from '../../db/client';
import type { Locale } from '../../shared/enums';
import { renderNotificationText } from './notification-text';
import * as q from './notifications.queries';
import type { Notification, NotificationListQuery, NotificationPage } from './notifications.schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Cursor = the last row's creation time and id, opaque to clients. */
export function encodeNotificationCursor(cursor: q.NotificationCursor): string {
  return Buffer.from(`n:${cursor.createdAt}|${cursor.id}`).toString('base64url');
}

export function decodeNotificationCursor(cursor: string | undefined): q.NotificationCursor | undefined {
  if (!cursor) return undefined;
  const match = /^n:([^|]{1,40})\|(.+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  const createdAt = match?.[1];
  const id = match?.[2];
  if (!createdAt || !id || !UUID.test(id) || Number.isNaN(Date.parse(createdAt))) {
    throw new AppError(400, 'notification.cursor_invalid');
  }
  return { createdAt, id };
}

function toNotification(row: q.NotificationRow, locale: Locale): Notification {
  return {
    id: row.id,
    kind: row.kind,
    ...renderNotificationText(row.kind, row.params, locale),
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/**
 * The signed-in user's own notifications (the bell). Each is written by `notify()` in the event's
 * transaction; here they are only read and marked read. Marking read is the reader's own state, like
 * a session's last use: it is not an audited change of any record.
 */
export function createNotificationService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;

  return {
    async list(ctx: RequestContext, query: NotificationListQuery): Promise<NotificationPage> {
      assertCan(ctx.actor, 'self.manage');
      const userId = ctx.actor.userId!;
      const after = decodeNotificationCursor(query.cursor);
      const [rows, unreadCount] = await Promise.all([
        q.selectNotificationsOfUser(db, userId, {
          unreadOnly: query.unread === true,
          limit: query.limit,
          after,
        }),
        q.countUnread(db, userId),
      ]);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => toNotification(row, ctx.actor.locale)),
        unreadCount,
        nextCursor:
          rows.length > query.limit && last
            ? encodeNotificationCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
            : null,
      };
    },

    async markRead(ctx: RequestContext, id: string): Promise<Notification> {
      assertCan(ctx.actor, 'self.manage');
      const row = await q.markRead(db, ctx.actor.userId!, id, clock.now());
      if (!row) throw notFound('notification');
      return toNotification(row, ctx.actor.locale);
    },

    async markAllRead(ctx: RequestContext): Promise<{ marked: number; unreadCount: number }> {
      assertCan(ctx.actor, 'self.manage');
      const userId = ctx.actor.userId!;
      const marked = await q.markAllRead(db, userId, clock.now());
      // Counted again rather than assumed 0: an event may have arrived meanwhile.
      return { marked, unreadCount: await q.countUnread(db, userId) };
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
