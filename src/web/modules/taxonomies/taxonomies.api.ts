import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateTermBody, Term } from '../../../modules/taxonomies/taxonomies.schemas';
import { api, apiRequest, etagFor, toQuery } from '../../lib/api-client';

export type TaxonomyKind = 'frameworks' | 'areas';

export type TaxonomyEntry = Term;
export type TaxonomyInput = CreateTermBody;

export const taxonomyKeys = {
  list: (kind: TaxonomyKind, includeInactive: boolean) => ['taxonomy', kind, { includeInactive }] as const,
  all: (kind: TaxonomyKind) => ['taxonomy', kind] as const,
};

export function useTaxonomy(
  kind: TaxonomyKind,
  options: { includeInactive?: boolean; enabled?: boolean } = {},
) {
  const includeInactive = options.includeInactive ?? false;
  return useQuery({
    queryKey: taxonomyKeys.list(kind, includeInactive),
    enabled: options.enabled ?? true,
    queryFn: ({ signal }) =>
      api.get<{ items: TaxonomyEntry[]; total: number }>(
        `/${kind}${toQuery({ includeInactive: includeInactive || undefined })}`,
        signal,
      ),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

export function useSaveTaxonomyEntry(kind: TaxonomyKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      version,
      input,
    }: {
      id: string | null;
      version: number;
      input: Partial<TaxonomyInput>;
    }) => {
      if (!id) return (await apiRequest<TaxonomyEntry>('POST', `/${kind}`, { body: input })).data;
      return (
        await apiRequest<TaxonomyEntry>('PATCH', `/${kind}/${encodeURIComponent(id)}`, {
          body: input,
          ifMatch: etagFor(id, version),
        })
      ).data;
    },
    onSettled: () => client.invalidateQueries({ queryKey: taxonomyKeys.all(kind) }),
  });
}
