import { and, eq, isNull, lt, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { apiTokens, sessions, users } from '../../db/schema';

export async function findSessionWithUser(tx: Executor, tokenHash: string) {
  const [row] = await tx
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  return row;
}

export async function findTokenWithUser(tx: Executor, tokenHash: string) {
  const [row] = await tx
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return row;
}

export async function insertSession(tx: Executor, values: typeof sessions.$inferInsert) {
  await tx.insert(sessions).values(values);
}

export async function deleteSession(tx: Executor, tokenHash: string) {
  await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(tx: Executor, now: Date) {
  await tx.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function touchSession(tx: Executor, tokenHash: string, now: Date, expiresAt: Date) {
  await tx.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function touchToken(tx: Executor, id: string, now: Date) {
  await tx.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

export async function listTokens(tx: Executor, userId: string) {
  return tx.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(apiTokens.createdAt);
}

export async function insertToken(tx: Executor, values: typeof apiTokens.$inferInsert) {
  const [row] = await tx.insert(apiTokens).values(values).returning();
  return row!;
}

export async function revokeToken(tx: Executor, userId: string, id: string, now: Date) {
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}

export async function deleteOtherSessions(tx: Executor, userId: string, keepTokenHash: string | null) {
  await tx
    .delete(sessions)
    .where(
      and(eq(sessions.userId, userId), keepTokenHash ? ne(sessions.tokenHash, keepTokenHash) : undefined),
    );
}
