import { type SQL, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock';
import type { MailKind, MailParams } from '../../core/mail-templates';
import { type Executor, selectRows } from '../../db/client';
import { uuidArray } from '../menu/menu.access';

/** Who receives a notification: named users, a partner's liaison officers, or every staff officer. */
export type Recipients =
  | { kind: 'users'; userIds: readonly string[] }
  | { kind: 'partner_liaisons'; partnerId: string }
  | { kind: 'staff_officers' };

/** One event to tell: its kind decides its parameters (the same as the e-mail's, see core/mail-templates.ts). */
export type NotificationEvent = {
  [K in MailKind]: { kind: K; params: MailParams[K]; link: string };
}[MailKind];

function recipientsSql(to: Recipients): SQL {
  switch (to.kind) {
    case 'users':
      return sql`u.id = any(${uuidArray(to.userIds)})`;
    case 'partner_liaisons':
      return sql`u.role = 'partner_liaison' and u.partner_id = ${to.partnerId}::uuid`;
    case 'staff_officers':
      return sql`u.role = 'staff_officer'`;
  }
}

/**
 * Tells the recipients, in the caller's transaction: one in-app notification each, and one e-mail each
 * in the outbox (in the user's language), which the mail worker sends after the commit. Inactive
 * accounts are left out. Answers how many users were told.
 */
export async function notify(
  tx: Executor,
  clock: Clock,
  to: Recipients,
  event: NotificationEvent,
): Promise<number> {
  if (to.kind === 'users' && to.userIds.length === 0) return 0;
  const at = clock.now().toISOString();
  const params = JSON.stringify(event.params);
  const rows = await selectRows<{ count: number }>(
    tx,
    sql`with told as (
      insert into notifications (user_id, kind, params, link, created_at)
      select u.id, ${event.kind}, ${params}::jsonb, ${event.link}, ${at}::timestamptz
      from users u where u.active and ${recipientsSql(to)}
      returning id, user_id
    ), mailed as (
      insert into mail_outbox (notification_id, recipient, locale, kind, params, link, next_attempt_at, created_at)
      select t.id, u.email, u.locale, ${event.kind}, ${params}::jsonb, ${event.link}, ${at}::timestamptz, ${at}::timestamptz
      from told t join users u on u.id = t.user_id
      returning 1
    )
    select (select count(*)::int from told) as count, (select count(*) from mailed) as mailed`,
  );
  return rows[0]?.count ?? 0;
}
