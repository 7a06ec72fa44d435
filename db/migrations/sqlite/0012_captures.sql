CREATE TABLE `capture_blobs` (
	`sha256` text PRIMARY KEY NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`bytes` blob NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `capture_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`capture_id` text NOT NULL,
	`checked_at` text NOT NULL,
	`changed` integer,
	`text` text,
	`text_sha256` text,
	`diff` text,
	`http_status` integer,
	`final_url` text,
	`error` text,
	`checked_by` text,
	FOREIGN KEY (`capture_id`) REFERENCES `captures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`checked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `capture_checks_capture_idx` ON `capture_checks` (`capture_id`,`checked_at`);--> statement-breakpoint
CREATE TABLE `captures` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`url` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`due_at` text NOT NULL,
	`leased_until` text,
	`leased_by` text,
	`error` text,
	`captured_at` text,
	`final_url` text,
	`http_status` integer,
	`title` text,
	`archive_sha256` text,
	`screenshot_sha256` text,
	`text` text,
	`text_sha256` text,
	`requested_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`archive_sha256`) REFERENCES `capture_blobs`(`sha256`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`screenshot_sha256`) REFERENCES `capture_blobs`(`sha256`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `captures_status_due_idx` ON `captures` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `captures_investigation_idx` ON `captures` (`investigation_id`);--> statement-breakpoint
ALTER TABLE `evidence` ADD `capture_id` text REFERENCES captures(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `evidence` ADD `capture_quote_match` text;--> statement-breakpoint
ALTER TABLE `investigations` ADD `daily_recheck` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `capture_id` text REFERENCES captures(id) ON DELETE SET NULL;