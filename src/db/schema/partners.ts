import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areas, frameworks } from './taxonomies';

export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    isoCode: text('iso_code'),
    kind: text('kind').notNull(),
    nameEn: text('name_en').notNull(),
    nameFr: text('name_fr').notNull(),
    summaryEn: text('summary_en').notNull().default(''),
    summaryFr: text('summary_fr').notNull().default(''),
    status: text('status').notNull(),
    relationsSinceYear: smallint('relations_since_year'),
    releasability: text('releasability').notNull().default('internal'),
    releasableTo: uuid('releasable_to').array().notNull().default(sql`'{}'::uuid[]`),
    /** Both names and the code, folded (lower case, no accents), for search. */
    searchText: text('search_text').notNull(),
    /** Folded names, so that "Émirats" sorts with the E's in both databases whatever their collation. */
    sortKeyEn: text('sort_key_en').notNull(),
    sortKeyFr: text('sort_key_fr').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('partners_iso_code_key').on(t.isoCode),
    uniqueIndex('partners_name_en_key').on(sql`lower(${t.nameEn})`),
    index('partners_status_idx').on(t.status),
    index('partners_releasable_to_idx').using('gin', t.releasableTo),
    index('partners_sort_en_idx').on(t.sortKeyEn),
    index('partners_sort_fr_idx').on(t.sortKeyFr),
  ],
);

export const partnerFrameworks = pgTable(
  'partner_frameworks',
  {
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => frameworks.id),
    joinedOn: date('joined_on'),
    leftOn: date('left_on'),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.frameworkId] }),
    index('partner_frameworks_framework_idx').on(t.frameworkId),
  ],
);

export const partnerAreas = pgTable(
  'partner_areas',
  {
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.areaId] }), index('partner_areas_area_idx').on(t.areaId)],
);

export const milestones = pgTable(
  'milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    occurredOn: date('occurred_on').notNull(),
    precision: text('precision').notNull().default('day'),
    kind: text('kind').notNull(),
    titleEn: text('title_en').notNull(),
    titleFr: text('title_fr').notNull(),
    descriptionEn: text('description_en').notNull().default(''),
    descriptionFr: text('description_fr').notNull().default(''),
  },
  (t) => [index('milestones_partner_idx').on(t.partnerId, t.occurredOn)],
);
