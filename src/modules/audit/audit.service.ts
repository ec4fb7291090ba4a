import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { assertCan } from '../../core/policy';
import type { Database, Executor } from '../../db/client';
import { auditEvents } from '../../db/schema';
import { selectAuditEvents } from './audit.queries';
import type { AuditQuery } from './audit.schemas';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  partnerId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit event in the caller's transaction: the write and its trace commit together. */
export async function recordAudit(tx: Executor, ctx: RequestContext, clock: Clock, entry: AuditEntry) {
  await tx.insert(auditEvents).values({
    occurredAt: clock.now(),
    actorUserId: ctx.actor.userId,
    actorLabel: ctx.actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    partnerId: entry.partnerId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
}

/** Writes many audit events in the caller's transaction, in batches (imports, copy forward). */
export async function recordAudits(tx: Executor, ctx: RequestContext, clock: Clock, entries: AuditEntry[]) {
  const occurredAt = clock.now();
  for (let start = 0; start < entries.length; start += 500) {
    await tx.insert(auditEvents).values(
      entries.slice(start, start + 500).map((entry) => ({
        occurredAt,
        actorUserId: ctx.actor.userId,
        actorLabel: ctx.actor.label,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        partnerId: entry.partnerId ?? null,
        before: entry.before ?? null,
        after: entry.after ?? null,
        requestId: ctx.requestId,
        ip: ctx.ip,
      })),
    );
  }
}

/** Cursor = the last row's sequence number, opaque to clients. */
export function encodeCursor(seq: number): string {
  return Buffer.from(`a:${seq}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number | undefined {
  if (!cursor) return undefined;
  const match = /^a:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new AppError(400, 'audit.cursor_invalid');
  return Number(match[1]);
}

export function createAuditService(deps: { db: Database }) {
  return {
    async list(ctx: RequestContext, query: AuditQuery) {
      assertCan(ctx.actor, 'audit.read');
      return listAuditPage(deps.db, query);
    },
  };
}

/** A page of audit events, newest first, shared by the audit trail and the per-record histories. */
export async function listAuditPage(db: Executor, query: AuditQuery) {
  const rows = await selectAuditEvents(db, { ...query, before: decodeCursor(query.cursor) });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      actor: { id: row.actorUserId, label: row.actorLabel },
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      partnerId: row.partnerId,
      before: row.before as Record<string, unknown> | null,
      after: row.after as Record<string, unknown> | null,
      requestId: row.requestId,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.seq) : null,
  };
}
