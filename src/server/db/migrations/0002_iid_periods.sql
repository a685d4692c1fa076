CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"code" text NOT NULL,
	"aspect" text NOT NULL,
	"position" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"parameters" jsonb NOT NULL,
	"variables" jsonb NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_period_code" ON "indicators" USING btree ("period_id","code");--> statement-breakpoint
CREATE INDEX "indicators_period_position" ON "indicators" USING btree ("period_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "periods_region_year" ON "periods" USING btree ("region_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "periods_one_current" ON "periods" USING btree ("region_id") WHERE "periods"."is_current";