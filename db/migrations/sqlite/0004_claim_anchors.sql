CREATE TABLE `claim_anchors` (
	`claim_id` text NOT NULL,
	`source_version_id` text NOT NULL,
	`status` text NOT NULL,
	`start` integer,
	`end` integer,
	`score` real NOT NULL,
	`reason` text,
	PRIMARY KEY(`claim_id`, `source_version_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_version_id`) REFERENCES `source_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `claim_anchors_version_idx` ON `claim_anchors` (`source_version_id`);