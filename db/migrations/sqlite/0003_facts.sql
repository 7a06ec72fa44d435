CREATE TABLE `facts` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`title` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `facts_investigation_idx` ON `facts` (`investigation_id`);--> statement-breakpoint
ALTER TABLE `claims` ADD `fact_id` text REFERENCES facts(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `claims` ADD `quantity_override` text;--> statement-breakpoint
ALTER TABLE `investigations` ADD `approximate_tolerance_percent` integer DEFAULT 10 NOT NULL;