CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" smallint NOT NULL,
	"code" text NOT NULL,
	"provider_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"title_fr" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"description_fr" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"area_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"fee_amount" numeric(12, 2),
	"fee_currency" text,
	"clearance" text DEFAULT 'none' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"second_approval" boolean DEFAULT false NOT NULL,
	"eligibility" text DEFAULT 'all' NOT NULL,
	"eligible_framework_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"eligible_partner_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"releasability" text DEFAULT 'public' NOT NULL,
	"releasable_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"recurring" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"search_en" text DEFAULT '' NOT NULL,
	"search_fr" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, search_en), 'A') || setweight(to_tsvector('french'::regconfig, search_fr), 'A')) STORED,
	"sort_key_en" text DEFAULT '' NOT NULL,
	"sort_key_fr" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_areas" (
	"activity_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	CONSTRAINT "activity_areas_activity_id_area_id_pk" PRIMARY KEY("activity_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"filter" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "iterations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"online" boolean DEFAULT false NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"country_code" text,
	"seats" integer DEFAULT 0 NOT NULL,
	"nomination_deadline" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "contact_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "contact_email" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "contact_phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "website" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_areas" ADD CONSTRAINT "activity_areas_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_areas" ADD CONSTRAINT "activity_areas_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iterations" ADD CONSTRAINT "iterations_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activities_year_code_key" ON "activities" USING btree ("year",lower("code"));--> statement-breakpoint
CREATE INDEX "activities_provider_idx" ON "activities" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "activities_year_status_idx" ON "activities" USING btree ("year","status");--> statement-breakpoint
CREATE INDEX "activities_search_idx" ON "activities" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "activities_eligible_partners_idx" ON "activities" USING gin ("eligible_partner_ids");--> statement-breakpoint
CREATE INDEX "activities_eligible_frameworks_idx" ON "activities" USING gin ("eligible_framework_ids");--> statement-breakpoint
CREATE INDEX "activities_releasable_to_idx" ON "activities" USING gin ("releasable_to");--> statement-breakpoint
CREATE INDEX "activity_areas_area_idx" ON "activity_areas" USING btree ("area_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_key_hash_key" ON "calendar_feeds" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "calendar_feeds_user_idx" ON "calendar_feeds" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "iterations_activity_idx" ON "iterations" USING btree ("activity_id","starts_on");--> statement-breakpoint
CREATE INDEX "iterations_starts_on_idx" ON "iterations" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "iterations_open_idx" ON "iterations" USING btree ("activity_id","nomination_deadline") WHERE "iterations"."status" = 'open';--> statement-breakpoint
-- The search reads every activity of a year: long texts (descriptions, search texts, the vector) go
-- out of line early, so that the rows it scans stay small (docs/performance.md §8.4).
ALTER TABLE "activities" SET (toast_tuple_target = 512);
