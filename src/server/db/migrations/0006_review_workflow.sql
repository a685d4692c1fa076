CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "review_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"innovation_id" uuid NOT NULL,
	"action" text NOT NULL,
	"code" text,
	"from_state" text,
	"to_state" text,
	"actor_id" uuid,
	"actor_name" text,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "review" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "reviewed_by_name" text;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "innovations" ADD COLUMN "review_state" text DEFAULT 'draf' NOT NULL;--> statement-breakpoint
ALTER TABLE "innovations" ADD COLUMN "review_state_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "innovations" ADD COLUMN "reported_on" date;--> statement-breakpoint
ALTER TABLE "innovations" ADD COLUMN "reported_by_name" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "review_events_innovation" ON "review_events" USING btree ("innovation_id","at");--> statement-breakpoint
CREATE INDEX "review_events_region" ON "review_events" USING btree ("region_id","at");