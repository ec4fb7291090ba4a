import { sql } from 'drizzle-orm';
import { systemClock } from '../src/core/clock';
import type { DatabaseHandle } from '../src/db/client';
import { buildApp } from '../src/server/app';
import { rawClientOf, runnerOf } from './ceiling';
import type { ChildConfig, ReadyMessage } from './protocol';
import { generateTrustFundsData } from './trust-funds-generate';
import {
  buildTransactionReplayCeiling,
  checkSameCalls,
  recordTransactionScenarios,
} from './trust-funds-replay';
import { buildTrustFundScenarios, contributionsRoute } from './trust-funds-scenarios';

/**
 * The trust-fund half of the bench server (server.ts forks into it for `--scenario trustfunds`):
 * generates the funds, projects, rates and transactions, starts the app, records its driver calls for
 * every benchmarked URL, the report's transaction included (with `EXPLAIN ANALYZE` of the statements
 * that read the transactions), and starts the ceiling that replays them through the bare driver
 * (trust-funds-replay.ts).
 */
export async function startTrustFundsServer(
  config: ChildConfig,
  database: DatabaseHandle,
): Promise<{ ready: ReadyMessage; close(): Promise<void> }> {
  const started = performance.now();
  const data = await generateTrustFundsData(database.db, systemClock, {
    transactions: config.transactions,
    donors: config.donors,
    projects: config.projects,
  });
  const analyzing = performance.now();
  await database.db.execute(sql`analyze`);
  const generationMs = Math.round(performance.now() - started);
  const seconds = { ...data.seconds, analyze: Math.round((performance.now() - analyzing) / 100) / 10 };
  console.log(
    `${database.kind}: generation took ${Object.entries(seconds)
      .map(([part, s]) => `${part} ${s} s`)
      .join(', ')}`,
  );
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
  await app.ready();
  const reports = app.hasRoute({ method: 'GET', url: contributionsRoute });
  if (!reports)
    console.warn(
      `${database.kind}: the contributions report's route (GET ${contributionsRoute}) is not in the app: ` +
        'its scenarios are left out, only the transactions list is measured',
    );
  const scenarios = buildTrustFundScenarios(data, reports);
  const sizes: Record<string, number> = {};
  const { recordings, plans, firstMs } = await recordTransactionScenarios(
    app,
    client,
    database.kind,
    scenarios,
    /\btf_(transactions|contribution_cells)\b/,
    (scenario, body) => {
      const { lines, byDonor, items, total } = body as {
        lines?: unknown[];
        byDonor?: unknown[];
        items?: unknown[];
        total?: number;
      };
      if (lines) sizes[`${scenario.name} lines (donor × year)`] = lines.length;
      if (byDonor) sizes[`${scenario.name} donors`] = byDonor.length;
      if (items) sizes[`${scenario.name} items`] = items.length;
      if (total !== undefined) sizes[`${scenario.name} total`] = total;
    },
  );

  const ceiling = buildTransactionReplayCeiling(client, database.kind, recordings);
  const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const ceilingUrl = await ceiling.listen({ port: 0, host: '127.0.0.1' });
  const sqlChecks = await checkSameCalls(client, database.kind, app, ceiling, scenarios);

  return {
    ready: {
      type: 'ready',
      appUrl,
      ceilingUrl,
      token: data.token,
      detailIds: [],
      search: { q: '', matches: 0 },
      counts: {
        ...data.counts,
        ...sizes,
        ...Object.fromEntries(
          Object.entries(seconds).map(([part, s]) => [`seconds to generate: ${part}`, s]),
        ),
        ...Object.fromEntries(Object.entries(firstMs).map(([name, ms]) => [`${name} first request ms`, ms])),
        reportRoutes: reports ? 1 : 0,
      },
      generationMs,
      serverVersion: String(version?.v ?? 'unknown'),
      sqlChecks,
      plans,
      scenarios,
    },
    async close() {
      await app.close();
      await ceiling.close();
    },
  };
}
