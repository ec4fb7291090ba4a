import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { systemClock } from '../src/core/clock';
import { type DatabaseHandle, selectRows } from '../src/db/client';
import { buildApp } from '../src/server/app';
import { type RawClient, rawClientOf, runnerOf } from './ceiling';
import { generateMenuData } from './menu-generate';
import { buildMenuScenarios, driverTimer } from './menu-scenarios';
import type { ChildConfig, ReadyMessage, SqlCheck } from './protocol';
import { buildReplayCeiling, recordScenarios } from './replay';
import type { Scenario } from './scenarios';

/**
 * The menu half of the bench server (server.ts forks into it for `--scenario menu`): generates the
 * catalogue, starts the app, records the app's driver calls for every benchmarked URL, and starts
 * the replaying ceiling on them.
 */
export async function startMenuServer(
  config: ChildConfig,
  database: DatabaseHandle,
  checkSameSql: (
    client: RawClient,
    app: FastifyInstance,
    ceiling: FastifyInstance,
    scenarios: Scenario[],
    token: string,
  ) => Promise<SqlCheck[]>,
): Promise<{ ready: ReadyMessage; timer: Awaited<ReturnType<typeof driverTimer>>; close(): Promise<void> }> {
  const started = performance.now();
  const data = await generateMenuData(database.db, systemClock, {
    iterations: config.menuIterations,
    years: config.menuYears,
    partners: config.menuPartners,
  });
  await database.db.execute(sql`analyze`);
  const generationMs = Math.round(performance.now() - started);
  const client = rawClientOf(database);
  const [version] = await runnerOf(client)('select version() as v');

  const app = await buildApp({
    database,
    clock: systemClock,
    publicUrl: 'http://127.0.0.1',
    sessionHours: 8,
    loginRateLimit: 10,
    logger: false,
  });
  const year = systemClock.now().getUTCFullYear();
  const scenarios = buildMenuScenarios({ ...data, year });

  const matches: Record<string, number> = {};
  const { recordings, plans } = await recordScenarios(
    app,
    client,
    scenarios,
    /\b(activities|iterations)\b/,
    (scenario, body) => {
      const { total } = body as { total?: number };
      if (total !== undefined) matches[scenario.name] = total;
    },
  );
  const ceiling = buildReplayCeiling(client, recordings);
  const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const ceilingUrl = await ceiling.listen({ port: 0, host: '127.0.0.1' });
  const sqlChecks = await checkSameSql(client, app, ceiling, scenarios, data.token);

  const providers = await selectRows<{ code: string; id: string }>(
    database.db,
    sql`select code, id from providers order by code`,
  );
  const partners = await selectRows<{ iso: string }>(
    database.db,
    sql`select iso_code as iso from partners where iso_code is not null order by iso_code`,
  );
  // Installed after the recordings: it wraps the driver's methods, which they patch and restore.
  const timer = await driverTimer(client, database.kind);
  return {
    timer,
    ready: {
      type: 'ready',
      appUrl,
      ceilingUrl,
      token: data.token,
      detailIds: data.detailIds,
      search: { q: 'sécurité', matches: matches['menu-search'] ?? 0 },
      counts: {
        ...data.counts,
        ...Object.fromEntries(Object.entries(matches).map(([k, v]) => [`matches ${k}`, v])),
      },
      generationMs,
      serverVersion: String(version?.v ?? 'unknown'),
      sqlChecks,
      plans,
      scenarios,
      menu: { year, providers, partnerIsos: partners.map((p) => p.iso) },
    },
    async close() {
      await app.close();
      await ceiling.close();
    },
  };
}
