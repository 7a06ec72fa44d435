ALTER TABLE "investigations" ADD COLUMN "report_language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text;