import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Activity,
  ActivitySummary,
  CalendarEntry,
  Facets,
  Iteration,
  MenuPage,
  menuYearsSchema,
} from '../../../modules/menu/menu.schemas';
import type { Locale } from '../../../shared/enums';
import { api, apiRequest, toQuery } from '../../lib/api-client';
import type { AuditEvent, CursorPage } from '../audit/audit.api';
import { filterQuery, type MenuSearchState } from './menu-search-state';

export type { Activity, ActivitySummary, CalendarEntry, Facets, Iteration, MenuPage };
export type MenuYears = z.infer<typeof menuYearsSchema>;
export type FacetValue = Facets[keyof Facets][number];

/** An activity with the ETag its next edit must send as If-Match. */
export interface VersionedActivity {
  activity: Activity;
  etag: string | null;
}

/** What POST /menu/feeds answers: the feed's secret URL, shown once. */
export interface CreatedFeed {
  url: string;
  [key: string]: unknown;
}

export const menuKeys = {
  all: ['menu'] as const,
  list: (query: string) => ['menu', 'list', query] as const,
  calendar: (query: string) => ['menu', 'calendar', query] as const,
  detail: (id: string) => ['menu', 'detail', id] as const,
  history: (id: string) => ['menu', 'history', id] as const,
  years: ['menu', 'years'] as const,
};

export function useMenuList(state: MenuSearchState, sort: string, limit: number) {
  const query = filterQuery(state, { sort, page: state.page, limit });
  return useQuery({
    queryKey: menuKeys.list(query),
    queryFn: ({ signal }) => api.get<MenuPage>(`/menu/activities${query}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** The iterations of the filter within [from, to] (the month shown), dated ones only. */
export function useMenuCalendar(state: MenuSearchState, range: { from: string; to: string } | null) {
  const query = range ? filterQuery({ ...state, ...range }, { limit: 2000 }) : '';
  return useQuery({
    queryKey: menuKeys.calendar(query),
    enabled: range !== null,
    queryFn: ({ signal }) =>
      api.get<{ items: CalendarEntry[]; truncated: boolean }>(`/menu/calendar${query}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMenuYears() {
  return useQuery({
    queryKey: menuKeys.years,
    queryFn: ({ signal }) => api.get<MenuYears>('/menu/years', signal),
    staleTime: 5 * 60_000,
  });
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: menuKeys.detail(id),
    queryFn: async ({ signal }): Promise<VersionedActivity> => {
      const { data, etag } = await apiRequest<Activity>('GET', `/menu/activities/${encodeURIComponent(id)}`, {
        signal,
      });
      return { activity: data, etag };
    },
  });
}

export function useActivityHistory(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: menuKeys.history(id),
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get<CursorPage<AuditEvent>>(
        `/menu/activities/${encodeURIComponent(id)}/history${toQuery({ limit: 20, cursor: pageParam })}`,
        signal,
      ),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useCreateFeed() {
  return useMutation({
    mutationFn: (input: { name: string; filter: Record<string, unknown>; lang: Locale }) =>
      api.post<CreatedFeed>('/menu/feeds', input),
  });
}

/** Absolute URLs: they leave the app (calendar clients, downloads). */
export function publicFeedUrl(state: MenuSearchState, lang: Locale): string {
  return `${window.location.origin}/api/v1/menu/calendar.ics${filterQuery(state, { lang })}`;
}

export function exportUrl(state: MenuSearchState, format: 'csv' | 'xlsx' | 'json', lang: Locale): string {
  return `/api/v1/menu/export.${format}${filterQuery(state, { lang })}`;
}

/** `https://…` → `webcal://…`: calendar clients open it as a subscription. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}
