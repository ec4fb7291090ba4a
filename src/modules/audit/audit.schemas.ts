import { z } from 'zod';

export const auditQuerySchema = z.strictObject({
  action: z.string().max(100).optional(),
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(100).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const historyQuerySchema = auditQuerySchema.pick({ limit: true, cursor: true });

export const auditEventSchema = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  actor: z.object({ id: z.uuid().nullable(), label: z.string() }),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  partnerId: z.uuid().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  requestId: z.string().nullable(),
});

export const auditPageSchema = z.object({
  items: z.array(auditEventSchema),
  nextCursor: z.string().nullable(),
});
