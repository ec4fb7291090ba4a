import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { iterations } from './menu';
import { partners } from './partners';
import { programmes } from './programmes';
import { users } from './users';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * A person a partner puts forward for an iteration. The personal fields are erased on request
 * (`erasedAt`): the row, its status and its attendance stay, so every count stays true.
 */
export const nominations = pgTable(
  'nominations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    iterationId: uuid('iteration_id')
      .notNull()
      .references(() => iterations.id),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    /** The programme version it was made under, when nominated from a programme. */
    programmeId: uuid('programme_id').references(() => programmes.id, { onDelete: 'set null' }),
    fullName: text('full_name').notNull(),
    rankTitle: text('rank_title').notNull().default(''),
    organisation: text('organisation').notNull().default(''),
    email: text('email').notNull(),
    workingLanguage: text('working_language').notNull(),
    /** ISO 3166-1 alpha-2. */
    nationality: text('nationality').notNull(),
    status: text('status').notNull(),
    /** The partner's order among its own nominees (1 first): the waiting list is served by it, then by arrival. */
    priority: smallint('priority').notNull().default(1),
    decisionReason: text('decision_reason').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    attendance: text('attendance'),
    completed: boolean('completed').notNull().default(false),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    nominatedBy: uuid('nominated_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('nominations_iteration_idx').on(t.iterationId, t.status),
    index('nominations_partner_idx').on(t.partnerId, t.createdAt),
    // A partner's implementation report counts its nominations by iteration from the index alone.
    index('nominations_partner_iteration_idx').on(t.partnerId, t.iterationId, t.status, t.attendance),
    // The unfiltered list, newest first.
    index('nominations_created_idx').on(t.createdAt.desc(), t.id),
    index('nominations_programme_idx').on(t.programmeId),
    index('nominations_decided_by_idx').on(t.decidedBy),
    index('nominations_nominated_by_idx').on(t.nominatedBy),
    // The same person once per iteration, unless withdrawn, rejected or erased.
    uniqueIndex('nominations_person_key')
      .on(t.iterationId, sql`lower(${t.email})`)
      .where(sql`${t.status} in ('pending', 'accepted', 'waitlisted') and ${t.erasedAt} is null`),
  ],
);

/** A participant's feedback report, attached after the iteration. */
export const nominationReports = pgTable(
  'nomination_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('nomination_reports_nomination_idx').on(t.nominationId),
    index('nomination_reports_uploaded_by_idx').on(t.uploadedBy),
  ],
);
