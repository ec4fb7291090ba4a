import type { Scenario } from './scenarios';

/** Messages between the bench runner (load generator) and the server child process it forks. */

export type DatabaseKind = 'pglite' | 'postgres';
/** Which data set and scenarios a server child runs: the partner register, the menu, the programmes, or the trust funds. */
export type ScenarioGroup = 'partners' | 'menu' | 'programmes' | 'trustfunds';

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
  /** The programmes group: nominations generated, and pending ones per decision iteration. */
  nominations: number;
  decisionPending: number;
  /** The trust-fund group: transactions generated, donors, projects. */
  transactions: number;
  donors: number;
  projects: number;
}

/** An iteration's nominations by status after the decision run (`other`: rejected or withdrawn). */
export interface DecisionCounts {
  seats: number;
  accepted: number;
  waitlisted: number;
  pending: number;
  other: number;
  /** Decided nominations whose version is not 2 (each was decided once from version 1). */
  versionNotTwo: number;
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
  /** The programmes group's decision scenario: each side's iteration and its pending nominations, in order. */
  decisions?: {
    seats: number;
    app: { iterationId: string; ids: string[] };
    ceiling: { iterationId: string; ids: string[] };
    /** Whether the app has the implementation reports' routes (their scenarios run only then). */
    reportRoutes: boolean;
  };
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

/** The decision iterations' counts, asked for after the decision run. */
export interface DecisionCheckMessage {
  type: 'decision-check';
  sides: Record<string, DecisionCounts>;
}

export type ChildMessage =
  | ReadyMessage
  | CpuMessage
  | DriverTimeMessage
  | DecisionCheckMessage
  | { type: 'error'; message: string };
export type ParentMessage =
  | { type: 'cpu' }
  | { type: 'stop' }
  /** The menu server: start timing every driver call (transactions included), or stop and report. */
  | { type: 'driver-time'; on: boolean }
  /** The programmes server: count the decision iterations' nominations by status. */
  | { type: 'decision-check' };
