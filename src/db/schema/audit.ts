import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { partners } from './partners';
import { users } from './users';

/** One row per write, written in the write's own transaction. */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().defaultRandom().unique(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** The partner a record belongs to, so a partner's history is one indexed read. */
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId, t.seq),
    index('audit_events_actor_idx').on(t.actorUserId, t.seq),
    index('audit_events_partner_idx').on(t.partnerId, t.seq),
    index('audit_events_action_idx').on(t.action, t.seq),
    index('audit_events_occurred_idx').on(t.occurredAt),
  ],
);
