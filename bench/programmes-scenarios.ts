import http from 'node:http';
import { percentile } from './measure';
import type { DecisionCounts, ReadyMessage } from './protocol';
import type { Scenario } from './scenarios';

/**
 * The programmes scenarios (issue 4): the programme page and the implementation reports, read through
 * the app and through the replaying ceiling (replay.ts), and the nomination decisions under
 * contention (decision-replay.ts for the ceiling; the load is sent by `decide` below).
 */

export interface ProgrammeScenarioData {
  token: string;
  liaisonToken: string;
  pageIds: string[];
  liaisonIds: string[];
  partnerIds: string[];
}

/** Every read scenario's name: the PostgreSQL target (p95 ≤ 25 ms) applies to them. */
export const programmeScenarioNames = [
  'programme-page',
  'programme-page-liaison',
  'programme-report',
  'partner-report',
] as const;

/**
 * The read scenarios. `reports` says whether the app has the implementation reports' routes
 * (programmes-report.routes.ts): without them the two report scenarios are left out.
 */
export function buildProgrammeScenarios(data: ProgrammeScenarioData, reports: boolean): Scenario[] {
  const staff = { authorization: `Bearer ${data.token}` };
  const liaison = { authorization: `Bearer ${data.liaisonToken}` };
  const scenarios: Scenario[] = [
    {
      name: 'programme-page',
      description: `GET /api/v1/programmes/:id, cycling over ${data.pageIds.length} versions of every size (staff token)`,
      token: true,
      headers: staff,
      paths: data.pageIds.map((id) => `/api/v1/programmes/${id}`),
      main: true,
    },
    {
      name: 'programme-page-liaison',
      description: `GET /api/v1/programmes/:id, cycling over the ${data.liaisonIds.length} versions of the liaison's own partner (liaison token)`,
      token: true,
      headers: liaison,
      paths: data.liaisonIds.map((id) => `/api/v1/programmes/${id}`),
      main: true,
    },
  ];
  if (!reports) return scenarios;
  return [
    ...scenarios,
    {
      name: 'programme-report',
      description: `GET /api/v1/programmes/:id/report, cycling over the same ${data.pageIds.length} versions (staff token)`,
      token: true,
      headers: staff,
      paths: data.pageIds.map((id) => `/api/v1/programmes/${id}/report`),
      main: true,
    },
    {
      name: 'partner-report',
      description: `GET /api/v1/partners/:id/implementation-report (all years), cycling over the ${data.partnerIds.length} partners (staff token)`,
      token: true,
      headers: staff,
      paths: data.partnerIds.map((id) => `/api/v1/partners/${id}/implementation-report`),
      main: true,
    },
  ];
}

/** The bar for the reads: p95 ≤ 25 ms on PostgreSQL (none is set for PGlite). */
export function programmesTarget(scenario: string, database: 'pglite' | 'postgres'): number | null {
  if (database !== 'postgres') return null;
  return (programmeScenarioNames as readonly string[]).includes(scenario) ? 25 : null;
}

export interface DecisionRun {
  decisions: number;
  ok: number;
  non2xx: number;
  errors: number;
  seconds: number;
  latencies: number[];
  /** The first unexpected answers, to tell what went wrong. */
  firstFailures: string[];
}

/**
 * `clients` concurrent clients, each taking the next nomination of `ids` and deciding it ("accept",
 * If-Match at version 1: every nomination is pending, never changed), one request at a time on a
 * keep-alive connection of its own, until the list is done.
 */
export async function decide(
  baseUrl: string,
  token: string,
  ids: string[],
  clients: number,
): Promise<DecisionRun> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const body = JSON.stringify({ decision: 'accept' });
  const run: DecisionRun = {
    decisions: 0,
    ok: 0,
    non2xx: 0,
    errors: 0,
    seconds: 0,
    latencies: [],
    firstFailures: [],
  };
  let next = 0;
  const post = (id: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: `/api/v1/nominations/${id}/decision`,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'if-match': `"${id}.1"`,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      const started = performance.now();
      try {
        const { status, text } = await post(id);
        const elapsed = performance.now() - started;
        run.decisions++;
        if (status >= 200 && status < 300) {
          run.ok++;
          run.latencies.push(elapsed);
        } else {
          run.non2xx++;
          if (run.firstFailures.length < 5) run.firstFailures.push(`${status} ${text.slice(0, 200)}`);
        }
      } catch (error) {
        run.errors++;
        if (run.firstFailures.length < 5) run.firstFailures.push(String(error));
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, worker));
  run.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return run;
}

export interface DecisionSideResult {
  decisions: number;
  ok: number;
  non2xx: number;
  errors: number;
  /** 2xx answers per second over the measured rounds. */
  decisionsPerSecond: number;
  perRound: number[];
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  /** Server process CPU per decision, in ms (app and ceiling share the process, one at a time). */
  serverCpuMsPerDecision: number | null;
  firstFailures: string[];
}

export interface DecisionResult {
  clients: number;
  /** Pending nominations per side, of which `warmup` decided first and not counted. */
  pending: number;
  warmup: number;
  seats: number;
  rounds: number;
  app: DecisionSideResult;
  ceiling: DecisionSideResult;
  throughputRatio: number;
  /** Each decision iteration's nominations by status at the end (and the recording's). */
  counts: Record<string, DecisionCounts>;
  ok: boolean;
  problems: string[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function summariseDecisions(runs: { run: DecisionRun; cpuMicros: number }[]): DecisionSideResult {
  const latencies = Float64Array.from(runs.flatMap((r) => r.run.latencies)).sort();
  const seconds = runs.reduce((sum, r) => sum + r.run.seconds, 0);
  const ok = runs.reduce((sum, r) => sum + r.run.ok, 0);
  const cpu = runs.reduce((sum, r) => sum + r.cpuMicros, 0);
  return {
    decisions: runs.reduce((sum, r) => sum + r.run.decisions, 0),
    ok,
    non2xx: runs.reduce((sum, r) => sum + r.run.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.run.errors, 0),
    decisionsPerSecond: Math.round((ok / seconds) * 10) / 10,
    perRound: runs.map((r) => Math.round(r.run.ok / r.run.seconds)),
    latencyMs: {
      mean: round2(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
      p50: round2(percentile(latencies, 50)),
      p95: round2(percentile(latencies, 95)),
      p99: round2(percentile(latencies, 99)),
      max: round2(percentile(latencies, 100)),
    },
    serverCpuMsPerDecision: ok > 0 ? round2(cpu / 1000 / ok) : null,
    firstFailures: runs.flatMap((r) => r.run.firstFailures).slice(0, 5),
  };
}

/** What the end state must be: seats never exceeded, every decision a seat or the waiting list. */
function checkCounts(counts: Record<string, DecisionCounts>, pending: number, seats: number): string[] {
  const problems: string[] = [];
  for (const side of ['app', 'ceiling'] as const) {
    const c = counts[side];
    if (!c) {
      problems.push(`${side}: no counts`);
      continue;
    }
    if (c.accepted > c.seats) problems.push(`${side}: ${c.accepted} accepted for ${c.seats} seats`);
    if (c.accepted !== Math.min(seats, pending))
      problems.push(`${side}: ${c.accepted} accepted, ${Math.min(seats, pending)} expected`);
    if (c.pending > 0) problems.push(`${side}: ${c.pending} still pending`);
    if (c.other > 0) problems.push(`${side}: ${c.other} neither accepted nor waitlisted`);
    if (c.accepted + c.waitlisted !== pending)
      problems.push(`${side}: ${c.accepted + c.waitlisted} decided of ${pending}`);
    if (c.versionNotTwo > 0)
      problems.push(`${side}: ${c.versionNotTwo} decided nominations not at version 2`);
  }
  return problems;
}

/**
 * The decision throughput under contention: each side decides its own iteration's pending
 * nominations with `clients` concurrent clients — a warm-up share first (not counted), then the rest
 * in `rounds` alternating app / ceiling slices — and the iterations are checked at the end.
 */
export async function measureDecisions(
  kind: string,
  server: {
    ready: ReadyMessage;
    cpu(): Promise<number>;
    decisionCheck(): Promise<Record<string, DecisionCounts>>;
  },
  options: { clients: number; rounds: number },
): Promise<DecisionResult> {
  const { ready } = server;
  const data = ready.decisions!;
  const pending = data.app.ids.length;
  const warmup = Math.min(200, Math.floor(pending * 0.04));
  const urls = { app: ready.appUrl, ceiling: ready.ceilingUrl };
  for (const side of ['app', 'ceiling'] as const) {
    await decide(urls[side], ready.token, data[side].ids.slice(0, warmup), options.clients);
  }
  const rest = { app: data.app.ids.slice(warmup), ceiling: data.ceiling.ids.slice(warmup) };
  const slice = Math.ceil(rest.app.length / options.rounds);
  const runs = {
    app: [] as { run: DecisionRun; cpuMicros: number }[],
    ceiling: [] as { run: DecisionRun; cpuMicros: number }[],
  };
  for (let r = 0; r < options.rounds; r++) {
    const order = r % 2 === 0 ? (['app', 'ceiling'] as const) : (['ceiling', 'app'] as const);
    for (const side of order) {
      const ids = rest[side].slice(r * slice, (r + 1) * slice);
      if (ids.length === 0) continue;
      const before = await server.cpu();
      const run = await decide(urls[side], ready.token, ids, options.clients);
      runs[side].push({ run, cpuMicros: (await server.cpu()) - before });
    }
  }
  const app = summariseDecisions(runs.app);
  const ceiling = summariseDecisions(runs.ceiling);
  for (const [side, stats] of [
    ['app', app],
    ['ceiling', ceiling],
  ] as const) {
    console.log(
      `${kind} nomination-decision ${String(options.clients).padStart(3)} clients ${side.padEnd(7)}` +
        ` ${stats.decisionsPerSecond.toFixed(0).padStart(6)} decisions/s  p50 ${stats.latencyMs.p50.toFixed(2)}` +
        `  p95 ${stats.latencyMs.p95.toFixed(2)}  p99 ${stats.latencyMs.p99.toFixed(2)} ms` +
        `  server cpu ${stats.serverCpuMsPerDecision} ms/decision` +
        (stats.non2xx + stats.errors > 0
          ? `  (${stats.non2xx} non-2xx, ${stats.errors} errors: ${stats.firstFailures.join(' | ')})`
          : ''),
    );
  }
  const counts = await server.decisionCheck();
  const problems = [
    ...checkCounts(counts, pending, data.seats),
    ...(app.non2xx + app.errors > 0 ? [`app: ${app.non2xx} non-2xx, ${app.errors} errors`] : []),
    ...(ceiling.non2xx + ceiling.errors > 0
      ? [`ceiling: ${ceiling.non2xx} non-2xx, ${ceiling.errors} errors`]
      : []),
  ];
  console.log(
    `${kind} nomination-decision check: ` +
      (problems.length === 0
        ? `ok — each side ${counts.app?.accepted} accepted (${data.seats} seats), ${counts.app?.waitlisted} / ${counts.ceiling?.waitlisted} waitlisted, none pending`
        : `FAILED — ${problems.join('; ')}`),
  );
  return {
    clients: options.clients,
    pending,
    warmup,
    seats: data.seats,
    rounds: options.rounds,
    app,
    ceiling,
    throughputRatio:
      ceiling.decisionsPerSecond > 0 ? round2(app.decisionsPerSecond / ceiling.decisionsPerSecond) : 0,
    counts,
    ok: problems.length === 0,
    problems,
  };
}
