import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification, NotificationPage } from '../../../modules/notifications/notifications.schemas';
import { api } from '../../lib/api-client';

export type { Notification, NotificationPage };

export const notificationKeys = {
  all: ['notifications'] as const,
  bell: ['notifications', 'bell'] as const,
};

/** How often the bell asks for news while the page is open. */
export const pollInterval = 60_000;

/** The latest notifications and the unread count, for the bell: polled, and asked again on focus. */
export function useBellNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.bell,
    enabled,
    queryFn: ({ signal }) => api.get<NotificationPage>('/me/notifications?limit=20', signal),
    refetchInterval: pollInterval,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

/** The page as it is after marking some read, until the server's answer replaces it. */
function markedRead(page: NotificationPage | undefined, ids: string[] | 'all'): NotificationPage | undefined {
  if (!page) return page;
  const now = new Date().toISOString();
  let newlyRead = 0;
  const items = page.items.map((item) => {
    if (item.readAt || (ids !== 'all' && !ids.includes(item.id))) return item;
    newlyRead += 1;
    return { ...item, readAt: now };
  });
  return { ...page, items, unreadCount: ids === 'all' ? 0 : Math.max(0, page.unreadCount - newlyRead) };
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Notification>(`/me/notifications/${encodeURIComponent(id)}/read`),
    onMutate: (id) => {
      client.setQueryData<NotificationPage>(notificationKeys.bell, (page) => markedRead(page, [id]));
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ marked: number; unreadCount: number }>('/me/notifications/read-all'),
    onMutate: () => {
      client.setQueryData<NotificationPage>(notificationKeys.bell, (page) => markedRead(page, 'all'));
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
