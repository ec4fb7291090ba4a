import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreatePartnerBody,
  Partner,
  PartnerSummary,
  partnerPageSchema,
} from '../../../modules/partners/partners.schemas';
import { api, apiRequest, toQuery } from '../../lib/api-client';
import type { AuditEvent, CursorPage } from '../audit/audit.api';

export type { Partner, PartnerSummary };
export type Milestone = Partner['milestones'][number];
/** What the form sends: every field (on edit too, so lists replace the stored ones). */
export type PartnerInput = CreatePartnerBody;
export type PartnerPage = z.infer<typeof partnerPageSchema>;

export interface PartnerListParams {
  q?: string;
  framework?: string;
  status?: string;
  kind?: string;
  area?: string;
  sort?: string;
  page?: number;
  limit?: number;
}

/** A partner with the ETag its next edit must send as If-Match. */
export interface VersionedPartner {
  partner: Partner;
  etag: string | null;
}

export const partnerKeys = {
  all: ['partners'] as const,
  list: (params: PartnerListParams) => ['partners', 'list', params] as const,
  detail: (id: string) => ['partners', 'detail', id] as const,
  history: (id: string) => ['partners', 'history', id] as const,
  options: ['partners', 'options'] as const,
};

export function usePartnerList(params: PartnerListParams) {
  return useQuery({
    queryKey: partnerKeys.list(params),
    queryFn: ({ signal }) => api.get<PartnerPage>(`/partners${toQuery({ ...params })}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every partner the user may see, for pickers (releasable to …, user binding). */
export function usePartnerOptions(enabled = true) {
  return useQuery({
    queryKey: partnerKeys.options,
    enabled,
    queryFn: async ({ signal }) => {
      const limit = 100;
      const first = await api.get<PartnerPage>(
        `/partners${toQuery({ sort: 'name', limit, page: 1 })}`,
        signal,
      );
      const items = [...first.items];
      for (let page = 2; (page - 1) * limit < first.total && page <= 20; page++) {
        const next = await api.get<PartnerPage>(`/partners${toQuery({ sort: 'name', limit, page })}`, signal);
        items.push(...next.items);
      }
      return items;
    },
    staleTime: 5 * 60_000,
  });
}

export function usePartner(id: string) {
  return useQuery({
    queryKey: partnerKeys.detail(id),
    queryFn: async ({ signal }): Promise<VersionedPartner> => {
      const { data, etag } = await apiRequest<Partner>('GET', `/partners/${encodeURIComponent(id)}`, {
        signal,
      });
      return { partner: data, etag };
    },
  });
}

export function usePartnerHistory(id: string) {
  return useInfiniteQuery({
    queryKey: partnerKeys.history(id),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get<CursorPage<AuditEvent>>(
        `/partners/${encodeURIComponent(id)}/history${toQuery({ limit: 20, cursor: pageParam })}`,
        signal,
      ),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useSavePartner(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, etag }: { input: PartnerInput; etag?: string | null }) => {
      const response = id
        ? await apiRequest<Partner>('PATCH', `/partners/${encodeURIComponent(id)}`, {
            body: input,
            ifMatch: etag ?? undefined,
          })
        : await apiRequest<Partner>('POST', '/partners', { body: input });
      return { partner: response.data, etag: response.etag } satisfies VersionedPartner;
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: partnerKeys.all });
      client.setQueryData(partnerKeys.detail(saved.partner.id), saved);
    },
  });
}
