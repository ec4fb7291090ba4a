import Fastify, { type FastifyInstance } from 'fastify';
import type { RawClient } from './ceiling';
import type { Scenario } from './scenarios';

/**
 * The menu scenarios, and their ceiling. The menu's statements are long, built from the filter, and
 * run partly in parallel (the page and the facet counts go out together), so instead of writing them
 * out again as ceiling.ts does for the partners, the ceiling here **replays** them: for each
 * benchmarked URL the server records what the app sent to the driver for one request — every call's
 * arguments (text, parameters, row mode and type parsers alike), grouped by what was in flight
 * together — and the ceiling route sends exactly those calls again, group after group, each group's
 * calls together, through the very same driver object, and answers the rows as JSON. The SQL check
 * (server.ts) then compares the statement texts the two sides send, as for the partners.
 */

export interface MenuScenarioData {
  token: string;
  liaisonToken: string;
  /** The current menu year: the default one of the page, with open, published and draft activities. */
  year: number;
  detailIds: string[];
}

export const menuSearchPath = (year: number) =>
  `/api/v1/menu/activities?year=${year}&q=${encodeURIComponent('sécurité')}&area=CRISIS,CT,MARSEC&limit=25`;

export function buildMenuScenarios(data: MenuScenarioData): Scenario[] {
  const staff = { authorization: `Bearer ${data.token}` };
  const liaison = { authorization: `Bearer ${data.liaisonToken}` };
  return [
    {
      name: 'menu-search',
      description: `GET ${menuSearchPath(data.year)} with facets (staff token): French text, accents, three areas`,
      token: true,
      headers: staff,
      paths: [menuSearchPath(data.year)],
      main: true,
    },
    {
      name: 'menu-browse',
      description: `GET /api/v1/menu/activities?year=${data.year}&kind=course&language=en&limit=25 with facets (staff token): no text, the largest base for the facets`,
      token: true,
      headers: staff,
      paths: [`/api/v1/menu/activities?year=${data.year}&kind=course&language=en&limit=25`],
      main: true,
    },
    {
      name: 'menu-search-liaison',
      description: `GET /api/v1/menu/activities?year=${data.year}&q=cyber&openNow=true&limit=25 with facets (a partner liaison: releasability and eligibility apply)`,
      token: true,
      headers: liaison,
      paths: [`/api/v1/menu/activities?year=${data.year}&q=cyber&openNow=true&limit=25`],
      main: true,
    },
    {
      name: 'menu-activity',
      description: `GET /api/v1/menu/activities/:id, cycling over ${data.detailIds.length} activities (staff token)`,
      token: true,
      headers: staff,
      paths: data.detailIds.map((id) => `/api/v1/menu/activities/${id}`),
      main: true,
    },
  ];
}

/** The p95 targets of the issue, per scenario and database. */
export function menuTarget(scenario: string, database: 'pglite' | 'postgres'): number | null {
  if (scenario === 'menu-activity') return 10;
  if (scenario.startsWith('menu-')) return database === 'postgres' ? 30 : 150;
  return null;
}

type Args = unknown[];
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

/** EXPLAIN ANALYZE of the recorded statements that read the menu (the token lookup left out). */
export async function explainRecording(client: RawClient, name: string, recording: Recording) {
  const target = client as unknown as {
    query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;
  };
  const plans: Record<string, string[]> = {};
  let n = 0;
  for (const args of recording.flat()) {
    const { text, params } = statementOf(args);
    if (!/\b(activities|iterations)\b/.test(text)) continue;
    const { rows } = await target.query(`explain (analyze, buffers, costs off) ${text}`, params);
    plans[`${name} #${++n}`] = rows.map((row) => String((row as Record<string, unknown>)['QUERY PLAN']));
  }
  return plans;
}

export interface ImportRun {
  dryRun: boolean;
  rows: number;
  status: number;
  /** POST sent to answer received: upload, parse, checks, the writes, the report. */
  wallMs: number;
  activities: number;
  iterations: number;
  errorCount: number;
  firstErrors?: unknown[];
  /** The ceiling: statements the import sent, and the time spent in the driver and database on them. */
  statements?: number;
  driverMs?: number;
  /** Building the XLSX in the runner (not part of the wall time). */
  buildMs?: number;
}

/** POSTs a file to the app's import and times it end to end, as a browser's upload would be. */
export async function timeImport(
  appUrl: string,
  token: string,
  file: Buffer,
  dryRun: boolean,
): Promise<ImportRun> {
  const started = performance.now();
  const response = await fetch(`${appUrl}/api/v1/menu/imports?dryRun=${dryRun}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    body: new Uint8Array(file),
  });
  const text = await response.text();
  const wallMs = Math.round(performance.now() - started);
  let report: {
    rows?: number;
    activities?: number;
    iterations?: number;
    errorCount?: number;
    errors?: unknown[];
  } = {};
  try {
    report = JSON.parse(text);
  } catch {
    report = { errors: [text.slice(0, 300)] };
  }
  return {
    dryRun,
    rows: report.rows ?? 0,
    status: response.status,
    wallMs,
    activities: report.activities ?? 0,
    iterations: report.iterations ?? 0,
    errorCount: report.errorCount ?? 0,
    ...(response.status >= 300 ? { firstErrors: (report.errors ?? [text.slice(0, 300)]).slice(0, 5) } : {}),
  };
}

/**
 * Times every driver call while on, whatever connection or transaction it goes through: the import
 * runs in a transaction, on a pool client (PostgreSQL) or a PGlite transaction object, which the
 * recording above does not see. The sum is the import's "ceiling": the time its statements took in
 * the driver and the database, as the app sent them, one after the other.
 */
export async function driverTimer(client: RawClient, kind: 'pglite' | 'postgres') {
  let statements = 0;
  let driverMs = 0;
  let on = false;
  const timed = (original: (...args: unknown[]) => Promise<unknown>) =>
    function (this: unknown, ...args: unknown[]) {
      if (!on) return original.apply(this, args);
      const started = performance.now();
      const done = () => {
        driverMs += performance.now() - started;
      };
      statements++;
      // pg-pool calls Client#query with a callback (and gets no promise back): time that one through it.
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        args[last] = (...results: unknown[]) => {
          done();
          return callback(...results);
        };
        return original.apply(this, args);
      }
      return original.apply(this, args).finally(done);
    };
  if (kind === 'postgres') {
    // Pool queries and transaction clients alike end in Client#query.
    const pg = (await import('pg')).default;
    const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => Promise<unknown> };
    proto.query = timed(proto.query);
  } else {
    const lite = client as unknown as {
      query: (...args: unknown[]) => Promise<unknown>;
      transaction: (
        cb: (tx: { query: (...args: unknown[]) => Promise<unknown> }) => Promise<unknown>,
      ) => Promise<unknown>;
    };
    lite.query = timed(lite.query.bind(lite));
    const transaction = lite.transaction.bind(lite);
    lite.transaction = (cb) =>
      transaction((tx) => {
        tx.query = timed(tx.query.bind(tx));
        return cb(tx);
      });
  }
  return {
    start() {
      statements = 0;
      driverMs = 0;
      on = true;
    },
    stop() {
      on = false;
      return { statements, driverMs: Math.round(driverMs) };
    },
  };
}
