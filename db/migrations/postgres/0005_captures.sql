CREATE TABLE "capture_blobs" (
	"sha256" text PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capture_checks" (
	"id" text PRIMARY KEY NOT NULL,
	"capture_id" text NOT NULL,
	"checked_at" text NOT NULL,
	"changed" boolean,
	"text" text,
	"text_sha256" text,
	"diff" jsonb,
	"http_status" integer,
	"final_url" text,
	"error" text,
	"checked_by" text
);
--> statement-breakpoint
CREATE TABLE "captures" (
	"id" text PRIMARY KEY NOT NULL,
	"investigation_id" text NOT NULL,
	"url" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"due_at" text NOT NULL,
	"leased_until" text,
	"leased_by" text,
	"error" text,
	"captured_at" text,
	"final_url" text,
	"http_status" integer,
	"title" text,
	"archive_sha256" text,
	"screenshot_sha256" text,
	"text" text,
	"text_sha256" text,
	"requested_by" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "capture_id" text;--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "capture_quote_match" jsonb;--> statement-breakpoint
ALTER TABLE "investigations" ADD COLUMN "daily_recheck" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "capture_id" text;--> statement-breakpoint
ALTER TABLE "capture_checks" ADD CONSTRAINT "capture_checks_capture_id_captures_id_fk" FOREIGN KEY ("capture_id") REFERENCES "public"."captures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capture_checks" ADD CONSTRAINT "capture_checks_checked_by_users_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "captures" ADD CONSTRAINT "captures_investigation_id_investigations_id_fk" FOREIGN KEY ("investigation_id") REFERENCES "public"."investigations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "captures" ADD CONSTRAINT "captures_archive_sha256_capture_blobs_sha256_fk" FOREIGN KEY ("archive_sha256") REFERENCES "public"."capture_blobs"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "captures" ADD CONSTRAINT "captures_screenshot_sha256_capture_blobs_sha256_fk" FOREIGN KEY ("screenshot_sha256") REFERENCES "public"."capture_blobs"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "captures" ADD CONSTRAINT "captures_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "capture_checks_capture_idx" ON "capture_checks" USING btree ("capture_id","checked_at");--> statement-breakpoint
CREATE INDEX "captures_status_due_idx" ON "captures" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "captures_investigation_idx" ON "captures" USING btree ("investigation_id");--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_capture_id_captures_id_fk" FOREIGN KEY ("capture_id") REFERENCES "public"."captures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_capture_id_captures_id_fk" FOREIGN KEY ("capture_id") REFERENCES "public"."captures"("id") ON DELETE set null ON UPDATE no action;