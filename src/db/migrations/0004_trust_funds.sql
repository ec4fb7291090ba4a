CREATE TABLE "exchange_rates" (
	"currency" text NOT NULL,
	"rate_date" date NOT NULL,
	"rate" numeric NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid,
	CONSTRAINT "exchange_rates_currency_rate_date_pk" PRIMARY KEY("currency","rate_date"),
	CONSTRAINT "exchange_rates_rate_check" CHECK ("exchange_rates"."rate" > 0)
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"partner_id" uuid,
	"iso_code" text,
	"name_en" text DEFAULT '' NOT NULL,
	"name_fr" text DEFAULT '' NOT NULL,
	"iati_ref" text,
	"iati_type" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"source" text NOT NULL,
	"rows" integer NOT NULL,
	"currencies" text[] NOT NULL,
	"first_date" date NOT NULL,
	"last_date" date NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tf_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"amount" numeric NOT NULL,
	"currency" text NOT NULL,
	"value_date" date NOT NULL,
	CONSTRAINT "tf_budgets_amount_check" CHECK ("tf_budgets"."amount" >= 0),
	CONSTRAINT "tf_budgets_period_check" CHECK ("tf_budgets"."period_end" >= "tf_budgets"."period_start")
);
--> statement-breakpoint
CREATE TABLE "tf_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"category" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"title_fr" text DEFAULT '' NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tf_indicator_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"target" numeric,
	"actual" numeric,
	CONSTRAINT "tf_indicator_periods_check" CHECK ("tf_indicator_periods"."period_end" >= "tf_indicator_periods"."period_start")
);
--> statement-breakpoint
CREATE TABLE "tf_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"result_type" text NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text NOT NULL,
	"unit" text NOT NULL,
	"ascending" boolean DEFAULT true NOT NULL,
	"baseline_value" numeric,
	"baseline_year" smallint,
	"position" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tf_project_lead_nations" (
	"project_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "tf_project_lead_nations_project_id_organisation_id_pk" PRIMARY KEY("project_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "tf_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text NOT NULL,
	"objectives_en" text DEFAULT '' NOT NULL,
	"objectives_fr" text DEFAULT '' NOT NULL,
	"beneficiary_country" text NOT NULL,
	"beneficiary_partner_id" uuid,
	"executing_agency_id" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"releasability" text DEFAULT 'internal' NOT NULL,
	"releasable_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tf_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"project_id" uuid,
	"type" text NOT NULL,
	"party_id" uuid,
	"amount" numeric NOT NULL,
	"currency" text NOT NULL,
	"value_date" date NOT NULL,
	"rate" numeric NOT NULL,
	"rate_date" date NOT NULL,
	"rate_source" text NOT NULL,
	"amount_base" numeric NOT NULL,
	"pledge_id" uuid,
	"earmark_en" text DEFAULT '' NOT NULL,
	"earmark_fr" text DEFAULT '' NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"over_balance" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tf_transactions_amount_check" CHECK ("tf_transactions"."amount" > 0),
	CONSTRAINT "tf_transactions_rate_check" CHECK ("tf_transactions"."rate" > 0)
);
--> statement-breakpoint
CREATE TABLE "trust_funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"description_fr" text DEFAULT '' NOT NULL,
	"currency" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"beneficiary_partner_id" uuid,
	"manager_org_id" uuid,
	"releasability" text DEFAULT 'internal' NOT NULL,
	"releasable_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_import_id_rate_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."rate_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_imports" ADD CONSTRAINT "rate_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_budgets" ADD CONSTRAINT "tf_budgets_project_id_tf_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."tf_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_documents" ADD CONSTRAINT "tf_documents_project_id_tf_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."tf_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_documents" ADD CONSTRAINT "tf_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_indicator_periods" ADD CONSTRAINT "tf_indicator_periods_indicator_id_tf_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."tf_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_indicators" ADD CONSTRAINT "tf_indicators_project_id_tf_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."tf_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_project_lead_nations" ADD CONSTRAINT "tf_project_lead_nations_project_id_tf_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."tf_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_project_lead_nations" ADD CONSTRAINT "tf_project_lead_nations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_projects" ADD CONSTRAINT "tf_projects_fund_id_trust_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."trust_funds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_projects" ADD CONSTRAINT "tf_projects_beneficiary_partner_id_partners_id_fk" FOREIGN KEY ("beneficiary_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_projects" ADD CONSTRAINT "tf_projects_executing_agency_id_organisations_id_fk" FOREIGN KEY ("executing_agency_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_projects" ADD CONSTRAINT "tf_projects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tf_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_transactions" ADD CONSTRAINT "tf_transactions_fund_id_trust_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."trust_funds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_transactions" ADD CONSTRAINT "tf_transactions_project_id_tf_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."tf_projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_transactions" ADD CONSTRAINT "tf_transactions_party_id_organisations_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_transactions" ADD CONSTRAINT "tf_transactions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tf_transactions" ADD CONSTRAINT "tf_transactions_pledge_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."tf_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust_funds" ADD CONSTRAINT "trust_funds_beneficiary_partner_id_partners_id_fk" FOREIGN KEY ("beneficiary_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust_funds" ADD CONSTRAINT "trust_funds_manager_org_id_organisations_id_fk" FOREIGN KEY ("manager_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_rates_import_idx" ON "exchange_rates" USING btree ("import_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_partner_key" ON "organisations" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_iso_code_key" ON "organisations" USING btree ("iso_code") WHERE "organisations"."kind" = 'member_state';--> statement-breakpoint
CREATE INDEX "rate_imports_imported_by_idx" ON "rate_imports" USING btree ("imported_by");--> statement-breakpoint
CREATE UNIQUE INDEX "tf_budgets_period_key" ON "tf_budgets" USING btree ("project_id","kind","period_start");--> statement-breakpoint
CREATE INDEX "tf_documents_project_idx" ON "tf_documents" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "tf_documents_uploaded_by_idx" ON "tf_documents" USING btree ("uploaded_by");--> statement-breakpoint
CREATE UNIQUE INDEX "tf_indicator_periods_key" ON "tf_indicator_periods" USING btree ("indicator_id","period_start");--> statement-breakpoint
CREATE INDEX "tf_indicators_project_idx" ON "tf_indicators" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "tf_lead_org_idx" ON "tf_project_lead_nations" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tf_projects_code_key" ON "tf_projects" USING btree ("fund_id",lower("code"));--> statement-breakpoint
CREATE INDEX "tf_projects_parent_idx" ON "tf_projects" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "tf_projects_beneficiary_idx" ON "tf_projects" USING btree ("beneficiary_country");--> statement-breakpoint
CREATE INDEX "tf_projects_releasable_to_idx" ON "tf_projects" USING gin ("releasable_to");--> statement-breakpoint
CREATE INDEX "tf_transactions_fund_idx" ON "tf_transactions" USING btree ("fund_id","type");--> statement-breakpoint
CREATE INDEX "tf_transactions_project_idx" ON "tf_transactions" USING btree ("project_id","type");--> statement-breakpoint
CREATE INDEX "tf_transactions_party_idx" ON "tf_transactions" USING btree ("party_id","type","value_date");--> statement-breakpoint
CREATE INDEX "tf_transactions_pledge_idx" ON "tf_transactions" USING btree ("pledge_id");--> statement-breakpoint
CREATE INDEX "tf_transactions_created_by_idx" ON "tf_transactions" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "tf_transactions_report_idx" ON "tf_transactions" USING btree ("type","value_date","party_id","fund_id","project_id","pledge_id","rate_source","amount_base","id");--> statement-breakpoint
CREATE UNIQUE INDEX "trust_funds_code_key" ON "trust_funds" USING btree (lower("code"));--> statement-breakpoint
CREATE INDEX "trust_funds_releasable_to_idx" ON "trust_funds" USING gin ("releasable_to");