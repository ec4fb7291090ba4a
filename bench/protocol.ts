/** Messages between the bench runner (load generator) and the server child process it forks. */

export type DatabaseKind = 'pglite' | 'postgres';

export interface ChildConfig {
  database: DatabaseKind;
  /** PostgreSQL: the fresh bench database; PGlite: the folder for its files. */
  location: string;
  partners: number;
  auditPerPartner: number;
  poolSize: number;
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
}

export interface CpuMessage {
  type: 'cpu';
  /** process.cpuUsage() of the server process, in microseconds. */
  user: number;
  system: number;
}

export type ChildMessage = ReadyMessage | CpuMessage | { type: 'error'; message: string };
export type ParentMessage = { type: 'cpu' } | { type: 'stop' };
