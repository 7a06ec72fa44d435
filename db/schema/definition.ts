import { type AnyPgColumn, boolean, customType, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { StoredReading } from "@/lib/quantities/stored-reading";
import type { Role } from "@/lib/roles";

/**
 * Every table of the workspace, defined once. They are written with PostgreSQL's builders;
 * `sqlite.ts` derives the SQLite tables from them, and `schema.test.ts` proves that both
 * match the committed migrations of their dialect. Only column kinds both engines store the
 * same way are used: text, integer, double, boolean, JSON and bytes. Timestamps are ISO-8601
 * strings in UTC (sortable, readable in the CLI and in exports, equal on both engines). Rows
 * that people edit carry `version`, which every update names (optimistic concurrency);
 * source versions are immutable.
 */
const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());
/** Binary content (captured archives and screenshots): bytea on PostgreSQL, BLOB on SQLite; a Buffer on both. */
const bytes = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });
const createdAt = () =>
  text("created_at")
    .notNull()
    .$defaultFn(() => new Date().toISOString());

export const users = pgTable("users", {
  id: id(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role").$type<Role>().notNull(),
  disabledAt: text("disabled_at"),
  /** Bumped on disable, role change and password reset; sessions carrying an older value are refused. */
  sessionVersion: integer("session_version").notNull().default(1),
  /** The interface language the person chose ("en", "es"); null follows the browser's Accept-Language. */
  locale: text("locale"),
  createdAt: createdAt(),
  updatedAt: text("updated_at")
    .notNull()
    .$defaultFn(() => new Date().toISOString()),
});

export const investigations = pgTable("investigations", {
  id: id(),
  title: text("title").notNull(),
  /** The verdict scale (JSON array of { key, label, ratingValue }); null means the default scale. */
  ratingScale: jsonb("rating_scale").$type<Array<{ key: string; label: string; ratingValue: 1 | 2 | 3 | 4 | 5 }>>(),
  /** When set, a reviewer sees others' independent verdicts only after recording their own. */
  hidesOthersAssessments: boolean("hides_others_assessments").notNull().default(true),
  /** Half-width of the band read for "roughly / about N", in percent of N (see lib/quantities). */
  approximateTolerancePercent: integer("approximate_tolerance_percent").notNull().default(10),
  /** Four eyes: the person who set a claim's verdict cannot also approve it. */
  fourEyes: boolean("four_eyes").notNull().default(true),
  /** Where the published fact-check lives (the public report's and ClaimReview's address), or null. */
  publishedUrl: text("published_url"),
  /** The language its reports (HTML, PDF, Markdown) are written in: "en" or "es". */
  reportLanguage: text("report_language").notNull().default("en"),
  /** When set, the live page of every captured evidence link is checked against its capture once a day. */
  dailyRecheck: boolean("daily_recheck").notNull().default(false),
  createdBy: text("created_by")
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
  updatedAt: text("updated_at")
    .notNull()
    .$defaultFn(() => new Date().toISOString()),
  version: integer("version").notNull().default(1),
});

export const sources = pgTable(
  "sources",
  {
    id: id(),
    investigationId: text("investigation_id")
      .notNull()
      .references(() => investigations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    outlet: text("outlet"),
    url: text("url"),
    /** Calendar date as YYYY-MM-DD, when known. */
    publishedAt: text("published_at"),
    /** ISO 639-1 code of the text's language, detected when added and editable; sources made before languages existed read as English. */
    language: text("language").notNull().default("en"),
    /** The captured copy of the page the source was imported from (null: typed, uploaded, or made before captures). */
    captureId: text("capture_id").references((): AnyPgColumn => captures.id, { onDelete: "set null" }),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text("updated_at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
    version: integer("version").notNull().default(1),
  },
  (table) => [index("sources_investigation_idx").on(table.investigationId)],
);

/** The immutable texts of a source; the highest `number` is the current one. */
export const sourceVersions = pgTable(
  "source_versions",
  {
    id: id(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    /** Canonical text: `\n` line endings, Unicode NFC. Offsets into it are UTF-16 code units. */
    text: text("text").notNull(),
    sha256: text("sha256").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("source_versions_source_number_idx").on(table.sourceId, table.number)],
);

/**
 * A highlighted span in a source version. The selectors describe it on the version it was
 * made on (`sourceVersionId`): W3C TextQuoteSelector (exact, prefix, suffix) and
 * TextPositionSelector (start, end in UTF-16 code units, end exclusive). On later versions
 * it is re-anchored from these selectors; it is never silently moved to other words.
 */
export const claims = pgTable(
  "claims",
  {
    id: id(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    sourceVersionId: text("source_version_id")
      .notNull()
      .references(() => sourceVersions.id, { onDelete: "cascade" }),
    exact: text("exact").notNull(),
    prefix: text("prefix").notNull(),
    suffix: text("suffix").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    /** Review workflow: open → in-review → approved (see lib/checking/claim-status.ts). */
    status: text("status").$type<"open" | "in-review" | "approved">().notNull().default("open"),
    assigneeId: text("assignee_id").references(() => users.id, { onDelete: "set null" }),
    /** The claim's verdict: a key of the investigation's rating scale, and its Markdown rationale. */
    verdictKey: text("verdict_key"),
    rationale: text("rationale").notNull().default(""),
    approvedBy: text("approved_by").references(() => users.id),
    approvedAt: text("approved_at"),
    /** Who last set the verdict or its rationale (four eyes: they cannot approve it). */
    verdictSetBy: text("verdict_set_by").references(() => users.id),
    /** Calendar date (YYYY-MM-DD) an editor wants the check done by, or null. */
    dueAt: text("due_at"),
    /**
     * What the public report says of the claim: the full statement the verdict is about (null:
     * the sentence around the highlighted words), who made it (person or organisation, null:
     * not said), and the published fact-check's address when it differs from the investigation's.
     */
    statement: text("statement"),
    claimant: text("claimant"),
    publishedUrl: text("published_url"),
    /** The fact this claim speaks to, if linked; a claim belongs to at most one fact. */
    factId: text("fact_id").references(() => facts.id, { onDelete: "set null" }),
    /** A reviewer's hand correction of the figure read from the claim (JSON quantity), or null. */
    quantityOverride: jsonb("quantity_override").$type<Record<string, unknown> | null>(),
    /**
     * The figure read from `exact` when the claim's words were saved (lib/quantities
     * `StoredReading`: the reading, with the tolerance and reader version it was made with),
     * so exports do not read every claim again. Null for claims saved before it existed; used
     * only when tolerance and reader still match, else the words are read again.
     */
    quantityReading: jsonb("quantity_reading").$type<StoredReading | null>(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text("updated_at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
    version: integer("version").notNull().default(1),
  },
  (table) => [index("claims_source_idx").on(table.sourceId, table.start), index("claims_version_span_idx").on(table.sourceVersionId, table.start, table.end)],
);

/**
 * Where a claim falls on a later version of its source, computed once when that version is
 * saved (in the same transaction) from the claim's selectors, so reading, exporting and the
 * re-anchoring summary do not search again. `start`/`end` are null for orphans. A claim made
 * on a version has no row for it: its own selectors are exact there.
 */
export const claimAnchors = pgTable(
  "claim_anchors",
  {
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    sourceVersionId: text("source_version_id")
      .notNull()
      .references(() => sourceVersions.id, { onDelete: "cascade" }),
    status: text("status").$type<"exact" | "moved" | "fuzzy" | "orphan">().notNull(),
    start: integer("start"),
    end: integer("end"),
    score: doublePrecision("score").notNull(),
    /** Why an orphan has no place (see lib/anchoring OrphanReason). */
    reason: text("reason"),
  },
  (table) => [primaryKey({ columns: [table.claimId, table.sourceVersionId] }), index("claim_anchors_version_idx").on(table.sourceVersionId)],
);

/** One checkable statement that claims in several sources speak to; their figures are compared. */
export const facts = pgTable(
  "facts",
  {
    id: id(),
    investigationId: text("investigation_id")
      .notNull()
      .references(() => investigations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text("updated_at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
    version: integer("version").notNull().default(1),
  },
  (table) => [index("facts_investigation_idx").on(table.investigationId)],
);

/** Something that bears on a claim: a link and/or an outlet, a quote, and a stance. */
/**
 * Where an evidence quote was found in the investigation's source it links to:
 * `exact`/`fuzzy` in the current text, `earlier-version` only in version `versionNumber`
 * of `versionCount` (offsets into that version; `matchedAs` says how), or `not-found`.
 */
export interface QuoteMatchRecord {
  sourceId: string;
  sourceTitle: string;
  status: string;
  start?: number;
  end?: number;
  score: number;
  matchedAs?: "exact" | "fuzzy";
  versionNumber?: number;
  versionCount?: number;
}

/** Where an evidence quote was found in the captured text of its web address (offsets into `captures.text`). */
export interface CaptureQuoteMatch {
  status: "found" | "not-found";
  start?: number;
  end?: number;
}

export const evidence = pgTable(
  "evidence",
  {
    id: id(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    url: text("url"),
    outlet: text("outlet"),
    quote: text("quote"),
    stance: text("stance").$type<"supports" | "refutes" | "adds-context">().notNull(),
    /** Calendar date (YYYY-MM-DD) the evidence was accessed. */
    accessedAt: text("accessed_at"),
    /** When the link is one of the investigation's sources: where its quote was found (JSON), or null. */
    quoteMatch: jsonb("quote_match").$type<QuoteMatchRecord | null>(),
    /** The captured copy of `url` (null: no web address, or added before captures). */
    captureId: text("capture_id").references((): AnyPgColumn => captures.id, { onDelete: "set null" }),
    /** Whether `quote` was found in the capture's text; null until captured, or without a quote. */
    captureQuoteMatch: jsonb("capture_quote_match").$type<CaptureQuoteMatch | null>(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text("updated_at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
    version: integer("version").notNull().default(1),
  },
  (table) => [index("evidence_claim_idx").on(table.claimId)],
);

/** Discussion on a claim (Markdown, rendered through the sanitiser). */
export const comments = pgTable(
  "comments",
  {
    id: id(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text("updated_at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
    version: integer("version").notNull().default(1),
  },
  (table) => [index("comments_claim_idx").on(table.claimId)],
);

/** Independent verdicts: one per reviewer per claim, compared for agreement. */
export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    reviewerId: text("reviewer_id")
      .notNull()
      .references(() => users.id),
    verdictKey: text("verdict_key").notNull(),
    note: text("note").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: text("updated_at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
    version: integer("version").notNull().default(1),
  },
  (table) => [uniqueIndex("assessments_claim_reviewer_idx").on(table.claimId, table.reviewerId)],
);

/** Personal API tokens. Only a SHA-256 of the token is stored; the token is shown once. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    /** The first characters of the token, to tell tokens apart in the list. */
    displayPrefix: text("display_prefix").notNull(),
    createdAt: createdAt(),
    lastUsedAt: text("last_used_at"),
    revokedAt: text("revoked_at"),
  },
  (table) => [index("api_tokens_user_idx").on(table.userId)],
);

/**
 * API requests made idempotent by an `Idempotency-Key` header: the first request's answer is
 * kept and given again to a resend with the same key and body, so a client that retries
 * after a timeout never creates the same comment or evidence twice. `status` is null while
 * the first request is still running.
 */
export const idempotentRequests = pgTable(
  "idempotent_requests",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** SHA-256 of method, path and body: a key reused for another request is refused. */
    requestHash: text("request_hash").notNull(),
    status: integer("status"),
    body: text("body"),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.key] })],
);

/**
 * Recent moments per key, shared by every server on the database: sign-in failures per
 * account and per client address, export starts per account (the rules: lib/recent-times.ts
 * and its callers). One row per key, locked while a request decides from it. `key` is the
 * SHA-256 of the key (an email typed at sign-in is not kept as typed); `times` are ms since
 * the epoch, oldest first; past `expires_at` (ms) none is recent any more, and the row is deleted.
 */
export const recentTimes = pgTable(
  "recent_times",
  {
    key: text("key").primaryKey(),
    times: jsonb("times").$type<number[]>().notNull(),
    expiresAt: doublePrecision("expires_at").notNull(),
  },
  (table) => [index("recent_times_expires_idx").on(table.expiresAt)],
);

/** Append-only record of who did what to which object, and when. */
export const events = pgTable(
  "events",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    actorId: text("actor_id").references(() => users.id),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    investigationId: text("investigation_id"),
    /** JSON: what changed, as `{ field: [old, new] }` or the created values. */
    data: jsonb("data").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (table) => [index("events_subject_idx").on(table.subjectType, table.subjectId), index("events_investigation_idx").on(table.investigationId, table.id)],
);

/** Claims a person follows: they hear of the claim's approval, reopening and comments. */
export const claimFollows = pgTable(
  "claim_follows",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.claimId] }), index("claim_follows_claim_idx").on(table.claimId)],
);

/** Facts a person follows: they hear of each new conflict between its claims. */
export const factFollows = pgTable(
  "fact_follows",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    factId: text("fact_id")
      .notNull()
      .references(() => facts.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.factId] }), index("fact_follows_fact_idx").on(table.factId)],
);

/**
 * Something a person should know: they were assigned a claim or mentioned in a comment, a
 * claim of theirs was approved or reopened, a fact they follow has a new conflict. `actorId`
 * is who caused it; `excerpt` a short text to show (the comment's words, the conflict's reason).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"assigned" | "mentioned" | "approved" | "reopened" | "conflict">().notNull(),
    investigationId: text("investigation_id")
      .notNull()
      .references(() => investigations.id, { onDelete: "cascade" }),
    claimId: text("claim_id").references(() => claims.id, { onDelete: "cascade" }),
    factId: text("fact_id").references(() => facts.id, { onDelete: "cascade" }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    excerpt: text("excerpt"),
    createdAt: createdAt(),
    readAt: text("read_at"),
  },
  (table) => [index("notifications_user_idx").on(table.userId, table.createdAt), index("notifications_unread_idx").on(table.userId, table.readAt)],
);

/** An investigation's outgoing webhook: its events are POSTed to `url`, signed with HMAC-SHA256 of `secret`. */
export const webhooks = pgTable(
  "webhooks",
  {
    id: id(),
    investigationId: text("investigation_id")
      .notNull()
      .references(() => investigations.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    secret: text("secret").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [index("webhooks_investigation_idx").on(table.investigationId)],
);

/**
 * One event to deliver to one webhook (a durable outbox, written in the transaction of the
 * change): `payload` is the exact body signed and sent. Any server delivers it: it takes a
 * pending delivery whose `nextAttemptAt` has come by setting `leasedUntil`, and records each
 * attempt's answer; failures are retried with back-off until `failed`.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: id(),
    webhookId: text("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    payload: text("payload").notNull(),
    state: text("state").$type<"pending" | "delivered" | "failed">().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at").notNull(),
    leasedUntil: text("leased_until"),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    deliveredAt: text("delivered_at"),
  },
  (table) => [
    index("webhook_deliveries_due_idx").on(table.state, table.nextAttemptAt),
    index("webhook_deliveries_webhook_idx").on(table.webhookId, table.createdAt),
  ],
);

/** A link that shows an investigation's public report to anyone holding it, until it expires or is revoked. */
export const publicLinks = pgTable(
  "public_links",
  {
    id: id(),
    investigationId: text("investigation_id")
      .notNull()
      .references(() => investigations.id, { onDelete: "cascade" }),
    /** The secret part of the link's address (random, 32 bytes base64url). */
    token: text("token").notNull().unique(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
    /** Whether search engines may index the page (the editor's choice; off: `noindex`). */
    indexable: boolean("indexable").notNull().default(false),
  },
  (table) => [index("public_links_investigation_idx").on(table.investigationId)],
);

/** Bytes of captures (WACZ archives, PNG screenshots), stored once per SHA-256 however many captures share them. */
export const captureBlobs = pgTable("capture_blobs", {
  sha256: text("sha256").primaryKey(),
  contentType: text("content_type").notNull(),
  size: integer("size").notNull(),
  bytes: bytes("bytes").notNull(),
  createdAt: createdAt(),
});

export type CaptureStatus = "pending" | "capturing" | "done" | "failed";

/**
 * A captured copy of a web page. One row is both the durable job (status, attempts, `dueAt`,
 * a lease that another server takes over when it runs out) and its result.
 */
export const captures = pgTable(
  "captures",
  {
    id: id(),
    investigationId: text("investigation_id")
      .notNull()
      .references(() => investigations.id, { onDelete: "cascade" }),
    /** The address asked for; `finalUrl` is where it ended after redirects. */
    url: text("url").notNull(),
    status: text("status").$type<CaptureStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** When a pending job may next be claimed (now, or after a failed attempt's back-off). */
    dueAt: text("due_at").notNull(),
    leasedUntil: text("leased_until"),
    leasedBy: text("leased_by"),
    /** Why the last attempt failed: "reason: message" (lib/capture CaptureError). */
    error: text("error"),
    capturedAt: text("captured_at"),
    finalUrl: text("final_url"),
    httpStatus: integer("http_status"),
    title: text("title"),
    archiveSha256: text("archive_sha256").references(() => captureBlobs.sha256),
    screenshotSha256: text("screenshot_sha256").references(() => captureBlobs.sha256),
    /** The readable text of the captured page (canonical text) and the SHA-256 of its UTF-8. */
    text: text("text"),
    textSha256: text("text_sha256"),
    requestedBy: text("requested_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text("updated_at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
  },
  (table) => [index("captures_status_due_idx").on(table.status, table.dueAt), index("captures_investigation_idx").on(table.investigationId)],
);

/** Each "Check again" of a capture: the live page's text then, and how it differs (both copies kept). */
export const captureChecks = pgTable(
  "capture_checks",
  {
    id: id(),
    captureId: text("capture_id")
      .notNull()
      .references(() => captures.id, { onDelete: "cascade" }),
    checkedAt: text("checked_at").notNull(),
    /** null when the live page could not be read (`error`). */
    changed: boolean("changed"),
    text: text("text"),
    textSha256: text("text_sha256"),
    /** Word diff from the captured text to the live one (lib/capture WordDiff). */
    diff: jsonb("diff").$type<Array<{ op: "same" | "added" | "removed"; text: string }>>(),
    httpStatus: integer("http_status"),
    finalUrl: text("final_url"),
    error: text("error"),
    /** Who asked; null for the daily re-check. */
    checkedBy: text("checked_by").references(() => users.id),
  },
  (table) => [index("capture_checks_capture_idx").on(table.captureId, table.checkedAt)],
);

/** What the workspace search finds: one kind of thing per index row (db/queries/search.ts). */
export type SearchKind = "claim" | "source" | "fact" | "evidence" | "comment";

/**
 * The search index: one row per searchable thing, rewritten in the transaction of every change
 * of it (db/queries/search-index.ts). `terms` are lib/search `indexTermsOf` of its title and
 * text (folded and stemmed in JS, so both engines index the same tokens), `signature` the
 * language-neutral tokens "checked before" matches claims by. The full-text index over them is
 * not in this definition: an FTS5 table kept in step by triggers on SQLite, generated tsvector
 * columns with GIN indexes on PostgreSQL (custom migrations). Each row references its subject
 * (and the claim, source and investigation it sits in) with ON DELETE CASCADE, so a delete
 * anywhere removes its rows in the same statement.
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    kind: text("kind").$type<SearchKind>().notNull(),
    /** The id of the claim, source, fact, evidence item or comment. */
    subjectId: text("subject_id").notNull(),
    investigationId: text("investigation_id")
      .notNull()
      .references(() => investigations.id, { onDelete: "cascade" }),
    /** The source it is in (sources, claims, their evidence and comments). */
    sourceId: text("source_id").references(() => sources.id, { onDelete: "cascade" }),
    /** The claim it is, or is on (claims, evidence, comments). */
    claimId: text("claim_id").references(() => claims.id, { onDelete: "cascade" }),
    factId: text("fact_id").references(() => facts.id, { onDelete: "cascade" }),
    evidenceId: text("evidence_id").references(() => evidence.id, { onDelete: "cascade" }),
    commentId: text("comment_id").references(() => comments.id, { onDelete: "cascade" }),
    /** ISO 639-1 code of the text's language (the source's; a fact's is its investigation's report language). */
    language: text("language"),
    /** Filters: a claim's verdict key and status; an outlet (sources and their claims, evidence); a day (YYYY-MM-DD). */
    verdict: text("verdict"),
    status: text("status"),
    outlet: text("outlet"),
    date: text("date"),
    updatedAt: text("updated_at").notNull(),
    title: text("title").notNull(),
    // The long texts last: SQLite reads a row's columns in order, so filters never read past them.
    signature: text("signature").notNull().default(""),
    terms: text("terms").notNull(),
    /** The searchable text as written, which snippets are cut from. */
    body: text("body").notNull(),
  },
  (table) => [
    uniqueIndex("search_documents_subject_idx").on(table.kind, table.subjectId),
    index("search_documents_investigation_idx").on(table.investigationId),
    index("search_documents_source_idx").on(table.sourceId),
    index("search_documents_claim_idx").on(table.claimId),
    index("search_documents_fact_idx").on(table.factId),
    index("search_documents_evidence_idx").on(table.evidenceId),
    index("search_documents_comment_idx").on(table.commentId),
  ],
);

/** Key/value settings of the workspace (for example, whether the demo was seeded). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: text("updated_at")
    .notNull()
    .$defaultFn(() => new Date().toISOString()),
});

export type UserRow = typeof users.$inferSelect;
export type InvestigationRow = typeof investigations.$inferSelect;
export type SourceRow = typeof sources.$inferSelect;
export type SourceVersionRow = typeof sourceVersions.$inferSelect;
export type ClaimRow = typeof claims.$inferSelect;
export type EvidenceRow = typeof evidence.$inferSelect;
export type FactRow = typeof facts.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;
export type WebhookRow = typeof webhooks.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type PublicLinkRow = typeof publicLinks.$inferSelect;
export type CaptureRow = typeof captures.$inferSelect;
export type CaptureCheckRow = typeof captureChecks.$inferSelect;
export type SearchDocumentRow = typeof searchDocuments.$inferSelect;
