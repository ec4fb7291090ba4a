import type { GeneratedData } from './generate';

/** One benchmarked request shape; the app and the ceiling answer the very same paths. */
export interface Scenario {
  name: string;
  description: string;
  /** Sent as `Authorization: Bearer <token>` when true; anonymous (public records only) when false. */
  token: boolean;
  /** Headers of their own (another user's token); `token` is ignored when set. */
  headers?: Record<string, string>;
  /** Each connection walks this list in a loop (the detail scenario spreads over 100 partners). */
  paths: string[];
  /** Counts towards the PostgreSQL targets (p95 ≤ 10 ms, ≥ 50 % of the ceiling). */
  main: boolean;
}

export const listFilterPath = '/api/v1/partners?framework=PFP&status=active&sort=name&limit=25';

export function buildScenarios(data: Pick<GeneratedData, 'detailIds' | 'search'>): Scenario[] {
  return [
    {
      name: 'list-filter',
      description: 'GET /api/v1/partners?framework=PFP&status=active&sort=name&limit=25 (staff token)',
      token: true,
      paths: [listFilterPath],
      main: true,
    },
    {
      name: 'list-search',
      description: `GET /api/v1/partners?q=${data.search.q}&limit=25 (staff token)`,
      token: true,
      paths: [`/api/v1/partners?q=${encodeURIComponent(data.search.q)}&limit=25`],
      main: true,
    },
    {
      name: 'detail',
      description: `GET /api/v1/partners/:id, cycling over ${data.detailIds.length} partners (staff token)`,
      token: true,
      paths: data.detailIds.map((id) => `/api/v1/partners/${id}`),
      main: true,
    },
    {
      name: 'list-filter-anon',
      description: 'The list-filter request without a token: public records only, no token lookup',
      token: false,
      paths: [listFilterPath],
      main: false,
    },
  ];
}
