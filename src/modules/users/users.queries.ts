import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import type { UserListQuery } from './users.schemas';

type UserPatch = Partial<typeof users.$inferInsert>;

export async function updateUserRow(tx: Executor, id: string, patch: UserPatch) {
  const [row] = await tx.update(users).set(patch).where(eq(users.id, id)).returning();
  return row!;
}

export async function insertUserRow(tx: Executor, values: typeof users.$inferInsert) {
  const [row] = await tx.insert(users).values(values).returning();
  return row!;
}

export async function selectUserById(tx: Executor, id: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function selectUserByEmail(tx: Executor, email: string) {
  const [row] = await tx.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row;
}

export async function countUsers(tx: Executor) {
  const [row] = await tx.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function selectUserPage(tx: Executor, query: UserListQuery) {
  const conditions: SQL[] = [];
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.email, pattern), ilike(users.displayName, pattern))!);
  }
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.active) conditions.push(eq(users.active, query.active === 'true'));
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    tx
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.email))
      .limit(query.limit)
      .offset((query.page - 1) * query.limit),
    tx.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
