import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { providerSchema } from '../../../modules/providers/providers.schemas';
import type {
  CreateUserBody,
  UpdateUserBody,
  User,
  userPageSchema,
} from '../../../modules/users/users.schemas';
import { api, apiRequest, etagFor, toQuery } from '../../lib/api-client';

export type { User };
export type Provider = z.infer<typeof providerSchema>;
export type UserPage = z.infer<typeof userPageSchema>;

export interface UserListParams {
  q?: string;
  role?: string;
  active?: string;
  page?: number;
  limit?: number;
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: ['users', params],
    queryFn: ({ signal }) => api.get<UserPage>(`/users${toQuery({ ...params })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProviders(enabled = true) {
  return useQuery({
    queryKey: ['providers'],
    enabled,
    queryFn: ({ signal }) => api.get<{ items: Provider[]; total: number }>('/providers', signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CreateUserBody>) => api.post<User>('/users', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ user, input }: { user: User; input: UpdateUserBody }) =>
      (
        await apiRequest<User>('PATCH', `/users/${encodeURIComponent(user.id)}`, {
          body: input,
          ifMatch: etagFor(user.id, user.version),
        })
      ).data,
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}
