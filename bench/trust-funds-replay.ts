import Fastify, { type FastifyInstance } from 'fastify';
import type { RawClient } from './ceiling';
import { recordWrite, type WriteStep } from './decision-replay';
import type { SqlCheck } from './protocol';
import { statementOf } from './replay';
import type { Scenario } from './scenarios';

/**
 * The trust-fund group's ceiling. The reports run their statement in a read-only transaction of their
 * own (`set local work_mem`, `set local jit = off`: tf-reports.queries.ts), which replay.ts cannot see:
 * it records the calls made on the pool or the PGlite object itself, and on PostgreSQL a transaction
 * runs on a client taken from the pool. So here every driver call is recorded, the transaction's
 * included (`recordWrite` of decision-replay.ts: on PostgreSQL every `pg.Client#query`, on PGlite the
 * object's `query` and its transaction's), and the ceiling's bare route replays them in order: those
 * outside a transaction on the pool, the transaction's on one client between the recorded BEGIN and
 * COMMIT (PGlite: in its `transaction`). The SQL check records both sides the same way and compares the
 * statement texts, transaction statements marked, so a ceiling that skipped the transaction would fail it.
 */

type Query = (...args: unknown[]) => Promise<{ rows?: unknown[] }>;
interface Driver {
  query: Query;
  connect?: () => Promise<{ query: Query; release: (error?: unknown) => void }>;
  transaction?: (cb: (tx: { query: Query }) => Promise<unknown>) => Promise<unknown>;
}
type Kind = 'pglite' | 'postgres';
type Call = (query: Query, step: WriteStep) => Promise<{ rows?: unknown[] }>;

const send: Call = (query, step) => query(...step.args);

/** Sends the steps again: outside a transaction on the pool, each run of transaction steps on one client. */
async function runSteps(client: RawClient, kind: Kind, steps: WriteStep[], call: Call = send) {
  const driver = client as unknown as Driver;
  const results: unknown[][] = [];
  let i = 0;
  while (i < steps.length) {
    if (!steps[i]!.inTransaction) {
      results.push((await call(driver.query.bind(driver), steps[i++]!)).rows ?? []);
      continue;
    }
    const end = steps.findIndex((s, k) => k > i && !s.inTransaction);
    const stop = end < 0 ? steps.length : end;
    const segment = async (query: Query) => {
      for (; i < stop; i++) results.push((await call(query, steps[i]!)).rows ?? []);
    };
    if (kind === 'pglite') {
      await driver.transaction!((tx) => segment(tx.query.bind(tx)));
      continue;
    }
    const connection = await driver.connect!();
    try {
      await segment(connection.query.bind(connection));
      connection.release();
    } catch (error) {
      await connection.query('rollback').catch(() => {});
      connection.release(error);
      throw error;
    }
  }
  return results;
}

const texts = (steps: WriteStep[]) =>
  steps.map(
    (s) =>
      `${s.inTransaction ? '(in transaction) ' : ''}${statementOf(s.args).text.replace(/\s+/g, ' ').trim()}`,
  );

interface Injectable {
  inject(request: {
    method: 'GET';
    url: string;
    headers: Record<string, string>;
  }): Promise<{ statusCode: number; body: string }>;
}

async function record(
  server: Injectable,
  client: RawClient,
  kind: Kind,
  url: string,
  headers: Record<string, string>,
) {
  let answer = { statusCode: 0, body: '' };
  const steps = await recordWrite(client, kind, async () => {
    answer = await server.inject({ method: 'GET', url, headers });
  });
  if (answer.statusCode !== 200)
    throw new Error(`${url} answered ${answer.statusCode}: ${answer.body.slice(0, 300)}`);
  return { steps, body: answer.body };
}

/**
 * Records the app's driver calls for every path of every scenario (one request first: plans, caches,
 * the token's last-used stamp), must answer 200. The first path of each scenario is explained (the
 * statements matching `reads`, in their transaction with its settings), and its JSON body handed to `inspect`.
 */
export async function recordTransactionScenarios(
  app: Injectable,
  client: RawClient,
  kind: Kind,
  scenarios: Scenario[],
  reads: RegExp,
  inspect: (scenario: Scenario, body: unknown) => void,
) {
  const recordings = new Map<string, WriteStep[]>();
  const plans: Record<string, string[]> = {};
  /** The first request of each path: the one that fills the kept sums of its currency, if any. */
  const firstMs: Record<string, number> = {};
  for (const scenario of scenarios) {
    for (const path of scenario.paths) {
      const started = performance.now();
      await app.inject({ method: 'GET', url: path, headers: scenario.headers ?? {} });
      if (path === scenario.paths[0]) firstMs[scenario.name] = Math.round(performance.now() - started);
      const { steps, body } = await record(app, client, kind, path, scenario.headers ?? {});
      recordings.set(path, steps);
      if (path !== scenario.paths[0]) continue;
      inspect(scenario, JSON.parse(body));
      let n = 0;
      await runSteps(client, kind, steps, async (query, step) => {
        const { text, params } = statementOf(step.args);
        if (!reads.test(text)) return query(...step.args);
        const answer = await query(`explain (analyze, buffers, costs off) ${text}`, params);
        plans[`${scenario.name} #${++n}`] = (answer.rows ?? []).map((row) =>
          String((row as Record<string, unknown>)['QUERY PLAN']),
        );
        return answer;
      });
    }
  }
  return { recordings, plans, firstMs };
}

/** The replaying ceiling: one bare GET route answering every recorded URL with its calls' rows. */
export function buildTransactionReplayCeiling(
  client: RawClient,
  kind: Kind,
  recordings: Map<string, WriteStep[]>,
): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('*', async (request, reply) => {
    const steps = recordings.get(request.url);
    if (!steps) return reply.code(404).send({ status: 404 });
    return { results: await runSteps(client, kind, steps) };
  });
  return app;
}

/** Records one request of each scenario through both sides, every driver call included, and compares. */
export async function checkSameCalls(
  client: RawClient,
  kind: Kind,
  app: Injectable,
  ceiling: Injectable,
  scenarios: Scenario[],
): Promise<SqlCheck[]> {
  const checks: SqlCheck[] = [];
  for (const scenario of scenarios) {
    const path = scenario.paths[0]!;
    const appSql = texts((await record(app, client, kind, path, scenario.headers ?? {})).steps);
    const ceilingSql = texts((await record(ceiling, client, kind, path, scenario.headers ?? {})).steps);
    const same = appSql.length === ceilingSql.length && appSql.every((text, i) => text === ceilingSql[i]);
    checks.push({ scenario: scenario.name, same, app: appSql, ceiling: ceilingSql });
  }
  return checks;
}
