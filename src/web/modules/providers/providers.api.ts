import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateProviderBody,
  Provider,
  UpdateProviderBody,
} from '../../../modules/providers/providers.schemas';
import { api, apiRequest, etagFor, toQuery } from '../../lib/api-client';

export type { Provider };
export type ProviderInput = CreateProviderBody;

export interface ProviderListParams {
  q?: string;
  kind?: string;
  active?: boolean;
}

export const providerKeys = {
  // The users screen caches the bare list under ['providers']: invalidating `all` refreshes it too.
  all: ['providers'] as const,
  list: (params: ProviderListParams) => ['providers', 'list', params] as const,
};

export function useProviderList(params: ProviderListParams, enabled = true) {
  return useQuery({
    queryKey: providerKeys.list(params),
    enabled,
    queryFn: ({ signal }) =>
      api.get<{ items: Provider[]; total: number }>(`/providers${toQuery({ ...params })}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every provider, for pickers; inactive ones too, so an activity's own provider always has a label. */
export function useProviderOptions(enabled = true) {
  const query = useProviderList({}, enabled);
  return { ...query, data: query.data?.items };
}

export function useSaveProvider() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ provider, input }: { provider: Provider | null; input: UpdateProviderBody }) => {
      if (!provider) return (await apiRequest<Provider>('POST', '/providers', { body: input })).data;
      return (
        await apiRequest<Provider>('PATCH', `/providers/${encodeURIComponent(provider.id)}`, {
          body: input,
          ifMatch: etagFor(provider.id, provider.version),
        })
      ).data;
    },
    onSettled: () => client.invalidateQueries({ queryKey: providerKeys.all }),
  });
}
