import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areas, providers } from './taxonomies';
import { users } from './users';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One activity of one year's menu. The code (provider prefix + number) is unique within a year: the
 * same course keeps its code when the menu is copied forward.
 */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: smallint('year').notNull(),
    code: text('code').notNull(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    kind: text('kind').notNull(),
    titleEn: text('title_en').notNull().default(''),
    titleFr: text('title_fr').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    descriptionFr: text('description_fr').notNull().default(''),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    /**
     * The areas again, as `activity_areas` holds them (written in the same transaction): the menu's
     * search filters and counts areas on the activity's own row, without a join.
     */
    areaIds: uuid('area_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** No fee when null; the amount in `feeCurrency` (ISO 4217). */
    feeAmount: numeric('fee_amount', { precision: 12, scale: 2 }),
    feeCurrency: text('fee_currency'),
    clearance: text('clearance').notNull().default('none'),
    contactName: text('contact_name').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    secondApproval: boolean('second_approval').notNull().default(false),
    eligibility: text('eligibility').notNull().default('all'),
    eligibleFrameworkIds: uuid('eligible_framework_ids').array().notNull().default(sql`'{}'::uuid[]`),
    eligiblePartnerIds: uuid('eligible_partner_ids').array().notNull().default(sql`'{}'::uuid[]`),
    releasability: text('releasability').notNull().default('public'),
    releasableTo: uuid('releasable_to').array().notNull().default(sql`'{}'::uuid[]`),
    /** Copied into next year's menu by "copy forward". */
    recurring: boolean('recurring').notNull().default(true),
    status: text('status').notNull().default('draft'),
    /** Set when first published: from then on the activity is visible outside the staff and its provider. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Code, titles and descriptions folded (lower case, no accents), per language, for full-text search. */
    searchEn: text('search_en').notNull().default(''),
    searchFr: text('search_fr').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('english'::regconfig, search_en), 'A') || setweight(to_tsvector('french'::regconfig, search_fr), 'A')`,
    ),
    /**
     * The earliest start and the countries of the activity's iterations, all of them and the published
     * ones, kept by triggers on `iterations` (migration 0002): the menu sorts by first start and counts
     * countries without reading the iterations of every match.
     */
    firstStartOn: date('first_start_on'),
    countryCodes: text('country_codes').array().notNull().default(sql`'{}'::text[]`),
    publishedFirstStartOn: date('published_first_start_on'),
    publishedCountryCodes: text('published_country_codes').array().notNull().default(sql`'{}'::text[]`),
    sortKeyEn: text('sort_key_en').notNull().default(''),
    sortKeyFr: text('sort_key_fr').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('activities_year_code_key').on(t.year, sql`lower(${t.code})`),
    index('activities_provider_idx').on(t.providerId),
    index('activities_year_status_idx').on(t.year, t.status),
    index('activities_search_idx').using('gin', t.searchVector),
    index('activities_eligible_partners_idx').using('gin', t.eligiblePartnerIds),
    index('activities_eligible_frameworks_idx').using('gin', t.eligibleFrameworkIds),
    index('activities_releasable_to_idx').using('gin', t.releasableTo),
  ],
);

export const activityAreas = pgTable(
  'activity_areas',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.areaId] }), index('activity_areas_area_idx').on(t.areaId)],
);

/** One dated run of an activity: nominations are to an iteration. */
export const iterations = pgTable(
  'iterations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    /** Both null for a self-paced activity (e-learning). */
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    online: boolean('online').notNull().default(false),
    city: text('city').notNull().default(''),
    countryCode: text('country_code'),
    seats: integer('seats').notNull().default(0),
    nominationDeadline: date('nomination_deadline'),
    /**
     * Seats one partner may hold until the unfilled seats are released (null: no limit). The release,
     * a few weeks before the start, serves the waiting list by priority and lifts the limit.
     */
    partnerSeatLimit: smallint('partner_seat_limit'),
    seatsReleasedAt: timestamp('seats_released_at', { withTimezone: true }),
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** iCalendar SEQUENCE: bumped whenever what a calendar shows of this iteration changes. */
    sequence: integer('sequence').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('iterations_activity_idx').on(t.activityId, t.startsOn),
    index('iterations_starts_on_idx').on(t.startsOn),
    // "Open now" looks for the few iterations taking nominations among many.
    index('iterations_open_idx').on(t.activityId, t.nominationDeadline).where(sql`${t.status} = 'open'`),
  ],
);

/** A calendar subscription: a secret key in a URL stands for the user and the filter it was made with. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    filter: jsonb('filter').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feeds_key_hash_key').on(t.keyHash),
    index('calendar_feeds_user_idx').on(t.userId),
  ],
);
