import type { Scenario } from './scenarios';

/** Messages between the bench runner (load generator) and the server child process it forks. */

export type DatabaseKind = 'pglite' | 'postgres';
/** Which data set and scenarios a server child runs: the partner register or the menu. */
export type ScenarioGroup = 'partners' | 'menu';

export interface ChildConfig {
  database: DatabaseKind;
  /** PostgreSQL: the fresh bench database; PGlite: the folder for its files. */
  location: string;
  partners: number;
  auditPerPartner: number;
  poolSize: number;
  scenario: ScenarioGroup;
  menuIterations: number;
  menuYears: number;
  menuPartners: number;
}

export interface SqlCheck {
  scenario: string;
  same: boolean;
  app: string[];
  ceiling: string[];
}

export interface ReadyMessage {
  type: 'ready';
  appUrl: string;
  ceilingUrl: string;
  token: string;
  detailIds: string[];
  search: { q: string; matches: number };
  counts: Record<string, number>;
  generationMs: number;
  serverVersion: string;
  sqlChecks: SqlCheck[];
  plans: Record<string, string[]>;
  /** The scenarios, when the server defines them (the menu); the partners' come from scenarios.ts. */
  scenarios?: Scenario[];
  /** What the runner needs to build the menu import file. */
  menu?: { year: number; providers: { code: string; id: string }[]; partnerIsos: string[] };
}

export interface CpuMessage {
  type: 'cpu';
  /** process.cpuUsage() of the server process, in microseconds. */
  user: number;
  system: number;
}

/** What the driver did while the menu import ran: statements sent and the time spent waiting on them. */
export interface DriverTimeMessage {
  type: 'driver-time';
  statements: number;
  driverMs: number;
}

export type ChildMessage = ReadyMessage | CpuMessage | DriverTimeMessage | { type: 'error'; message: string };
export type ParentMessage =
  | { type: 'cpu' }
  | { type: 'stop' }
  /** The menu server: start timing every driver call (transactions included), or stop and report. */
  | { type: 'driver-time'; on: boolean };
