CREATE TABLE "contest_assignments" (
	"round_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contest_assignments_round_id_entry_id_user_id_pk" PRIMARY KEY("round_id","entry_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "contest_conflicts" (
	"contest_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contest_conflicts_entry_id_user_id_pk" PRIMARY KEY("entry_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "contest_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contest_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"entrant_id" uuid NOT NULL,
	"entrant_kind" text NOT NULL,
	"unit_id" uuid,
	"innovation_id" uuid,
	"number" text,
	"status" text DEFAULT 'draf' NOT NULL,
	"category" text,
	"field_of_work" text,
	"title" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"group_name" text,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"declarations" jsonb DEFAULT '{"resident":false,"notAwardedElsewhere":false,"implementedOn":null}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"selection_reason" text,
	"selected_by" uuid,
	"selected_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contest_entry_files" (
	"entry_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"field" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contest_entry_files_entry_id_file_id_pk" PRIMARY KEY("entry_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "contest_judges" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"chair" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contest_judges_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "contest_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contest_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"mode" text
);
--> statement-breakpoint
CREATE TABLE "contest_scores" (
	"round_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"criterion" text NOT NULL,
	"score" double precision,
	"abstain" boolean DEFAULT false NOT NULL,
	"comment" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contest_scores_round_id_entry_id_user_id_criterion_pk" PRIMARY KEY("round_id","entry_id","user_id","criterion")
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draf' NOT NULL,
	"description" text,
	"rules" text,
	"categories" jsonb NOT NULL,
	"fields_of_work" jsonb NOT NULL,
	"eligibility" jsonb NOT NULL,
	"form" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"normalise" boolean DEFAULT false NOT NULL,
	"tie_break" text NOT NULL,
	"assignment_mode" text NOT NULL,
	"min_per_entry" integer DEFAULT 3 NOT NULL,
	"winners_per_category" integer DEFAULT 3 NOT NULL,
	"signatory" jsonb NOT NULL,
	"results" jsonb,
	"published_at" timestamp with time zone,
	"results_published_at" timestamp with time zone,
	"last_entry_number" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contest_assignments" ADD CONSTRAINT "contest_assignments_round_id_contest_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."contest_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_assignments" ADD CONSTRAINT "contest_assignments_entry_id_contest_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."contest_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_assignments" ADD CONSTRAINT "contest_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_conflicts" ADD CONSTRAINT "contest_conflicts_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_conflicts" ADD CONSTRAINT "contest_conflicts_entry_id_contest_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."contest_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_conflicts" ADD CONSTRAINT "contest_conflicts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_entrant_id_users_id_fk" FOREIGN KEY ("entrant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entry_files" ADD CONSTRAINT "contest_entry_files_entry_id_contest_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."contest_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entry_files" ADD CONSTRAINT "contest_entry_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_judges" ADD CONSTRAINT "contest_judges_round_id_contest_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."contest_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_judges" ADD CONSTRAINT "contest_judges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_rounds" ADD CONSTRAINT "contest_rounds_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_round_id_contest_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."contest_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_entry_id_contest_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."contest_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contest_assignments_user" ON "contest_assignments" USING btree ("user_id","round_id");--> statement-breakpoint
CREATE INDEX "contest_conflicts_contest" ON "contest_conflicts" USING btree ("contest_id");--> statement-breakpoint
CREATE INDEX "contest_entries_contest" ON "contest_entries" USING btree ("contest_id","status");--> statement-breakpoint
CREATE INDEX "contest_entries_entrant" ON "contest_entries" USING btree ("entrant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contest_entries_number" ON "contest_entries" USING btree ("contest_id","number");--> statement-breakpoint
CREATE INDEX "contest_judges_user" ON "contest_judges" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "contest_rounds_contest" ON "contest_rounds" USING btree ("contest_id","position");--> statement-breakpoint
CREATE INDEX "contest_scores_entry" ON "contest_scores" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contests_slug" ON "contests" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "contests_region" ON "contests" USING btree ("region_id","created_at");