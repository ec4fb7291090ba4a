import Fastify, { type FastifyInstance } from 'fastify';
import type { RawClient } from './ceiling';
import type { Scenario } from './scenarios';

/**
 * The replaying ceiling, shared by the menu (menu-server.ts) and the programmes
 * (programmes-server.ts). Their statements are long, built from the request, and run partly in
 * parallel, so instead of writing them out again as ceiling.ts does for the partners, the ceiling
 * **replays** them: for each benchmarked URL the server records what the app sent to the driver for
 * one request — every call's arguments (text, parameters, row mode and type parsers alike), grouped
 * by what was in flight together — and the ceiling route sends exactly those calls again, group after
 * group, each group's calls together, through the very same driver object, and answers the rows as
 * JSON. The SQL check (server.ts) then compares the statement texts the two sides send.
 */

export type Args = unknown[];
type Queryable = { query: (...args: unknown[]) => Promise<{ rows?: unknown[] }> };

/** The calls one request sent to the driver: groups in order, the calls of a group in flight together. */
export type Recording = Args[][];

/** Records the driver calls (all arguments) made while `work` runs. */
export async function recordCalls(client: RawClient, work: () => Promise<unknown>): Promise<Recording> {
  const target = client as unknown as Queryable;
  const original = target.query;
  const groups: Recording = [];
  let inFlight = 0;
  target.query = function (this: unknown, ...args: unknown[]) {
    if (inFlight === 0) groups.push([]);
    groups[groups.length - 1]!.push(args);
    inFlight++;
    return original.apply(this, args).finally(() => {
      inFlight--;
    });
  };
  try {
    await work();
  } finally {
    target.query = original;
  }
  return groups;
}

/** The statement text and parameters of one recorded call, on either driver. */
export function statementOf(args: Args): { text: string; params: unknown[] } {
  const first = args[0];
  if (typeof first === 'string') return { text: first, params: (args[1] as unknown[]) ?? [] };
  // node-postgres: a config object (text, row mode, type parsers), the parameters beside it.
  const config = first as { text: string; values?: unknown[] };
  return { text: config.text, params: (args[1] as unknown[]) ?? config.values ?? [] };
}

/** The replaying ceiling: one bare GET route answering every recorded URL. */
export function buildReplayCeiling(client: RawClient, recordings: Map<string, Recording>): FastifyInstance {
  const target = client as unknown as Queryable;
  const app = Fastify({ logger: false });
  app.get('*', async (request, reply) => {
    const recording = recordings.get(request.url);
    if (!recording) return reply.code(404).send({ status: 404 });
    const results: unknown[][] = [];
    for (const group of recording) {
      const answers = await Promise.all(group.map((args) => target.query(...args)));
      for (const answer of answers) results.push(answer.rows ?? []);
    }
    return { results };
  });
  return app;
}

/** EXPLAIN ANALYZE of the recorded statements whose text matches `reads` (the token lookup left out). */
export async function explainRecording(client: RawClient, name: string, recording: Recording, reads: RegExp) {
  const target = client as unknown as {
    query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;
  };
  const plans: Record<string, string[]> = {};
  let n = 0;
  for (const args of recording.flat()) {
    const { text, params } = statementOf(args);
    if (!reads.test(text)) continue;
    const { rows } = await target.query(`explain (analyze, buffers, costs off) ${text}`, params);
    plans[`${name} #${++n}`] = rows.map((row) => String((row as Record<string, unknown>)['QUERY PLAN']));
  }
  return plans;
}

interface Injectable {
  inject(request: {
    method: 'GET';
    url: string;
    headers: Record<string, string>;
  }): Promise<{ statusCode: number; body: string }>;
}

/**
 * Records the app's driver calls for every path of every scenario: one request first (plans, caches,
 * the token's last-used stamp), then the recorded one, which must answer 200. The first path of each
 * scenario is explained (statements matching `reads`), and its JSON body handed to `inspect`.
 */
export async function recordScenarios(
  app: Injectable,
  client: RawClient,
  scenarios: Scenario[],
  reads: RegExp,
  inspect: (scenario: Scenario, body: unknown) => void = () => {},
) {
  const recordings = new Map<string, Recording>();
  const plans: Record<string, string[]> = {};
  for (const scenario of scenarios) {
    for (const path of scenario.paths) {
      const request = { method: 'GET' as const, url: path, headers: scenario.headers ?? {} };
      await app.inject(request);
      let status = 0;
      let body = '';
      const recording = await recordCalls(client, async () => {
        const response = await app.inject(request);
        status = response.statusCode;
        body = response.body;
      });
      if (status !== 200)
        throw new Error(`${scenario.name}: ${path} answered ${status}: ${body.slice(0, 300)}`);
      recordings.set(path, recording);
      if (path === scenario.paths[0]) {
        inspect(scenario, JSON.parse(body));
        Object.assign(plans, await explainRecording(client, scenario.name, recording, reads));
      }
    }
  }
  return { recordings, plans };
}
