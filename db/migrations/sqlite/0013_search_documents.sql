CREATE TABLE `search_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`subject_id` text NOT NULL,
	`investigation_id` text NOT NULL,
	`source_id` text,
	`claim_id` text,
	`fact_id` text,
	`evidence_id` text,
	`comment_id` text,
	`language` text,
	`verdict` text,
	`status` text,
	`outlet` text,
	`date` text,
	`updated_at` text NOT NULL,
	`title` text NOT NULL,
	`signature` text DEFAULT '' NOT NULL,
	`terms` text NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`fact_id`) REFERENCES `facts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_documents_subject_idx` ON `search_documents` (`kind`,`subject_id`);--> statement-breakpoint
CREATE INDEX `search_documents_investigation_idx` ON `search_documents` (`investigation_id`);--> statement-breakpoint
CREATE INDEX `search_documents_source_idx` ON `search_documents` (`source_id`);--> statement-breakpoint
CREATE INDEX `search_documents_claim_idx` ON `search_documents` (`claim_id`);--> statement-breakpoint
CREATE INDEX `search_documents_fact_idx` ON `search_documents` (`fact_id`);--> statement-breakpoint
CREATE INDEX `search_documents_evidence_idx` ON `search_documents` (`evidence_id`);--> statement-breakpoint
CREATE INDEX `search_documents_comment_idx` ON `search_documents` (`comment_id`);