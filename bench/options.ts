import { parseArgs } from 'node:util';
import type { ChildConfig, DatabaseKind, ScenarioGroup } from './protocol';

export interface BenchOptions {
  partners: number;
  auditPerPartner: number;
  connections: number;
  /** A second, unloaded pass for the main scenarios (0 = skip): service time without queueing. */
  latencyConnections: number;
  duration: number;
  warmup: number;
  rounds: number;
  poolSize: number;
  databases: DatabaseKind[];
  quick: boolean;
  postgresUrl: string;
  /** The partner register's scenarios, the menu's, the programmes', or all (each on a database of its own). */
  scenarios: ScenarioGroup[];
  menuIterations: number;
  menuYears: number;
  menuPartners: number;
  /** Rows of the generated XLSX the menu import is measured with, and how many real imports (0: none). */
  importRows: number;
  importRuns: number;
  /** The programmes group: nominations generated over the programmes' activities. */
  nominations: number;
  /** Pending nominations per decision iteration (seats: a tenth), and concurrent deciding clients. */
  decisionPending: number;
  decisionClients: number;
  /** The trust-fund group: transactions over 20 years, donors, projects. */
  transactions: number;
  donors: number;
  projects: number;
}

const groups: readonly ScenarioGroup[] = ['partners', 'menu', 'programmes', 'trustfunds'];

export const usage = `npm run bench -- [options]

  --partners N      partners to generate (default 200, or BENCH_PARTNERS)
  --audit N         audit events per partner (default 20)
  --connections N   concurrent HTTP connections (default 10)
  --latency-connections N
                    a second pass of the main scenarios at N connections (default 1; 0 skips it)
  --duration S      measured seconds per side (default 10; 3 with --quick)
  --warmup S        warm-up seconds per side, thrown away (default 2; 1 with --quick)
  --rounds R        the measured seconds split into R alternating app / ceiling rounds (default 5; 1 with --quick)
  --pool N          PostgreSQL pool size of the app and the ceiling (default 10, as DATABASE_POOL_SIZE)
  --only DB         pglite or postgres (default: both)
  --scenario S      partners, menu, programmes, trustfunds or all (default all)
  --menu-iterations N
                    iterations of the generated menu (default 100000, over 10 years, 40 partners);
                    the programmes group is generated on the same catalogue
  --nominations N   nominations of the programmes group (default 200000)
  --decision-pending N
                    pending nominations of the iteration each side decides (default 5000; seats: a tenth)
  --decision-clients N
                    concurrent clients deciding them (default 50)
  --transactions N  trust-fund transactions over 20 years (default 1000000)
  --donors N        their donors: member states and partners, one with a liaison's token (default 60)
  --projects N      trust-fund projects, some of them phases (default 500)
  --import-rows N   rows of the XLSX the menu import is timed with (default 10000)
  --import-runs R   real imports of that file, timed end to end (default 3; 0 skips the import)
  --quick           a short smoke run
  --help

  PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); the bench
  creates a database entente_bench_<random> there and drops it at the end.`;

function positive(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min} (got ${value})`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      partners: { type: 'string' },
      audit: { type: 'string' },
      connections: { type: 'string' },
      'latency-connections': { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      pool: { type: 'string' },
      only: { type: 'string' },
      scenario: { type: 'string' },
      'menu-iterations': { type: 'string' },
      'import-rows': { type: 'string' },
      'import-runs': { type: 'string' },
      nominations: { type: 'string' },
      'decision-pending': { type: 'string' },
      'decision-clients': { type: 'string' },
      transactions: { type: 'string' },
      donors: { type: 'string' },
      projects: { type: 'string' },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return null;
  if (values.only && values.only !== 'pglite' && values.only !== 'postgres') {
    throw new Error(`--only must be pglite or postgres (got ${values.only})`);
  }
  const scenario = values.scenario ?? 'all';
  if (scenario !== 'all' && !groups.includes(scenario as ScenarioGroup)) {
    throw new Error(`--scenario must be ${groups.join(', ')} or all (got ${scenario})`);
  }
  const quick = values.quick ?? false;
  return {
    partners: Math.floor(positive('partners', values.partners ?? process.env.BENCH_PARTNERS, 200)),
    auditPerPartner: Math.floor(positive('audit', values.audit, 20, 0)),
    connections: Math.floor(positive('connections', values.connections, 10)),
    latencyConnections: Math.floor(positive('latency-connections', values['latency-connections'], 1, 0)),
    duration: positive('duration', values.duration, quick ? 3 : 10),
    warmup: positive('warmup', values.warmup, quick ? 1 : 2, 0),
    rounds: Math.floor(positive('rounds', values.rounds, quick ? 1 : 5)),
    poolSize: Math.floor(positive('pool', values.pool, 10)),
    databases: values.only ? [values.only as DatabaseKind] : ['pglite', 'postgres'],
    quick,
    postgresUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    scenarios: scenario === 'all' ? [...groups] : [scenario as ScenarioGroup],
    menuIterations: Math.floor(positive('menu-iterations', values['menu-iterations'], 100_000, 100)),
    menuYears: 10,
    menuPartners: 40,
    importRows: Math.floor(positive('import-rows', values['import-rows'], 10_000)),
    importRuns: Math.floor(positive('import-runs', values['import-runs'], 3, 0)),
    nominations: Math.floor(positive('nominations', values.nominations, 200_000, 0)),
    decisionPending: Math.floor(positive('decision-pending', values['decision-pending'], 5000, 20)),
    decisionClients: Math.floor(positive('decision-clients', values['decision-clients'], 50)),
    transactions: Math.floor(positive('transactions', values.transactions, 1_000_000, 100)),
    donors: Math.floor(positive('donors', values.donors, 60, 2)),
    projects: Math.floor(positive('projects', values.projects, 500, 10)),
  };
}

/** What the runner says before a group's server starts generating its data. */
export function describeGroup(kind: DatabaseKind, group: ScenarioGroup, options: BenchOptions): string {
  const menu = `a menu of ${options.menuIterations} iterations over ${options.menuYears} years`;
  return {
    menu: `\n${kind}: migrating and generating ${menu} …`,
    programmes:
      `\n${kind}: migrating and generating ${menu}, programmes for its ${options.menuPartners} partners, ` +
      `${options.nominations} nominations and 2 × ${options.decisionPending} pending …`,
    partners: `\n${kind}: migrating and generating ${options.partners} partners …`,
    trustfunds:
      `\n${kind}: migrating and generating ${options.transactions} trust-fund transactions over 20 years, ` +
      `${options.donors} donors, ${options.projects} projects …`,
  }[group];
}

/** The server child's settings for one database and scenario group. */
export function childConfig(
  kind: DatabaseKind,
  location: string,
  group: ScenarioGroup,
  o: BenchOptions,
): ChildConfig {
  return {
    database: kind,
    location,
    partners: o.partners,
    auditPerPartner: o.auditPerPartner,
    poolSize: o.poolSize,
    scenario: group,
    menuIterations: o.menuIterations,
    menuYears: o.menuYears,
    menuPartners: o.menuPartners,
    nominations: o.nominations,
    decisionPending: o.decisionPending,
    transactions: o.transactions,
    donors: o.donors,
    projects: o.projects,
  };
}
