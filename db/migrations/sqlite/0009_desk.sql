CREATE TABLE `claim_follows` (
	`user_id` text NOT NULL,
	`claim_id` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `claim_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `claim_follows_claim_idx` ON `claim_follows` (`claim_id`);--> statement-breakpoint
CREATE TABLE `fact_follows` (
	`user_id` text NOT NULL,
	`fact_id` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `fact_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`fact_id`) REFERENCES `facts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `fact_follows_fact_idx` ON `fact_follows` (`fact_id`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`investigation_id` text NOT NULL,
	`claim_id` text,
	`fact_id` text,
	`actor_id` text,
	`excerpt` text,
	`created_at` text NOT NULL,
	`read_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`fact_id`) REFERENCES `facts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notifications_unread_idx` ON `notifications` (`user_id`,`read_at`);--> statement-breakpoint
CREATE TABLE `public_links` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`token` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `public_links_token_unique` ON `public_links` (`token`);--> statement-breakpoint
CREATE INDEX `public_links_investigation_idx` ON `public_links` (`investigation_id`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`webhook_id` text NOT NULL,
	`event` text NOT NULL,
	`payload` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`leased_until` text,
	`last_status` integer,
	`last_error` text,
	`created_at` text NOT NULL,
	`delivered_at` text,
	FOREIGN KEY (`webhook_id`) REFERENCES `webhooks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due_idx` ON `webhook_deliveries` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_webhook_idx` ON `webhook_deliveries` (`webhook_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`url` text NOT NULL,
	`secret` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `webhooks_investigation_idx` ON `webhooks` (`investigation_id`);--> statement-breakpoint
ALTER TABLE `claims` ADD `verdict_set_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `claims` ADD `due_at` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `statement` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `claimant` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `published_url` text;--> statement-breakpoint
ALTER TABLE `investigations` ADD `four_eyes` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `investigations` ADD `published_url` text;--> statement-breakpoint
-- Four eyes needs who set each verdict: for claims made before this column, the last person recorded setting the verdict or its rationale, else the claim's author.
UPDATE `claims` SET `verdict_set_by` = coalesce((SELECT e.actor_id FROM events e WHERE e.subject_type = 'claim' AND e.subject_id = `claims`.id AND e.action IN ('claim.verdict-set', 'claim.rationale-changed') ORDER BY e.id DESC LIMIT 1), `claims`.created_by) WHERE `verdict_key` IS NOT NULL;
