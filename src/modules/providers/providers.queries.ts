import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { providers } from '../../db/schema';

export async function providerExists(tx: Executor, id: string): Promise<boolean> {
  const rows = await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, id)).limit(1);
  return rows.length > 0;
}

export async function selectProviders(tx: Executor) {
  return tx.select().from(providers).orderBy(asc(providers.code));
}

export async function insertProviderRow(tx: Executor, values: typeof providers.$inferInsert) {
  const [row] = await tx.insert(providers).values(values).returning();
  return row!;
}
