import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** One Drizzle type over both drivers: services never know which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** What a query runs in: the database or an open transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  /** Runs start-up work (migrations, first data) in one process at a time across the cluster. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

// Any constant will do; it only has to be the same in every process sharing the database.
const startupLockKey = 4_242_001;

export function openPostgres(url: string, options: { poolSize?: number } = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const nodeDb = drizzleNodePg(pool, { schema });
  const db = nodeDb as unknown as Database;
  return {
    db,
    kind: 'postgres',
    async migrate() {
      await migrateNodePg(nodeDb, { migrationsFolder });
    },
    async exclusive(work) {
      // Several app processes may start together: a session-level advisory lock, held on a
      // connection of its own, lets one of them migrate and seed while the others wait.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [startupLockKey]);
        return await work();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [startupLockKey]).catch(() => {});
        await client.end();
      }
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await pool.end();
    },
  };
}

/** PGlite in a folder (embedded mode), or in memory when `dataDir` is undefined (tests). */
export async function openPglite(dataDir?: string): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const pgliteDb = drizzlePglite(client, { schema });
  let startup: Promise<unknown> = Promise.resolve();
  const db = pgliteDb as unknown as Database;
  return {
    db,
    kind: 'pglite',
    async migrate() {
      await migratePglite(pgliteDb, { migrationsFolder });
    },
    // PGlite lives in this process alone: a promise chain is lock enough.
    exclusive(work) {
      const result = startup.then(work);
      startup = result.catch(() => undefined);
      return result;
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await client.close();
    },
  };
}

/**
 * Runs a hand-written statement and returns its rows, the same on both drivers. Such statements
 * cast dates, timestamps and counts to text or int themselves: the drivers parse raw types differently.
 */
export async function selectRows<T>(tx: Executor, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
