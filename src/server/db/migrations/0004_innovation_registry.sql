CREATE TABLE "answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"innovation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"option" integer NOT NULL,
	"basis" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"innovation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid,
	"url" text,
	"letter_number" text,
	"letter_date" date,
	"letter_subject" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "innovations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"previous_id" uuid,
	"status" text DEFAULT 'aktif' NOT NULL,
	"carry_note" text,
	"name" text NOT NULL,
	"stage" text DEFAULT 'inisiatif' NOT NULL,
	"initiator" text,
	"initiator_name" text,
	"kind" text,
	"form" text,
	"main_affair" text,
	"other_affairs" text[] DEFAULT '{}'::text[] NOT NULL,
	"theme" text,
	"classification" text,
	"priorities" text[] DEFAULT '{}'::text[] NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"trial_started_on" date,
	"trial_planned_end_on" date,
	"implemented_on" date,
	"developed_on" date,
	"design" text DEFAULT '' NOT NULL,
	"design_text" text DEFAULT '' NOT NULL,
	"design_words" integer DEFAULT 0 NOT NULL,
	"goal" text,
	"benefits" text,
	"results" text,
	"budget_amount" bigint,
	"budget_source" text,
	"budget_file_id" uuid,
	"business_profile_file_id" uuid,
	"video_file_id" uuid,
	"video_url" text,
	"iga_entries" integer DEFAULT 0 NOT NULL,
	"completeness" integer DEFAULT 0 NOT NULL,
	"maturity_claimed" double precision DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian', coalesce("innovations"."name", '')), 'A') || setweight(to_tsvector('indonesian', coalesce("innovations"."goal", '') || ' ' || coalesce("innovations"."benefits", '') || ' ' || coalesce("innovations"."results", '')), 'B') || setweight(to_tsvector('indonesian', "innovations"."design_text"), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "lifecycle_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"innovation_id" uuid NOT NULL,
	"step" text NOT NULL,
	"date" date NOT NULL,
	"feasible" boolean,
	"reasons" text,
	"note" text,
	"legal_basis" text,
	"number" text,
	"planned_end_on" date,
	"file_id" uuid,
	"recorded_by" uuid,
	"recorded_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "master_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"list" text NOT NULL,
	"period_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"group" text,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_budget_file_id_files_id_fk" FOREIGN KEY ("budget_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_business_profile_file_id_files_id_fk" FOREIGN KEY ("business_profile_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_video_file_id_files_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lifecycle_records" ADD CONSTRAINT "lifecycle_records_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lifecycle_records" ADD CONSTRAINT "lifecycle_records_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "master_items" ADD CONSTRAINT "master_items_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "master_items" ADD CONSTRAINT "master_items_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "answers_innovation_code" ON "answers" USING btree ("innovation_id","code");--> statement-breakpoint
CREATE INDEX "evidence_innovation_code" ON "evidence" USING btree ("innovation_id","code");--> statement-breakpoint
CREATE INDEX "innovations_region_period" ON "innovations" USING btree ("region_id","period_id","updated_at");--> statement-breakpoint
CREATE INDEX "innovations_unit" ON "innovations" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "innovations_search" ON "innovations" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "innovations_previous" ON "innovations" USING btree ("previous_id");--> statement-breakpoint
CREATE INDEX "lifecycle_innovation" ON "lifecycle_records" USING btree ("innovation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "master_items_region_list_code" ON "master_items" USING btree ("region_id","list","code") WHERE "master_items"."period_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "master_items_period_list_code" ON "master_items" USING btree ("period_id","list","code") WHERE "master_items"."period_id" is not null;