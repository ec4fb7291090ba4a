// The menu's filter lives in the URL, so a link reproduces the view (catalogue, calendar, feeds, exports).
// Pure functions only: parse the URL, write it back, and build the API query from it.

/** Filters that take several values, repeated in the URL (`area=CYBER&area=CT`). */
export const multiKeys = ['area', 'kind', 'provider', 'language', 'country', 'status'] as const;
export type MultiKey = (typeof multiKeys)[number];

export interface MenuSearchState {
  year: number | null;
  q: string;
  area: string[];
  kind: string[];
  provider: string[];
  language: string[];
  country: string[];
  status: string[];
  /** '' = either, 'true' = online only, 'false' = in person only. */
  online: '' | 'true' | 'false';
  from: string;
  to: string;
  openNow: boolean;
  eligibleFor: string;
  /** As written in the URL; '' = the default for the current search (see `effectiveSort`). */
  sort: string;
  page: number;
}

export const emptyMenuSearch: MenuSearchState = {
  year: null,
  q: '',
  area: [],
  kind: [],
  provider: [],
  language: [],
  country: [],
  status: [],
  online: '',
  from: '',
  to: '',
  openNow: false,
  eligibleFor: '',
  sort: '',
  page: 1,
};

/** The orders offered in the UI; relevance only makes sense with search text. */
export const menuSortOptions = ['relevance', 'start', '-start', 'title', '-title', 'code', '-code'] as const;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function multi(params: URLSearchParams, key: string): string[] {
  const values = params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

export function parseMenuSearch(params: URLSearchParams): MenuSearchState {
  const year = Number(params.get('year'));
  const online = params.get('online');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const sort = params.get('sort') ?? '';
  const state: MenuSearchState = {
    ...emptyMenuSearch,
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : null,
    q: params.get('q')?.trim() ?? '',
    online: online === 'true' || online === 'false' ? online : '',
    from: isoDate.test(from) ? from : '',
    to: isoDate.test(to) ? to : '',
    openNow: params.get('openNow') === 'true',
    eligibleFor: params.get('eligibleFor') ?? '',
    sort: (menuSortOptions as readonly string[]).includes(sort) ? sort : '',
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
  };
  for (const key of multiKeys) state[key] = multi(params, key);
  return state;
}

/** The filter part of the state as query pairs, in a stable order; defaults are left out. */
function filterPairs(state: MenuSearchState): [string, string][] {
  const pairs: [string, string][] = [];
  if (state.year !== null) pairs.push(['year', String(state.year)]);
  if (state.q) pairs.push(['q', state.q]);
  for (const key of multiKeys) for (const value of state[key]) pairs.push([key, value]);
  if (state.online) pairs.push(['online', state.online]);
  if (state.from) pairs.push(['from', state.from]);
  if (state.to) pairs.push(['to', state.to]);
  if (state.openNow) pairs.push(['openNow', 'true']);
  if (state.eligibleFor) pairs.push(['eligibleFor', state.eligibleFor]);
  return pairs;
}

/** The URL of the catalogue for this state (filters, sort, page). */
export function toMenuSearchParams(state: MenuSearchState): URLSearchParams {
  const pairs = filterPairs(state);
  if (state.sort) pairs.push(['sort', state.sort]);
  if (state.page > 1) pairs.push(['page', String(state.page)]);
  return new URLSearchParams(pairs);
}

/** Only the filter, as a query string (`?…` or ''): for the calendar, feeds and exports. */
export function filterQuery(state: MenuSearchState, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams(filterPairs(state));
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The sort the list uses: the URL's, else relevance when searching and start date otherwise. */
export function effectiveSort(state: MenuSearchState): string {
  if (state.sort === 'relevance' && !state.q) return 'start';
  return state.sort || (state.q ? 'relevance' : 'start');
}

/**
 * A change of filters or sort: the given values replace the current ones and, unless the change is
 * the page itself, the page goes back to 1 (the old page may not exist any more).
 */
export function patchMenuSearch(state: MenuSearchState, patch: Partial<MenuSearchState>): MenuSearchState {
  return { ...state, ...patch, page: patch.page ?? 1 };
}

/** How many filters are set (the search text and year aside): shown on the "filters" toggle. */
export function activeFilterCount(state: MenuSearchState): number {
  let count = 0;
  for (const key of multiKeys) count += state[key].length;
  if (state.online) count++;
  if (state.from || state.to) count++;
  if (state.openNow) count++;
  if (state.eligibleFor) count++;
  return count;
}

/** The same filter with every facet, date and flag cleared; year and search text kept. */
export function clearFilters(state: MenuSearchState): MenuSearchState {
  return { ...emptyMenuSearch, year: state.year, q: state.q, sort: state.sort };
}

/** The filter as the feeds endpoint stores it (a MenuFilter: arrays and booleans, no defaults). */
export function toMenuFilter(state: MenuSearchState): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (state.year !== null) filter.year = state.year;
  if (state.q) filter.q = state.q;
  for (const key of multiKeys) if (state[key].length > 0) filter[key] = state[key];
  if (state.online) filter.online = state.online === 'true';
  if (state.from) filter.from = state.from;
  if (state.to) filter.to = state.to;
  if (state.openNow) filter.openNow = true;
  if (state.eligibleFor) filter.eligibleFor = state.eligibleFor;
  return filter;
}
