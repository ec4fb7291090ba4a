import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stats } from './measure';
import type { ImportRun } from './menu-scenarios';
import { menuTarget } from './menu-scenarios';
import { type DecisionResult, programmesTarget } from './programmes-scenarios';
import type { DatabaseKind, ScenarioGroup, SqlCheck } from './protocol';
import { trustFundScenarioNames, trustFundsTarget } from './trust-funds-scenarios';

export interface ScenarioResult {
  name: string;
  description: string;
  main: boolean;
  connections: number;
  app: Stats;
  ceiling: Stats;
  /** app rps / ceiling rps. */
  throughputRatio: number;
  /** app p95 / ceiling p95. */
  p95Ratio: number;
}

export interface TargetResult {
  database: DatabaseKind;
  /** The partner register's scenarios or the menu's (absent in results written before the menu). */
  group?: ScenarioGroup;
  /** Why this database was not measured (e.g. PostgreSQL unreachable). */
  skipped?: string;
  serverVersion?: string;
  setup?: string;
  generationMs?: number;
  search?: { q: string; matches: number };
  counts?: Record<string, number>;
  sqlChecks?: { scenario: string; same: boolean; app?: string[]; ceiling?: string[] }[];
  scenarios: ScenarioResult[];
  plans?: Record<string, string[]>;
  targets?: TargetCheck[];
  /** The menu import, timed end to end: one dry run, then the real runs. */
  imports?: { fileBytes: number; buildMs: number; runs: ImportRun[] };
  /** The programmes group: nomination decisions under contention, app and ceiling, and the end check. */
  decisions?: DecisionResult;
}

export interface TargetCheck {
  scenario: string;
  connections: number;
  /** The p95 bar: 10 ms for the partners; 30 ms (PostgreSQL) / 150 ms (PGlite) for the menu searches. */
  p95TargetMs: number;
  p95Ms: number;
  p95Ok: boolean;
  throughputRatio: number;
  ratioOk: boolean;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    totalMemoryGb: number;
    platform: string;
    node: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    packages: Record<string, string>;
  };
  settings: {
    partners: number;
    auditPerPartner: number;
    connections: number;
    latencyConnections: number;
    durationSeconds: number;
    warmupSeconds: number;
    rounds: number;
    postgresPoolSize: number;
    pipelining: number;
    quick: boolean;
    postgresUrl: string;
    scenarios?: string[];
    menu?: { iterations: number; years: number; partners: number; importRows: number; importRuns: number };
    programmes?: { nominations: number; decisionPending: number; decisionClients: number };
    trustFunds?: { transactions: number; donors: number; projects: number };
  };
  targets: TargetResult[];
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : 0);

export function compareScenario(
  scenario: { name: string; description: string; main: boolean },
  connections: number,
  app: Stats,
  ceiling: Stats,
): ScenarioResult {
  return {
    ...scenario,
    connections,
    app,
    ceiling,
    throughputRatio: ratio(app.rps, ceiling.rps),
    p95Ratio: ratio(app.latencyMs.p95, ceiling.latencyMs.p95),
  };
}

/**
 * The issues' bars: partners on PostgreSQL p95 ≤ 10 ms and at least half the ceiling's throughput;
 * the menu's searches p95 ≤ 30 ms on PostgreSQL and ≤ 150 ms on PGlite, its activity page ≤ 10 ms;
 * the programme page and the implementation reports p95 ≤ 25 ms on PostgreSQL; the trust funds'
 * contributions report ≤ 200 ms on PostgreSQL (their transactions list has none: left out here).
 */
function targetOf(scenario: string, database: DatabaseKind): number | null {
  if (trustFundScenarioNames.includes(scenario)) return trustFundsTarget(scenario, database);
  return menuTarget(scenario, database) ?? programmesTarget(scenario, database) ?? 10;
}

export function checkTargets(
  scenarios: ScenarioResult[],
  database: DatabaseKind = 'postgres',
): TargetCheck[] {
  return scenarios
    .filter((s) => s.main)
    .flatMap((s) => {
      const limit = targetOf(s.name, database);
      return limit === null ? [] : [{ s, limit }];
    })
    .map(({ s, limit }) => ({
      scenario: s.name,
      connections: s.connections,
      p95TargetMs: limit,
      p95Ms: s.app.latencyMs.p95,
      p95Ok: s.app.latencyMs.p95 <= limit,
      throughputRatio: s.throughputRatio,
      ratioOk: s.throughputRatio >= 0.5,
    }));
}

/** Keeps the statement texts only where app and ceiling differ: they are long and all alike. */
export function trimChecks(checks: SqlCheck[]) {
  return checks.map((c) => (c.same ? { scenario: c.scenario, same: true } : c));
}

function pad(cells: string[], widths: number[]) {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}

export function formatTable(results: BenchResults): string {
  const header = [
    'database / scenario',
    'conns',
    'side',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'cpu ms/req',
    'ratio',
  ];
  const rows: string[][] = [];
  for (const target of results.targets) {
    if (target.skipped) {
      rows.push([`${target.database}: not measured (${target.skipped})`, 'skipped']);
      continue;
    }
    for (const s of target.scenarios) {
      for (const side of ['app', 'ceiling'] as const) {
        const stats = s[side];
        rows.push([
          side === 'app' ? `${target.database} ${s.name}` : '',
          side === 'app' ? String(s.connections) : '',
          side,
          stats.rps.toFixed(0),
          stats.latencyMs.p50.toFixed(2),
          stats.latencyMs.p95.toFixed(2),
          stats.latencyMs.p99.toFixed(2),
          stats.serverCpuMsPerRequest === null ? '' : stats.serverCpuMsPerRequest.toFixed(2),
          side === 'app' ? `${Math.round(s.throughputRatio * 100)} %` : '',
        ]);
      }
    }
  }
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.filter((r) => r[1] !== 'skipped').map((r) => (r[i] ?? '').length)),
  );
  return [
    pad(header, widths),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((row) => (row[1] === 'skipped' ? row[0]! : pad(row, widths))),
  ].join('\n');
}

export function formatTargets(results: BenchResults): string {
  const out: string[] = [];
  const postgres = results.targets.find(
    (t) => t.database === 'postgres' && (t.group ?? 'partners') === 'partners',
  );
  if (postgres && !postgres.skipped && postgres.targets) {
    const lines = postgres.targets.map(
      (t) =>
        `  ${t.scenario.padEnd(12)} ${String(t.connections).padStart(3)} conns  p95 ${t.p95Ms.toFixed(2)} ms ${t.p95Ok ? 'ok' : 'MISSED'}` +
        `   throughput ${Math.round(t.throughputRatio * 100)} % of the ceiling ${t.ratioOk ? 'ok' : 'MISSED'}`,
    );
    out.push('PostgreSQL targets (p95 ≤ 10 ms, ≥ 50 % of the ceiling):', ...lines);
  } else if (results.targets.some((t) => (t.group ?? 'partners') === 'partners')) {
    out.push('PostgreSQL targets (p95 ≤ 10 ms, ≥ 50 % of the ceiling): not measured on this run.');
  }
  for (const menu of results.targets.filter((t) => t.group === 'menu' && !t.skipped)) {
    out.push(
      `Menu targets on ${menu.database} (searches p95 ≤ ${menuTarget('menu-search', menu.database)} ms, activity page ≤ 10 ms):`,
    );
    for (const t of menu.targets ?? []) {
      out.push(
        `  ${t.scenario.padEnd(20)} ${String(t.connections).padStart(3)} conns  p95 ${t.p95Ms.toFixed(2)} ms ` +
          `(target ${t.p95TargetMs}) ${t.p95Ok ? 'ok' : 'MISSED'}   ${Math.round(t.throughputRatio * 100)} % of the ceiling`,
      );
    }
    for (const run of menu.imports?.runs ?? []) {
      out.push(
        `  import ${run.dryRun ? 'dry run' : 'real run'} ${run.rows} rows: ${(run.wallMs / 1000).toFixed(1)} s, HTTP ${run.status}, ` +
          `ceiling (its ${run.statements ?? '?'} statements in the driver) ${((run.driverMs ?? 0) / 1000).toFixed(1)} s` +
          (run.dryRun
            ? ''
            : ` (target 15 s) ${run.status === 201 && run.wallMs <= 15_000 ? 'ok' : 'MISSED'}`),
      );
    }
  }
  for (const target of results.targets.filter((t) => t.group === 'programmes' && !t.skipped)) {
    out.push(...formatProgrammeTargets(target));
  }
  for (const target of results.targets.filter((t) => t.group === 'trustfunds' && !t.skipped)) {
    out.push(
      target.database === 'postgres'
        ? 'Trust-fund targets on postgres (contributions report p95 ≤ 200 ms):'
        : `Trust funds on ${target.database} (no target; the figures are reported):`,
    );
    if (target.counts?.reportRoutes === 0)
      out.push("  the contributions report's route is not in the app: its scenarios were left out");
    for (const s of target.scenarios) {
      const limit = trustFundsTarget(s.name, target.database);
      const p95 = s.app.latencyMs.p95;
      const prefix = `  ${s.name.padEnd(24)} ${String(s.connections).padStart(3)} conns`;
      if (!(s.app.requests > 0)) {
        out.push(`${prefix}  no answer within the measured seconds${limit === null ? '' : ' MISSED'}`);
        continue;
      }
      const verdict = limit === null ? '(no target)' : `(target ${limit}) ${p95 <= limit ? 'ok' : 'MISSED'}`;
      out.push(
        `${prefix}  p95 ${p95.toFixed(2)} ms ${verdict}   ${Math.round(s.throughputRatio * 100)} % of the ceiling`,
      );
    }
  }
  return out.join('\n');
}

function formatProgrammeTargets(target: TargetResult): string[] {
  const out = [
    target.database === 'postgres'
      ? 'Programmes targets on postgres (programme page and reports p95 ≤ 25 ms):'
      : `Programmes on ${target.database} (no target):`,
  ];
  for (const t of target.targets ?? []) {
    out.push(
      `  ${t.scenario.padEnd(22)} ${String(t.connections).padStart(3)} conns  p95 ${t.p95Ms.toFixed(2)} ms ` +
        `(target ${t.p95TargetMs}) ${t.p95Ok ? 'ok' : 'MISSED'}   ${Math.round(t.throughputRatio * 100)} % of the ceiling`,
    );
  }
  const d = target.decisions;
  if (d) {
    out.push(
      `  nomination decisions, ${d.clients} clients on one iteration (${d.pending} pending, ${d.seats} seats): ` +
        `app ${d.app.decisionsPerSecond} /s (p50 ${d.app.latencyMs.p50} / p95 ${d.app.latencyMs.p95} ms), ` +
        `ceiling ${d.ceiling.decisionsPerSecond} /s (p50 ${d.ceiling.latencyMs.p50} / p95 ${d.ceiling.latencyMs.p95} ms), ` +
        `${Math.round(d.throughputRatio * 100)} % of the ceiling; check ${d.ok ? 'ok' : `FAILED: ${d.problems.join('; ')}`}`,
    );
  }
  return out;
}

/** Writes results/<timestamp>.json and results/latest.json; returns the first path. */
export function writeResults(dir: string, results: BenchResults): string {
  mkdirSync(dir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const path = join(dir, `${stamp}.json`);
  writeFileSync(path, json);
  writeFileSync(join(dir, 'latest.json'), json);
  return path;
}

/** The figures as the Markdown table of docs/performance.md (`npx tsx bench/markdown.ts`). */
export function formatMarkdown(results: BenchResults): string {
  const lines = [
    '| database | scenario | conns | app req/s | ceiling req/s | ratio | app p50 / p95 / p99 ms | ceiling p50 / p95 / p99 ms | CPU ms/req app / ceiling |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const ms = (s: Stats) =>
    [s.latencyMs.p50, s.latencyMs.p95, s.latencyMs.p99].map((v) => v.toFixed(1)).join(' / ');
  const cpu = (s: Stats) => s.serverCpuMsPerRequest?.toFixed(2) ?? '–';
  for (const target of results.targets) {
    if (target.skipped) {
      lines.push(`| ${target.database} | not measured: ${target.skipped} | | | | | | | |`);
      continue;
    }
    for (const s of target.scenarios) {
      lines.push(
        `| ${target.database} | ${s.name} | ${s.connections} | ${s.app.rps.toFixed(0)} | ${s.ceiling.rps.toFixed(0)} | ` +
          `${Math.round(s.throughputRatio * 100)} % | ${ms(s.app)} | ${ms(s.ceiling)} | ${cpu(s.app)} / ${cpu(s.ceiling)} |`,
      );
    }
  }
  const decisions = results.targets.filter((t) => t.decisions);
  if (decisions.length > 0) {
    lines.push(
      '',
      '| database | decisions | clients | pending / seats | app decisions/s | ceiling decisions/s | ratio | app p50 / p95 / p99 ms | ceiling p50 / p95 / p99 ms | CPU ms/decision app / ceiling | check |',
      '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|',
    );
    const lat = (l: DecisionResult['app']['latencyMs']) =>
      [l.p50, l.p95, l.p99].map((v) => v.toFixed(1)).join(' / ');
    for (const target of decisions) {
      const d = target.decisions!;
      lines.push(
        `| ${target.database} | accept | ${d.clients} | ${d.pending} / ${d.seats} | ${d.app.decisionsPerSecond.toFixed(0)} | ` +
          `${d.ceiling.decisionsPerSecond.toFixed(0)} | ${Math.round(d.throughputRatio * 100)} % | ${lat(d.app.latencyMs)} | ` +
          `${lat(d.ceiling.latencyMs)} | ${d.app.serverCpuMsPerDecision ?? '–'} / ${d.ceiling.serverCpuMsPerDecision ?? '–'} | ${d.ok ? 'ok' : 'FAILED'} |`,
      );
    }
  }
  return lines.join('\n');
}
