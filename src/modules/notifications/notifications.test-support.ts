// Helpers for the notification tests and matrix fixtures: users by e-mail, events told straight
// through notify() (the other modules' services call it the same way, inside their transactions).
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { mailOutbox, notifications, users } from '../../db/schema';
import type { World } from '../../test/world';
import { type NotificationEvent, notify, type Recipients } from './notify';

export async function userIdOf(world: World, email: string): Promise<string> {
  const [row] = await world.database.db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

let counter = 0;

/** A nomination decision as the nominations service tells it, with a participant name of its own. */
export function acceptedEvent(name = `Participant ${++counter}`): NotificationEvent {
  return {
    kind: 'nomination.accepted',
    params: {
      participantName: name,
      activityCode: 'SEC-101',
      activityTitle: { en: 'Cyber Security course', fr: 'Cours de Sécurité informatique' },
      startsOn: '2027-09-01',
    },
    link: `/nominations/00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  };
}

/** Tells the recipients in a committed transaction of its own; answers how many were told. */
export function tell(world: World, to: Recipients, event: NotificationEvent = acceptedEvent()) {
  return world.database.db.transaction((tx) => notify(tx, world.clock, to, event));
}

/** A notification of the user's own, as a matrix fixture needs one to read. */
export async function notificationOf(world: World, email: string): Promise<string> {
  const userId = await userIdOf(world, email);
  await tell(world, { kind: 'users', userIds: [userId] });
  const [row] = await world.database.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(sql`${notifications.createdAt} desc`)
    .limit(1);
  return row!.id;
}

export async function outboxRows(tx: Executor) {
  return tx.select().from(mailOutbox).orderBy(mailOutbox.createdAt, mailOutbox.recipient);
}
