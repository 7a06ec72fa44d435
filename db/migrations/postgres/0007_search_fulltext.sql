-- Hand-written (drizzle-kit generate --custom): the full-text index of search_documents, which
-- the table definition cannot state. The pre-stemmed `terms` and `signature` (lib/search
-- indexTermsOf: lower-case ASCII words) as tsvectors of the 'simple' configuration, which only
-- lower-cases and splits, so PostgreSQL matches exactly the tokens SQLite's FTS5 does. Generated
-- columns: always in step with the row, and ranked without recomputing the vector.
ALTER TABLE "search_documents" ADD COLUMN "terms_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "terms")) STORED;
--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "signature_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "signature")) STORED;
--> statement-breakpoint
CREATE INDEX "search_documents_terms_vector_idx" ON "search_documents" USING gin ("terms_vector");
--> statement-breakpoint
CREATE INDEX "search_documents_signature_vector_idx" ON "search_documents" USING gin ("signature_vector");
