/**
 * The export model: everything a report or a data export says about an investigation (or
 * one of its sources), gathered once by `db/queries/export.ts` and turned into each format
 * by the pure writers of this folder. No writer reads the database or the clock; they get
 * all they need, including `generatedAt`, from this document.
 *
 * Offsets are UTF-16 code units (JavaScript string offsets) into the canonical text of the
 * version named by `ExportClaim.target`; `codePoints` gives the same span in Unicode code
 * points for consumers that count that way (Python, most databases).
 */
import type { Rating } from "../checking/rating-scale";
import type { Locale } from "../i18n/locales";
import type { QuantityJson } from "../quantities";

export const exportFormats = ["html", "pdf", "md", "csv", "w3c", "claimreview"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (exportFormats as readonly string[]).includes(value);
}

/**
 * Who a document is for. `internal`: everything the acting user may read (today's report).
 * `public`: what may leave the building — approved claims only, with their statement,
 * claimant, appearance and published address, verdict, rationale and evidence; never
 * comments, independent verdicts, assignees, creators, approvers, links into the workspace
 * or anchor warnings. The query (db/queries/export.ts) does not read those fields at all for
 * a public document, so no writer can let them out: in a public document they are null or empty.
 */
export const exportAudiences = ["internal", "public"] as const;
export type ExportAudience = (typeof exportAudiences)[number];

export function isExportAudience(value: unknown): value is ExportAudience {
  return typeof value === "string" && (exportAudiences as readonly string[]).includes(value);
}

export type AnchorStatus = "exact" | "moved" | "fuzzy" | "orphan";

export interface ExportDocument {
  audience: ExportAudience;
  /**
   * The investigation's report language: the HTML, PDF and Markdown reports (and the public
   * report) are written in it, and ClaimReview names it as the review's `inLanguage`. User
   * text is never translated; CSV and Web Annotations are machine formats and stay English.
   */
  language: Locale;
  /** ISO-8601 UTC time the export was made. */
  generatedAt: string;
  /** Who publishes the reviews (ClaimReview `author`): from the workspace settings. */
  organisation: { name: string; url: string | null };
  /** Absolute base URL of the workspace (no trailing slash), for links back to claims; null in a public document. */
  workspaceUrl: string | null;
  /** `publishedUrl`: where the investigation's fact-check is published, or null. */
  investigation: { id: string; title: string; createdAt: string; updatedAt: string; publishedUrl: string | null };
  /** Set when the export covers one source of the investigation only. */
  scope: { kind: "investigation" } | { kind: "source"; sourceId: string };
  ratingScale: Rating[];
  /** In the order the investigation page lists them (published date, then title). */
  sources: ExportSource[];
  /** Grouped by source in `sources` order, then by position in the text; orphans last per source. */
  claims: ExportClaim[];
  /** Facts that at least one exported claim is linked to. */
  facts: ExportFact[];
}

/** Everything an export says but its claims. */
export type ExportHead = Omit<ExportDocument, "claims">;

/**
 * An export as it is read, for formats written claim by claim (CSV, Web Annotations): the
 * head, then the claims a source at a time in `head.sources` order (each batch ordered as in
 * `ExportDocument.claims`), so a large export never holds every claim at once.
 * `claimCount` is how many claims there were when the export began (for progress); a claim
 * added or deleted while it is read can make the batches differ from it.
 */
export interface ExportParts {
  head: ExportHead;
  claimCount: number;
  claimsBySource: AsyncIterable<ExportClaim[]>;
}

export interface ExportSource {
  id: string;
  title: string;
  outlet: string | null;
  /** The article's address when known; writers fall back to `urn` as a stable identifier. */
  url: string | null;
  /** `urn:corroborate:source:<id>`: stable even when the source has no URL. */
  urn: string;
  /** Calendar date YYYY-MM-DD when known. */
  publishedAt: string | null;
  /** ISO 639-1 code of the text's language ("es", "en"): ClaimReview's Claim `inLanguage`, the Web Annotation target's `language`. */
  language: string;
  /** The current version: its number, when it was saved, hash and full canonical text. */
  version: { number: number; createdAt: string; sha256: string; text: string };
}

export interface ExportPerson {
  id: string;
  name: string;
}

export interface ExportEvidence {
  id: string;
  url: string | null;
  outlet: string | null;
  quote: string | null;
  stance: "supports" | "refutes" | "adds-context";
  /** YYYY-MM-DD when known. */
  accessedAt: string | null;
  /** Null in a public document. */
  createdBy: ExportPerson | null;
  createdAt: string;
  /** The captured copy of `url` (issue #19), when one was made; null while pending, failed, or without a link. */
  capture: ExportCapture | null;
}

/** A finished capture of an evidence link: when it was made and the SHA-256 of its WACZ archive. */
export interface ExportCapture {
  /** ISO-8601 UTC time the page was loaded (W3C `TimeState.sourceDate`). */
  capturedAt: string;
  /** Hex SHA-256 of the WACZ archive's bytes. */
  sha256: string;
  /** Where the API serves the archive (`${workspaceUrl}/api/v1/captures/<id>/archive.wacz`, W3C `TimeState.cached`); null in a public document. */
  archiveUrl: string | null;
}

export interface ExportComment {
  id: string;
  /** Markdown, as written. */
  body: string;
  author: ExportPerson;
  createdAt: string;
}

export interface ExportAssessment {
  reviewer: ExportPerson;
  verdict: Rating | null;
  note: string;
  createdAt: string;
}

export interface ExportClaim {
  id: string;
  sourceId: string;
  /** Link to the claim in the workspace: `${workspaceUrl}/sources/<sourceId>?claim=<id>`; null in a public document. */
  url: string | null;
  /** The full claim the verdict is about: as written, else the sentence around its words. */
  statement: string;
  /** True when someone wrote the statement; false when it is the sentence around the words (which a reader of the text can find again). */
  isStatementWritten: boolean;
  /** Who made the claim (a person or an organisation), or null when nobody said. */
  claimant: string | null;
  /** Where its fact-check is published: the claim's own address, else the investigation's, else null. */
  publishedUrl: string | null;
  /**
   * Where the claim's words are. For an anchored claim: on the source's current version.
   * For an orphan (its words are gone from the current text): on the version it was made on.
   */
  target: {
    versionNumber: number;
    /** ISO-8601 time that version was saved (W3C `TimeState.sourceDate`). */
    versionCreatedAt: string;
    exact: string;
    prefix: string;
    suffix: string;
    /** UTF-16 code units, half-open. */
    start: number;
    end: number;
    /** The same span in Unicode code points. */
    codePoints: { start: number; end: number };
  };
  /** Null in a public document (anchor warnings are for the desk). */
  anchorStatus: AnchorStatus | null;
  status: "open" | "in-review" | "approved";
  verdict: Rating | null;
  /** Markdown, as written. */
  rationale: string;
  /** Null in a public document, as are `createdBy`, `approvedBy`, and `comments` and `assessments` are empty. */
  assignee: ExportPerson | null;
  createdBy: ExportPerson | null;
  createdAt: string;
  updatedAt: string;
  approvedBy: ExportPerson | null;
  approvedAt: string | null;
  evidence: ExportEvidence[];
  comments: ExportComment[];
  assessments: ExportAssessment[];
  factId: string | null;
  /** The figure (a reviewer's correction when there is one), with `high: null` when unbounded. */
  quantity: QuantityJson | null;
  /** The figure in words ("more than 200"), or null when the claim has no figure. */
  interval: string | null;
  /** Reasons of the conflicts this claim is part of within its fact ("238 is not more than 250"). */
  conflicts: string[];
}

/** One row of a fact's comparison table: self-contained, since its claim may be in another source. */
export interface ExportFactRow {
  claimId: string;
  sourceId: string;
  sourceTitle: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  /** The claim's words on the version it was made on. */
  exact: string;
  /** Where the claim stands on its source's current version; null in a public document. */
  anchorStatus: AnchorStatus | null;
  /** Its words on the current version; an orphan's are its original words, no longer in the text. */
  wording: string;
  interval: string | null;
  /** The figure (a reviewer's correction when there is one), `high: null` when unbounded; drawn in the fact's charts. */
  quantity: QuantityJson | null;
  verdict: Rating | null;
}

export interface ExportFact {
  id: string;
  title: string;
  rows: ExportFactRow[];
  /** Pairs of claim ids (`a`, `b`) whose figures cannot both hold, with the reason in words. */
  conflicts: Array<{ a: string; b: string; reason: string }>;
}
