import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { calendarFeeds, users } from '../../db/schema';

export type FeedRow = typeof calendarFeeds.$inferSelect;

export async function insertFeed(tx: Executor, values: typeof calendarFeeds.$inferInsert) {
  const [row] = await tx.insert(calendarFeeds).values(values).returning();
  return row!;
}

export async function selectFeedsOfUser(tx: Executor, userId: string) {
  return tx
    .select()
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId))
    .orderBy(calendarFeeds.createdAt, calendarFeeds.id);
}

export async function countFeedsOfUser(tx: Executor, userId: string) {
  return tx.$count(calendarFeeds, eq(calendarFeeds.userId, userId));
}

/** Deletes one of the user's feeds; another user's feed is left alone and reads as missing. */
export async function deleteFeed(tx: Executor, userId: string, id: string) {
  const [row] = await tx
    .delete(calendarFeeds)
    .where(and(eq(calendarFeeds.id, id), eq(calendarFeeds.userId, userId)))
    .returning();
  return row;
}

export async function selectFeedWithUser(tx: Executor, keyHash: string) {
  const [row] = await tx
    .select({ feed: calendarFeeds, user: users })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.keyHash, keyHash))
    .limit(1);
  return row;
}

export async function touchFeed(tx: Executor, id: string, now: Date) {
  await tx.update(calendarFeeds).set({ lastUsedAt: now }).where(eq(calendarFeeds.id, id));
}
