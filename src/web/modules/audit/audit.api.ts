import { useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditEventSchema } from '../../../modules/audit/audit.schemas';
import { api, toQuery } from '../../lib/api-client';

export type AuditEvent = z.infer<typeof auditEventSchema>;

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface AuditFilters {
  action?: string;
  entityType?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit-events', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get<CursorPage<AuditEvent>>(
        `/audit-events${toQuery({ ...filters, limit: 50, cursor: pageParam })}`,
        signal,
      ),
    getNextPageParam: (last) => last.nextCursor,
  });
}
