import type { RawClient } from './ceiling';
import type { Scenario } from './scenarios';

/**
 * The menu scenarios. Their ceiling replays the app's recorded driver calls (replay.ts): the menu's
 * statements are long, built from the filter, and run partly in parallel (the page and the facet
 * counts go out together).
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
