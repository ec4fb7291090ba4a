/**
 * `npm run bench`: the partner list and profile reads, the menu's search, activity page and import,
 * the programme page, implementation reports and nomination decisions, and the trust funds'
 * contributions report (`--scenario`), on PGlite and on PostgreSQL, the real app
 * next to the ceiling (the same SQL through the bare driver), measured with autocannon from this
 * process while a forked child (server.ts) serves. See docs/performance.md.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, type LoadOptions } from './measure';
import { buildImportXlsx } from './menu-generate';
import { type ImportRun, timeImport } from './menu-scenarios';
import { type BenchOptions, childConfig, describeGroup, parseOptions, usage } from './options';
import { createBenchDatabase, redact } from './postgres';
import { measureDecisions } from './programmes-scenarios';
import type {
  ChildConfig,
  ChildMessage,
  DatabaseKind,
  DecisionCounts,
  ReadyMessage,
  ScenarioGroup,
} from './protocol';
import {
  type BenchResults,
  checkTargets,
  compareScenario,
  formatTable,
  formatTargets,
  type TargetResult,
  trimChecks,
  writeResults,
} from './report';
import { buildScenarios } from './scenarios';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const cleanups: (() => Promise<void> | void)[] = [];

function packageVersion(name: string): string {
  try {
    const path = join(benchDir, '..', 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

const loadAverage = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

interface Server {
  ready: ReadyMessage;
  /** Server process CPU time so far, in microseconds. */
  cpu(): Promise<number>;
  /** The menu server: start timing the driver calls, or stop and tell what they took. */
  driverTime(on: boolean): Promise<{ statements: number; driverMs: number }>;
  /** The programmes server: the decision iterations' nominations by status. */
  decisionCheck(): Promise<Record<string, DecisionCounts>>;
  stop(): Promise<void>;
}

function startServer(config: ChildConfig): Promise<Server> {
  const child: ChildProcess = fork(join(benchDir, 'server.ts'), [], {
    env: { ...process.env, BENCH_CHILD_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.send({ type: 'stop' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  cleanups.push(stop);
  const cpu = () =>
    new Promise<number>((resolve) => {
      const onMessage = (message: ChildMessage) => {
        if (message.type !== 'cpu') return;
        child.off('message', onMessage);
        resolve(message.user + message.system);
      };
      child.on('message', onMessage);
      child.send({ type: 'cpu' });
    });
  const driverTime = (on: boolean) =>
    new Promise<{ statements: number; driverMs: number }>((resolve) => {
      const onMessage = (message: ChildMessage) => {
        if (message.type !== 'driver-time') return;
        child.off('message', onMessage);
        resolve({ statements: message.statements, driverMs: message.driverMs });
      };
      child.on('message', onMessage);
      child.send({ type: 'driver-time', on });
    });
  const decisionCheck = () =>
    new Promise<Record<string, DecisionCounts>>((resolve) => {
      const onMessage = (message: ChildMessage) => {
        if (message.type !== 'decision-check') return;
        child.off('message', onMessage);
        resolve(message.sides);
      };
      child.on('message', onMessage);
      child.send({ type: 'decision-check' });
    });
  return new Promise((resolve, reject) => {
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') resolve({ ready: message, cpu, driverTime, decisionCheck, stop });
      if (message.type === 'error') reject(new Error(`bench server: ${message.message}`));
    });
    void exited.then(() => reject(new Error(`bench server exited (code ${child.exitCode})`)));
  });
}

async function benchDatabase(
  kind: DatabaseKind,
  location: string,
  options: BenchOptions,
  load: LoadOptions,
  setup: string,
  group: ScenarioGroup,
): Promise<TargetResult> {
  console.log(describeGroup(kind, group, options));
  const server = await startServer(childConfig(kind, location, group, options));
  try {
    const { ready } = server;
    console.log(
      `${kind}: ${ready.serverVersion.split(' on ')[0]}; data in ${ready.generationMs} ms: ` +
        Object.entries(ready.counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', '),
    );
    for (const check of ready.sqlChecks) {
      if (!check.same) {
        console.warn(`${kind}: WARNING ${check.scenario}: the ceiling does not send the app's SQL any more`);
      }
    }
    const result: TargetResult = {
      database: kind,
      group,
      serverVersion: ready.serverVersion,
      setup,
      generationMs: ready.generationMs,
      search: ready.search,
      counts: ready.counts,
      sqlChecks: trimChecks(ready.sqlChecks),
      scenarios: [],
      plans: ready.plans,
    };
    const passes = [
      { connections: load.connections, mainOnly: false },
      ...(options.latencyConnections > 0
        ? [{ connections: options.latencyConnections, mainOnly: true }]
        : []),
    ];
    for (const pass of passes) {
      for (const scenario of ready.scenarios ?? buildScenarios(ready)) {
        if (pass.mainOnly && !scenario.main) continue;
        const headers: Record<string, string> =
          scenario.headers ?? (scenario.token ? { authorization: `Bearer ${ready.token}` } : {});
        const targets = {
          app: { url: ready.appUrl, paths: scenario.paths, headers },
          ceiling: { url: ready.ceilingUrl, paths: scenario.paths, headers },
        };
        const { app, ceiling } = await compare(
          targets.app,
          targets.ceiling,
          { ...load, connections: pass.connections },
          server.cpu,
        );
        for (const [side, stats] of [
          ['app', app],
          ['ceiling', ceiling],
        ] as const) {
          console.log(
            `${kind} ${scenario.name.padEnd(20)} ${String(pass.connections).padStart(3)} conns ${side.padEnd(7)}` +
              ` ${stats.rps.toFixed(0).padStart(6)} req/s  p50 ${stats.latencyMs.p50.toFixed(2)}` +
              `  p95 ${stats.latencyMs.p95.toFixed(2)}  p99 ${stats.latencyMs.p99.toFixed(2)} ms` +
              `  server cpu ${stats.serverCpuPercent} % (${stats.serverCpuMsPerRequest} ms/req)` +
              `  machine ${stats.machineBusyPercent} %` +
              (stats.non2xx + stats.errors > 0 ? `  (${stats.non2xx} non-2xx, ${stats.errors} errors)` : ''),
          );
        }
        result.scenarios.push(compareScenario(scenario, pass.connections, app, ceiling));
      }
    }
    if (kind === 'postgres' || group === 'menu') result.targets = checkTargets(result.scenarios, kind);
    if (group === 'menu' && ready.menu && options.importRuns > 0) {
      result.imports = await measureImports(kind, server, options);
    }
    if (group === 'programmes' && ready.decisions) {
      if (!ready.decisions.reportRoutes)
        console.warn(
          `${kind}: the implementation reports' routes are not in the app: their scenarios were left out`,
        );
      result.decisions = await measureDecisions(kind, server, {
        clients: options.decisionClients,
        rounds: options.rounds,
      });
    }
    return result;
  } finally {
    await server.stop();
  }
}

/**
 * The menu import, end to end over HTTP: a dry run of the file, then `importRuns` real runs, each of
 * a file of its own (the same rows, codes prefixed) into the next menu year, which is empty.
 */
async function measureImports(kind: DatabaseKind, server: Server, options: BenchOptions) {
  const { ready } = server;
  const menu = ready.menu!;
  const runs: ImportRun[] = [];
  let fileBytes = 0;
  let buildMs = 0;
  for (let run = 0; run <= options.importRuns; run++) {
    const started = performance.now();
    const file = await buildImportXlsx(
      options.importRows,
      menu.year + 1,
      menu,
      run === 0 ? 'DRY-' : `I${run}-`,
    );
    buildMs = Math.round(performance.now() - started);
    fileBytes = file.length;
    await server.driverTime(true);
    const result = await timeImport(ready.appUrl, ready.token, file, run === 0);
    const driver = await server.driverTime(false);
    runs.push({ ...result, ...driver, buildMs });
    console.log(
      `${kind} menu import ${result.dryRun ? 'dry run ' : 'real run'} ${result.rows} rows, ${Math.round(fileBytes / 1024)} KiB: ` +
        `${result.wallMs} ms, HTTP ${result.status}, ${result.activities} activities, ${result.iterations} iterations; ` +
        `${driver.statements} statements waited on the driver for ${driver.driverMs} ms` +
        (result.firstErrors ? ` — ${JSON.stringify(result.firstErrors)}` : ''),
    );
  }
  return { fileBytes, buildMs, runs };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    console.log(usage);
    return;
  }
  const load: LoadOptions = {
    connections: options.connections,
    duration: options.duration,
    warmup: options.warmup,
    rounds: options.rounds,
  };
  const startedAt = new Date().toISOString();
  const results: BenchResults = {
    startedAt,
    finishedAt: startedAt,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      totalMemoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      loadAverageAtStart: loadAverage(),
      loadAverageAtEnd: [],
      packages: Object.fromEntries(
        ['fastify', 'drizzle-orm', '@electric-sql/pglite', 'pg', 'autocannon', 'zod'].map((name) => [
          name,
          packageVersion(name),
        ]),
      ),
    },
    settings: {
      partners: options.partners,
      auditPerPartner: options.auditPerPartner,
      connections: options.connections,
      latencyConnections: options.latencyConnections,
      durationSeconds: options.duration,
      warmupSeconds: options.warmup,
      rounds: options.rounds,
      postgresPoolSize: options.poolSize,
      pipelining: 1,
      quick: options.quick,
      postgresUrl: redact(options.postgresUrl),
      scenarios: options.scenarios,
      menu: {
        iterations: options.menuIterations,
        years: options.menuYears,
        partners: options.menuPartners,
        importRows: options.importRows,
        importRuns: options.importRuns,
      },
      programmes: {
        nominations: options.nominations,
        decisionPending: options.decisionPending,
        decisionClients: options.decisionClients,
      },
      trustFunds: { transactions: options.transactions, donors: options.donors, projects: options.projects },
    },
    targets: [],
  };
  console.log(
    `Entente bench: ${options.partners} partners, ${options.connections} connections, ` +
      `${options.warmup} s warm-up + ${options.duration} s per side in ${options.rounds} alternating rounds; ${results.machine.cpus} CPUs, ` +
      `node ${process.version}, load average ${results.machine.loadAverageAtStart.join(' ')}`,
  );

  if ((results.machine.loadAverageAtStart[0] ?? 0) > results.machine.cpus / 2) {
    console.warn(
      'WARNING: the machine is already busy (load average above half its CPUs): the figures will be noisy; ' +
        'the results record the load average at start and end, and each run its machine CPU.',
    );
  }

  // Each scenario group gets a database of its own, filled with its own data set.
  for (const kind of options.databases) {
    for (const group of options.scenarios) {
      if (kind === 'pglite') {
        const dir = mkdtempSync(join(os.tmpdir(), 'entente-bench-pglite-'));
        cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
        const setup = 'PGlite in a folder (embedded mode), single connection, in the server process';
        results.targets.push(await benchDatabase(kind, dir, options, load, setup, group));
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      const created = await createBenchDatabase(options.postgresUrl);
      if (!created.ok) {
        const reason = `PostgreSQL unreachable at ${redact(options.postgresUrl)}: ${created.reason}`;
        console.log(`\npostgres: NOT MEASURED — ${reason}. Running PGlite only.`);
        results.targets.push({ database: 'postgres', group, skipped: reason, scenarios: [] });
        continue;
      }
      const { database } = created;
      cleanups.push(() => database.drop().catch(() => {}));
      try {
        const setup = `PostgreSQL on ${new URL(database.url).host}, database ${database.name}, pool of ${options.poolSize}`;
        results.targets.push(await benchDatabase(kind, database.url, options, load, setup, group));
      } finally {
        await database
          .drop()
          .catch((error: unknown) => console.warn(`could not drop ${database.name}:`, error));
      }
    }
  }

  results.finishedAt = new Date().toISOString();
  results.machine.loadAverageAtEnd = loadAverage();
  const path = writeResults(join(benchDir, 'results'), results);
  console.log(`\n${formatTable(results)}\n\n${formatTargets(results)}\n\nResults: ${path} (and latest.json)`);
}

async function cleanUp() {
  for (const cleanup of cleanups.reverse()) await cleanup();
}

process.on('SIGINT', () => {
  void cleanUp().finally(() => process.exit(130));
});

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await cleanUp();
  process.exitCode = 1;
});
