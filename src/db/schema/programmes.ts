import {
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { activities } from './menu';
import { partners } from './partners';
import { areas } from './taxonomies';
import { users } from './users';

/**
 * One version of a partner's individual partnership programme. The versions of one programme share a
 * `lineageId` (the first version's id) and count up in `versionNo`; an agreed version changes only
 * through a new version, which supersedes it once agreed.
 */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    lineageId: uuid('lineage_id').notNull(),
    versionNo: smallint('version_no').notNull().default(1),
    titleEn: text('title_en').notNull().default(''),
    titleFr: text('title_fr').notNull().default(''),
    summaryEn: text('summary_en').notNull().default(''),
    summaryFr: text('summary_fr').notNull().default(''),
    /** The period the programme covers, usually two to four years. */
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    status: text('status').notNull().default('draft'),
    /** The reviewer's last comment when returned for changes. */
    returnComment: text('return_comment').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** "Concluded on 6 May 2014": the agreement date and who agreed, for the partner and the alliance. */
    agreedOn: date('agreed_on'),
    agreedByPartner: text('agreed_by_partner').notNull().default(''),
    agreedByAlliance: text('agreed_by_alliance').notNull().default(''),
    agreedByUserId: uuid('agreed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('programmes_partner_idx').on(t.partnerId, t.startsOn),
    uniqueIndex('programmes_lineage_version_key').on(t.lineageId, t.versionNo),
    index('programmes_status_idx').on(t.status),
    index('programmes_agreed_by_user_idx').on(t.agreedByUserId),
    index('programmes_created_by_idx').on(t.createdBy),
  ],
);

/** What the partner wants to achieve, in one area; `key` stays the same across versions (for diffs). */
export const programmeObjectives = pgTable(
  'programme_objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    key: uuid('key').notNull().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    priority: text('priority').notNull().default('medium'),
    textEn: text('text_en').notNull().default(''),
    textFr: text('text_fr').notNull().default(''),
    position: smallint('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('programme_objectives_key').on(t.programmeId, t.key),
    index('programme_objectives_area_idx').on(t.areaId),
  ],
);

/** A menu activity chosen for the programme: how many people the partner plans to send, for which objective. */
export const programmeActivities = pgTable(
  'programme_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    /** The objective's `key` (stable across versions), or null when it serves none in particular. */
    objectiveKey: uuid('objective_key'),
    plannedParticipants: smallint('planned_participants').notNull().default(1),
    noteEn: text('note_en').notNull().default(''),
    noteFr: text('note_fr').notNull().default(''),
  },
  (t) => [
    uniqueIndex('programme_activities_key').on(t.programmeId, t.activityId),
    index('programme_activities_activity_idx').on(t.activityId),
  ],
);

/** The status history of a version, with each step's comment. */
export const programmeTransitionsLog = pgTable(
  'programme_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    comment: text('comment').notNull().default(''),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorLabel: text('actor_label').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('programme_transitions_programme_idx').on(t.programmeId, t.occurredAt),
    index('programme_transitions_actor_idx').on(t.actorUserId),
  ],
);
