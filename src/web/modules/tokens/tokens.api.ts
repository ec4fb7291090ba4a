import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createdTokenSchema, tokenSchema } from '../../../modules/auth/auth.schemas';
import { api } from '../../lib/api-client';

export type ApiToken = z.infer<typeof tokenSchema>;
export type CreatedToken = z.infer<typeof createdTokenSchema>;

const key = ['me', 'tokens'] as const;

export function useTokens() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<{ items: ApiToken[] }>('/me/tokens', signal),
    select: (data) => data.items,
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; expiresInDays?: number }) =>
      api.post<CreatedToken>('/me/tokens', input),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/me/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
