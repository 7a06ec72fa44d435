-- Hand-written (drizzle-kit generate --custom): the full-text index of search_documents, which
-- the table definition cannot state. An external-content FTS5 table over the pre-stemmed `terms`
-- and `signature` (lib/search indexTermsOf: lower-case ASCII words, so the tokenizer only splits
-- at spaces), kept in step by triggers: every insert, update and delete of a row, including the
-- deletes that cascade from its subject, changes the index in the same statement.
CREATE VIRTUAL TABLE `search_documents_fts` USING fts5(`terms`, `signature`, content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `search_documents_fts_insert` AFTER INSERT ON `search_documents` BEGIN
  INSERT INTO `search_documents_fts`(rowid, `terms`, `signature`) VALUES (new.`id`, new.`terms`, new.`signature`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_fts_delete` AFTER DELETE ON `search_documents` BEGIN
  INSERT INTO `search_documents_fts`(`search_documents_fts`, rowid, `terms`, `signature`) VALUES ('delete', old.`id`, old.`terms`, old.`signature`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_fts_update` AFTER UPDATE OF `terms`, `signature` ON `search_documents` BEGIN
  INSERT INTO `search_documents_fts`(`search_documents_fts`, rowid, `terms`, `signature`) VALUES ('delete', old.`id`, old.`terms`, old.`signature`);
  INSERT INTO `search_documents_fts`(rowid, `terms`, `signature`) VALUES (new.`id`, new.`terms`, new.`signature`);
END;
