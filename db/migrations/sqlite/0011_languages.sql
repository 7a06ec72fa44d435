ALTER TABLE `investigations` ADD `report_language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `locale` text;