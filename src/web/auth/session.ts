import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../modules/auth/auth.schemas';
import type { Locale } from '../../shared/enums';
import { changeLocale } from '../i18n';
import { api, setCsrfToken } from '../lib/api-client';

/** Mirrors core/policy.ts; kept here because that module is not browser-only. */
export type Permission =
  | 'partner.read'
  | 'partner.write'
  | 'partner.history'
  | 'taxonomy.read'
  | 'taxonomy.write'
  | 'provider.read'
  | 'provider.write'
  | 'menu.read'
  | 'menu.write'
  | 'menu.manage'
  | 'programme.read'
  | 'programme.write'
  | 'programme.review'
  | 'nomination.read'
  | 'nomination.write'
  | 'nomination.decide'
  | 'trustfund.read'
  | 'trustfund.write'
  | 'user.read'
  | 'user.write'
  | 'audit.read'
  | 'self.manage';

export type { Me };

export interface SessionData {
  user: Me | null;
  csrfToken: string | null;
}

export const sessionKey = ['session'] as const;

/** The user's language is applied before the session is shown, so no screen flashes in the other one. */
async function adoptSession<T extends SessionData>(session: T): Promise<T> {
  setCsrfToken(session.csrfToken);
  if (session.user) await changeLocale(session.user.locale);
  return session;
}

async function fetchSession(): Promise<SessionData> {
  return adoptSession(await api.get<SessionData>('/auth/session'));
}

export function useSession() {
  const query = useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 5 * 60_000, retry: 1 });
  const me = query.data?.user ?? null;
  return {
    me,
    isPending: query.isPending,
    error: query.error,
    can: (permission: Permission) => me?.permissions.includes(permission) ?? false,
  };
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { email: string; password: string }) =>
      adoptSession(await api.post<{ user: Me; csrfToken: string }>('/auth/login', input)),
    onSuccess: (session) => {
      // Data fetched while signed out (or as someone else) must not leak into this session.
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      client.setQueryData<SessionData>(sessionKey, session);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData<SessionData>(sessionKey, { user: null, csrfToken: null });
    },
  });
}

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { displayName?: string; locale?: Locale }) => api.patch<Me>('/me', input),
    onSuccess: (user) => {
      client.setQueryData<SessionData>(sessionKey, (old) => (old ? { ...old, user } : old));
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/me/password', input),
    onSuccess: () => {
      client.setQueryData<SessionData>(sessionKey, (old) =>
        old?.user ? { ...old, user: { ...old.user, mustChangePassword: false } } : old,
      );
      // Until now the server refused everything else ("password change required"): ask again.
      void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    },
  });
}
