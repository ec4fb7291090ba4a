import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** The URL without its password, for the output. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Creates `entente_bench_<random>` on the server behind `adminUrl`, or answers why it cannot
 * (server down, no right to create a database): the bench then runs PGlite only.
 */
export async function createBenchDatabase(
  adminUrl: string,
): Promise<{ ok: true; database: BenchDatabase } | { ok: false; reason: string }> {
  const name = `entente_bench_${randomBytes(6).toString('hex')}`;
  try {
    await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    ok: true,
    database: {
      name,
      url: url.toString(),
      drop: () =>
        withAdmin(adminUrl, async (client) => {
          await client.query(`drop database if exists ${name} with (force)`);
        }),
    },
  };
}
