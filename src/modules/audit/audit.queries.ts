import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditEvents } from '../../db/schema';
import type { AuditQuery } from './audit.schemas';

export async function selectAuditEvents(tx: Executor, query: AuditQuery & { before: number | undefined }) {
  const conditions: SQL[] = [];
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.entityType) conditions.push(eq(auditEvents.entityType, query.entityType));
  if (query.entityId) conditions.push(eq(auditEvents.entityId, query.entityId));
  if (query.actorId) conditions.push(eq(auditEvents.actorUserId, query.actorId));
  if (query.partnerId) conditions.push(eq(auditEvents.partnerId, query.partnerId));
  if (query.from) conditions.push(gte(auditEvents.occurredAt, new Date(query.from)));
  if (query.to) conditions.push(lte(auditEvents.occurredAt, new Date(query.to)));
  if (query.before !== undefined) conditions.push(lt(auditEvents.seq, query.before));
  return tx
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.seq))
    .limit(query.limit + 1);
}
