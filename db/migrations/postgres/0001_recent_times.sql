CREATE TABLE "recent_times" (
	"key" text PRIMARY KEY NOT NULL,
	"times" jsonb NOT NULL,
	"expires_at" double precision NOT NULL
);
--> statement-breakpoint
CREATE INDEX "recent_times_expires_idx" ON "recent_times" USING btree ("expires_at");