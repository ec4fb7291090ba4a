/**
 * The server side of the bench, forked by run.ts so that the load generator does not share an
 * event loop with the app: opens one database (PGlite in a folder, or the fresh PostgreSQL bench
 * database), fills it, starts the real app and the ceiling on two loopback ports, checks that
 * both send the same SQL, and waits for the runner to say stop.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { systemClock } from '../src/core/clock';
import { type DatabaseHandle, openPglite, openPostgres } from '../src/db/client';
import { buildApp } from '../src/server/app';
import {
  buildCeilingApp,
  listStatements,
  type RawClient,
  rawClientOf,
  runnerOf,
  staffScope,
} from './ceiling';
import { generateData } from './generate';
import { startMenuServer } from './menu-server';
import { startProgrammesServer } from './programmes-server';
import type { ChildConfig, ChildMessage, ParentMessage, SqlCheck } from './protocol';
import { buildScenarios, type Scenario } from './scenarios';
import { startTrustFundsServer } from './trust-funds-server';

function send(message: ChildMessage) {
  process.send?.(message);
}

/** Records the statement texts sent through the raw client while `work` runs. */
async function recordStatements(client: RawClient, work: () => Promise<unknown>): Promise<string[]> {
  const target = client as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const original = target.query;
  const texts: string[] = [];
  target.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    texts.push(typeof first === 'string' ? first : (first as { text: string }).text);
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    target.query = original;
  }
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

export async function checkSameSql(
  client: RawClient,
  app: FastifyInstance,
  ceiling: FastifyInstance,
  scenarios: Scenario[],
  token: string,
): Promise<SqlCheck[]> {
  const checks: SqlCheck[] = [];
  for (const scenario of scenarios) {
    const request = {
      method: 'GET' as const,
      url: scenario.paths[0]!,
      headers: scenario.headers ?? (scenario.token ? { authorization: `Bearer ${token}` } : {}),
    };
    const answers: number[] = [];
    const appSql = await recordStatements(client, async () => {
      answers.push((await app.inject(request)).statusCode);
    });
    const ceilingSql = await recordStatements(client, async () => {
      answers.push((await ceiling.inject(request)).statusCode);
    });
    if (answers.some((code) => code !== 200)) {
      throw new Error(`${scenario.name}: ${request.url} answered ${answers.join(' / ')} (app / ceiling)`);
    }
    const same = appSql.length === ceilingSql.length && appSql.every((text, i) => text === ceilingSql[i]);
    checks.push({ scenario: scenario.name, same, app: appSql, ceiling: ceilingSql });
  }
  return checks;
}

/** EXPLAIN ANALYZE of the list statements, to read where the time goes. */
async function explainLists(client: RawClient, q: string) {
  const plans: Record<string, string[]> = {};
  const cases = {
    'list-filter': { framework: 'PFP', status: 'active', sort: 'name', limit: '25' },
    'list-search': { q, limit: '25' },
  };
  for (const [name, query] of Object.entries(cases)) {
    const statements = listStatements(staffScope, query);
    for (const part of ['items', 'count'] as const) {
      const { text, params } = statements[part];
      const rows = await runnerOf(client)(`explain (analyze, buffers, costs off) ${text}`, params);
      plans[`${name} ${part}`] = rows.map((row) => String(row['QUERY PLAN']));
    }
  }
  return plans;
}

async function openDatabase(config: ChildConfig): Promise<DatabaseHandle> {
  return config.database === 'pglite'
    ? openPglite(config.location)
    : openPostgres(config.location, { poolSize: config.poolSize });
}

async function main() {
  const config = JSON.parse(process.env.BENCH_CHILD_CONFIG ?? '') as ChildConfig;
  const database = await openDatabase(config);
  await database.migrate();
  if (config.scenario === 'menu') {
    const menu = await startMenuServer(config, database, checkSameSql);
    process.on('message', async (message: ParentMessage) => {
      if (message.type === 'cpu') {
        send({ type: 'cpu', ...process.cpuUsage() });
        return;
      }
      if (message.type === 'driver-time') {
        // Answered both ways, so that the runner knows the timer runs before it sends the import.
        if (message.on) menu.timer.start();
        send({ type: 'driver-time', ...(message.on ? { statements: 0, driverMs: 0 } : menu.timer.stop()) });
        return;
      }
      if (message.type === 'decision-check') return;
      await menu.close();
      await database.close();
      process.exit(0);
    });
    send(menu.ready);
    return;
  }
  if (config.scenario === 'programmes') {
    const programmes = await startProgrammesServer(config, database, checkSameSql);
    process.on('message', async (message: ParentMessage) => {
      if (message.type === 'cpu') {
        send({ type: 'cpu', ...process.cpuUsage() });
        return;
      }
      if (message.type === 'decision-check') {
        send({ type: 'decision-check', sides: await programmes.check() });
        return;
      }
      if (message.type === 'driver-time') return;
      await programmes.close();
      await database.close();
      process.exit(0);
    });
    send(programmes.ready);
    return;
  }
  if (config.scenario === 'trustfunds') {
    const trustFunds = await startTrustFundsServer(config, database);
    process.on('message', async (message: ParentMessage) => {
      if (message.type === 'cpu') {
        send({ type: 'cpu', ...process.cpuUsage() });
        return;
      }
      if (message.type !== 'stop') return;
      await trustFunds.close();
      await database.close();
      process.exit(0);
    });
    send(trustFunds.ready);
    return;
  }
  const started = performance.now();
  const data = await generateData(database.db, systemClock, {
    partners: config.partners,
    auditPerPartner: config.auditPerPartner,
  });
  // Fresh statistics, so that the planner sees the generated data (autovacuum would, later).
  await database.db.execute(sql`analyze`);
  const generationMs = Math.round(performance.now() - started);
  const [version] = await runnerOf(rawClientOf(database))('select version() as v');

  const app = await buildApp({
    database,
    clock: systemClock,
    publicUrl: 'http://127.0.0.1',
    sessionHours: 8,
    loginRateLimit: 10,
    logger: false,
  });
  const client = rawClientOf(database);
  const ceiling = await buildCeilingApp(client);
  const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const ceilingUrl = await ceiling.listen({ port: 0, host: '127.0.0.1' });

  const scenarios = buildScenarios(data);
  const sqlChecks = await checkSameSql(client, app, ceiling, scenarios, data.token);
  const plans = await explainLists(client, data.search.q);

  process.on('message', async (message: ParentMessage) => {
    if (message.type === 'cpu') {
      send({ type: 'cpu', ...process.cpuUsage() });
      return;
    }
    if (message.type === 'driver-time' || message.type === 'decision-check') return;
    await app.close();
    await ceiling.close();
    await database.close();
    process.exit(0);
  });
  send({
    type: 'ready',
    appUrl,
    ceilingUrl,
    token: data.token,
    detailIds: data.detailIds,
    search: data.search,
    counts: data.counts,
    generationMs,
    serverVersion: String(version?.v ?? 'unknown'),
    sqlChecks,
    plans,
  });
}

// The runner gone (Ctrl-C, crash): nobody will ask us to stop.
process.on('disconnect', () => process.exit(0));

main().catch((error: unknown) => {
  send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
