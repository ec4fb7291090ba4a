CREATE TABLE "nomination_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iteration_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"programme_id" uuid,
	"full_name" text NOT NULL,
	"rank_title" text DEFAULT '' NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"email" text NOT NULL,
	"working_language" text NOT NULL,
	"nationality" text NOT NULL,
	"status" text NOT NULL,
	"priority" smallint DEFAULT 1 NOT NULL,
	"decision_reason" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"attendance" text,
	"completed" boolean DEFAULT false NOT NULL,
	"erased_at" timestamp with time zone,
	"nominated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notification_id" uuid,
	"recipient" text NOT NULL,
	"locale" text NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"link" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"link" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"objective_key" uuid,
	"planned_participants" smallint DEFAULT 1 NOT NULL,
	"note_en" text DEFAULT '' NOT NULL,
	"note_fr" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"priority" text DEFAULT 'medium' NOT NULL,
	"text_en" text DEFAULT '' NOT NULL,
	"text_fr" text DEFAULT '' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"version_no" smallint DEFAULT 1 NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"title_fr" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"summary_fr" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"agreed_on" date,
	"agreed_by_partner" text DEFAULT '' NOT NULL,
	"agreed_by_alliance" text DEFAULT '' NOT NULL,
	"agreed_by_user_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "iterations" ADD COLUMN "partner_seat_limit" smallint;--> statement-breakpoint
ALTER TABLE "iterations" ADD COLUMN "seats_released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "nomination_reports" ADD CONSTRAINT "nomination_reports_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_reports" ADD CONSTRAINT "nomination_reports_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_iteration_id_iterations_id_fk" FOREIGN KEY ("iteration_id") REFERENCES "public"."iterations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activities" ADD CONSTRAINT "programme_activities_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activities" ADD CONSTRAINT "programme_activities_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_objectives" ADD CONSTRAINT "programme_objectives_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_objectives" ADD CONSTRAINT "programme_objectives_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_transitions" ADD CONSTRAINT "programme_transitions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_transitions" ADD CONSTRAINT "programme_transitions_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_agreed_by_user_id_users_id_fk" FOREIGN KEY ("agreed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "nomination_reports_nomination_idx" ON "nomination_reports" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "nomination_reports_uploaded_by_idx" ON "nomination_reports" USING btree ("uploaded_by");--> statement-breakpoint
CREATE INDEX "nominations_iteration_idx" ON "nominations" USING btree ("iteration_id","status");--> statement-breakpoint
CREATE INDEX "nominations_partner_idx" ON "nominations" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "nominations_partner_iteration_idx" ON "nominations" USING btree ("partner_id","iteration_id","status","attendance");--> statement-breakpoint
CREATE INDEX "nominations_created_idx" ON "nominations" USING btree ("created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "nominations_programme_idx" ON "nominations" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "nominations_decided_by_idx" ON "nominations" USING btree ("decided_by");--> statement-breakpoint
CREATE INDEX "nominations_nominated_by_idx" ON "nominations" USING btree ("nominated_by");--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_person_key" ON "nominations" USING btree ("iteration_id",lower("email")) WHERE "nominations"."status" in ('pending', 'accepted', 'waitlisted') and "nominations"."erased_at" is null;--> statement-breakpoint
CREATE INDEX "mail_outbox_pending_idx" ON "mail_outbox" USING btree ("next_attempt_at") WHERE "mail_outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "mail_outbox_notification_idx" ON "mail_outbox" USING btree ("notification_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_activities_key" ON "programme_activities" USING btree ("programme_id","activity_id");--> statement-breakpoint
CREATE INDEX "programme_activities_activity_idx" ON "programme_activities" USING btree ("activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_objectives_key" ON "programme_objectives" USING btree ("programme_id","key");--> statement-breakpoint
CREATE INDEX "programme_objectives_area_idx" ON "programme_objectives" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "programme_transitions_programme_idx" ON "programme_transitions" USING btree ("programme_id","occurred_at");--> statement-breakpoint
CREATE INDEX "programme_transitions_actor_idx" ON "programme_transitions" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "programmes_partner_idx" ON "programmes" USING btree ("partner_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_lineage_version_key" ON "programmes" USING btree ("lineage_id","version_no");--> statement-breakpoint
CREATE INDEX "programmes_status_idx" ON "programmes" USING btree ("status");--> statement-breakpoint
CREATE INDEX "programmes_agreed_by_user_idx" ON "programmes" USING btree ("agreed_by_user_id");--> statement-breakpoint
CREATE INDEX "programmes_created_by_idx" ON "programmes" USING btree ("created_by");