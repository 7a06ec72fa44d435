CREATE TABLE `recent_times` (
	`key` text PRIMARY KEY NOT NULL,
	`times` text NOT NULL,
	`expires_at` real NOT NULL
);
--> statement-breakpoint
CREATE INDEX `recent_times_expires_idx` ON `recent_times` (`expires_at`);