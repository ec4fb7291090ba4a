import os from 'node:os';
import autocannon from 'autocannon';

export interface LoadOptions {
  connections: number;
  /** Measured seconds per side. */
  duration: number;
  /** Seconds of load sent first to each side and thrown away (JIT, plan caches, pool connections). */
  warmup: number;
  /** The measured seconds are split into this many alternating app / ceiling rounds. */
  rounds: number;
}

export interface Stats {
  requests: number;
  /** 2xx responses per second over the measured window. */
  rps: number;
  /** Requests per second in each round: their spread shows how steady the machine was. */
  rpsPerRound: number[];
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Server process CPU over the window, in % of one core (200 % = both cores of this machine). */
  serverCpuPercent: number | null;
  /** Server process CPU time per answered request, in ms: the app's own cost, steady under noise. */
  serverCpuMsPerRequest: number | null;
  /** Whole machine CPU busy over the window, in % of all cores (server, database, load generator). */
  machineBusyPercent: number;
  kbPerResponse: number;
}

export interface Target {
  url: string;
  paths: string[];
  headers: Record<string, string>;
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function machineTimes() {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const t = cpu.times;
    const all = t.user + t.nice + t.sys + t.idle + t.irq;
    total += all;
    busy += all - t.idle;
  }
  return { busy, total };
}

interface Sample {
  latencies: number[];
  bytes: number;
  seconds: number;
  result: autocannon.Result;
}

function fire(target: Target, connections: number, duration: number): Promise<Sample> {
  const latencies: number[] = [];
  let bytes = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration,
        pipelining: 1,
        headers: target.headers,
        requests: target.paths.map((path) => ({ method: 'GET', path })),
      },
      (error, result) => {
        if (error) reject(error);
        else resolve({ latencies, bytes, seconds: (performance.now() - started) / 1000, result });
      },
    );
    instance.on('response', (_client, statusCode, resBytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) {
        latencies.push(responseTime);
        bytes += resBytes;
      }
    });
  });
}

interface Window {
  sample: Sample;
  cpuMicros: number;
  machineBusy: number;
  machineTotal: number;
}

async function measureWindow(
  target: Target,
  connections: number,
  duration: number,
  serverCpu: () => Promise<number>,
): Promise<Window> {
  const cpuBefore = await serverCpu();
  const machineBefore = machineTimes();
  const sample = await fire(target, connections, duration);
  const machineAfter = machineTimes();
  const cpuAfter = await serverCpu();
  return {
    sample,
    cpuMicros: cpuAfter - cpuBefore,
    machineBusy: machineAfter.busy - machineBefore.busy,
    machineTotal: machineAfter.total - machineBefore.total,
  };
}

/** Latencies are pooled over the rounds; requests per second is total over total measured time. */
function summarise(windows: Window[]): Stats {
  const all = windows.flatMap((w) => w.sample.latencies);
  const sorted = Float64Array.from(all).sort();
  const ok = all.length;
  const seconds = windows.reduce((sum, w) => sum + w.sample.seconds, 0);
  const sum = all.reduce((a, b) => a + b, 0);
  const cpuMicros = windows.reduce((total, w) => total + w.cpuMicros, 0);
  const machineBusy = windows.reduce((total, w) => total + w.machineBusy, 0);
  const machineTotal = windows.reduce((total, w) => total + w.machineTotal, 0);
  const bytes = windows.reduce((total, w) => total + w.sample.bytes, 0);
  const count = (key: 'non2xx' | 'errors' | 'timeouts') =>
    windows.reduce((total, w) => total + w.sample.result[key], 0);
  return {
    requests: ok,
    rps: round(ok / seconds, 1),
    rpsPerRound: windows.map((w) => round(w.sample.latencies.length / w.sample.seconds, 0)),
    latencyMs: {
      mean: round(sum / Math.max(1, ok)),
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(percentile(sorted, 100)),
    },
    non2xx: count('non2xx'),
    errors: count('errors'),
    timeouts: count('timeouts'),
    serverCpuPercent: Number.isNaN(cpuMicros) ? null : round((cpuMicros / 1e6 / seconds) * 100, 0),
    serverCpuMsPerRequest: Number.isNaN(cpuMicros) || ok === 0 ? null : round(cpuMicros / 1000 / ok, 2),
    machineBusyPercent: machineTotal > 0 ? round((machineBusy / machineTotal) * 100, 0) : 0,
    kbPerResponse: round(bytes / Math.max(1, ok) / 1024, 1),
  };
}

/**
 * Warms both sides up, then measures them in alternating rounds (app, ceiling, ceiling, app, …)
 * so that whatever else the machine does at the time weighs on both alike and the ratio holds.
 * Latencies come from autocannon's per-response event at full (sub-millisecond) resolution:
 * its own histogram keeps whole milliseconds and has no p95.
 */
export async function compare(
  app: Target,
  ceiling: Target,
  options: LoadOptions,
  serverCpu: () => Promise<number>,
): Promise<{ app: Stats; ceiling: Stats }> {
  if (options.warmup > 0) {
    await fire(app, options.connections, options.warmup);
    await fire(ceiling, options.connections, options.warmup);
  }
  const slice = options.duration / options.rounds;
  const windows = { app: [] as Window[], ceiling: [] as Window[] };
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? (['app', 'ceiling'] as const) : (['ceiling', 'app'] as const);
    for (const side of order) {
      windows[side].push(
        await measureWindow(side === 'app' ? app : ceiling, options.connections, slice, serverCpu),
      );
    }
  }
  return { app: summarise(windows.app), ceiling: summarise(windows.ceiling) };
}
