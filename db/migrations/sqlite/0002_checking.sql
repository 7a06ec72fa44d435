CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`reviewer_id` text NOT NULL,
	`verdict_key` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_claim_reviewer_idx` ON `assessments` (`claim_id`,`reviewer_id`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`body` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_claim_idx` ON `comments` (`claim_id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`url` text,
	`outlet` text,
	`quote` text,
	`stance` text NOT NULL,
	`accessed_at` text,
	`quote_match` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_claim_idx` ON `evidence` (`claim_id`);--> statement-breakpoint
DROP INDEX `events_investigation_idx`;--> statement-breakpoint
CREATE INDEX `events_investigation_idx` ON `events` (`investigation_id`,`id`);--> statement-breakpoint
ALTER TABLE `claims` ADD `status` text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `assignee_id` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `claims` ADD `verdict_key` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `rationale` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `approved_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `claims` ADD `approved_at` text;--> statement-breakpoint
ALTER TABLE `investigations` ADD `rating_scale` text;--> statement-breakpoint
ALTER TABLE `investigations` ADD `hides_others_assessments` integer DEFAULT true NOT NULL;