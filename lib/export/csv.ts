/**
 * The claims of an export as CSV (RFC 4180): one row per claim, for spreadsheets and
 * scripts. Quoting is left to `csv-stringify`; this module decides what goes in each cell
 * and neutralises formula injection, since the file is made to be opened in Excel,
 * LibreOffice, Numbers or Google Sheets, which run a cell that starts like a formula.
 */
import { stringify, type Options } from "csv-stringify/sync";
import type { ExportCapture, ExportClaim, ExportDocument, ExportFact, ExportHead, ExportParts, ExportSource } from "./model";

/** The header row, in column order. `row()` builds its cells in the same order. */
export const csvColumns = [
  "investigation",
  "source",
  "outlet",
  "source_url",
  "published",
  "version",
  "quote",
  "prefix",
  "suffix",
  "start",
  "end",
  "start_code_point",
  "end_code_point",
  "anchor",
  "status",
  "verdict",
  "rating_value",
  "rationale",
  "assignee",
  "approved_by",
  "approved_at",
  "evidence_count",
  "evidence_links",
  "evidence_captured_at",
  "evidence_archive_sha256",
  "fact",
  "figure",
  "interval",
  "low",
  "high",
  "conflicts",
  "claim_url",
  "claim_id",
  "created_by",
  "created_at",
  "statement",
  "claimant",
  "published_url",
] as const;

/**
 * A cell before quoting: text is neutralised, a number is written as it is, and an
 * absent value is an empty cell.
 */
type Cell = string | number | null;

/** Joins several values in one cell (evidence links, conflict reasons). */
const listSeparator = " | ";

/**
 * RFC 4180 output. `quote_record_delimiter` must be set explicitly: csv-stringify turns it
 * off once `record_delimiter` is given, and a field holding a lone LF or CR would then be
 * written unquoted and read back as two records.
 */
const stringifyOptions: Options = {
  delimiter: ",",
  quote: '"',
  escape: '"',
  record_delimiter: "\r\n",
  quote_record_delimiter: true,
  eof: true,
};

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection): the
 * ASCII ones, and their full-width forms, which Apple Numbers folds to ASCII.
 */
const formulaStarts = new Set(["=", "+", "-", "@", "\t", "\r", "\0", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);

/**
 * `cell` with a `'` in front when a spreadsheet could take it for a formula, else `cell`
 * unchanged. Spreadsheets skip leading spaces, and a leading `"` can be swallowed as a
 * quote, so the test looks at the first character that is neither.
 */
export function neutraliseFormula(cell: string): string {
  const first = /[^ "]/.exec(cell)?.[0];
  return first !== undefined && formulaStarts.has(first) ? `'${cell}` : cell;
}

/** Quoted CSV records, each ending in CRLF. Text cells are neutralised; numbers are not. */
function records(rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return "";
  const safe = rows.map((cells) => cells.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell)));
  return stringify(safe, stringifyOptions);
}

/**
 * The cells of `claim`, in `csvColumns` order. Every string goes through
 * `neutraliseFormula`; the generated ones (ids, ISO dates, status words) never start with a
 * formula character, so only user text can change. `source_url` falls back to the
 * source's URN, its stable identifier, when the source has no address.
 */
function row(doc: ExportHead, claim: ExportClaim, source: ExportSource | undefined, fact: ExportFact | undefined): Cell[] {
  const { target, quantity } = claim;
  return [
    doc.investigation.title,
    source?.title ?? null,
    source?.outlet ?? null,
    source ? (source.url ?? source.urn) : null,
    source?.publishedAt ?? null,
    target.versionNumber,
    target.exact,
    target.prefix,
    target.suffix,
    target.start,
    target.end,
    target.codePoints.start,
    target.codePoints.end,
    claim.anchorStatus,
    claim.status,
    claim.verdict?.label ?? null,
    claim.verdict?.ratingValue ?? null,
    claim.rationale,
    claim.assignee?.name ?? null,
    claim.approvedBy?.name ?? null,
    claim.approvedAt,
    claim.evidence.length,
    claim.evidence.flatMap((e) => (e.url === null ? [] : [e.url])).join(listSeparator),
    // One entry per link of `evidence_links`, in its order: empty where the link has no finished capture.
    evidenceCaptureCell(claim, (capture) => capture.capturedAt),
    evidenceCaptureCell(claim, (capture) => capture.sha256),
    fact?.title ?? null,
    quantity?.text ?? null,
    claim.interval,
    quantity?.low ?? null,
    quantity?.high ?? null,
    claim.conflicts.join(listSeparator),
    claim.url,
    claim.id,
    claim.createdBy?.name ?? null,
    claim.createdAt,
    claim.statement,
    claim.claimant,
    claim.publishedUrl,
  ];
}

/** A capture field of each linked evidence item (issue #19), aligned with `evidence_links`; empty when no link was captured. */
function evidenceCaptureCell(claim: ExportClaim, field: (capture: ExportCapture) => string): string {
  const linked = claim.evidence.filter((e) => e.url !== null);
  return linked.some((e) => e.capture !== null) ? linked.map((e) => (e.capture === null ? "" : field(e.capture))).join(listSeparator) : "";
}

/**
 * The CSV in pieces: the header record, then one record per claim of `doc.claims`, each
 * ending in CRLF, so a route can stream a large export. No BOM (the route adds it).
 */
export function* csvChunks(doc: ExportDocument): Generator<string> {
  const rowsOf = csvRowWriter(doc);
  yield records([csvColumns]);
  for (const claim of doc.claims) yield rowsOf([claim]);
}

/** Claims quoted in one call to csv-stringify by {@link csvStream}: its cost is per call more than per row. */
const rowsPerChunk = 20;

/**
 * The same text as {@link csvChunks}, from an export read a source at a time: the header,
 * then a batch per source whose chunks (the records of up to `rowsPerChunk` claims) are
 * written only as they are taken, so each is garbage as soon as it is sent.
 */
export async function* csvStream(parts: ExportParts): AsyncGenerator<Iterable<string>> {
  const rowsOf = csvRowWriter(parts.head);
  yield [records([csvColumns])];
  for await (const claims of parts.claimsBySource) yield recordsLazily(claims, rowsOf);
}

function* recordsLazily(claims: readonly ExportClaim[], rowsOf: (claims: readonly ExportClaim[]) => string): Generator<string> {
  for (let index = 0; index < claims.length; index += rowsPerChunk) yield rowsOf(claims.slice(index, index + rowsPerChunk));
}

/** Writes the records of some claims of `doc`, quoted all at once (csv-stringify's cost is per call more than per row). */
function csvRowWriter(doc: ExportHead): (claims: readonly ExportClaim[]) => string {
  const sources = new Map(doc.sources.map((s) => [s.id, s]));
  const facts = new Map(doc.facts.map((f) => [f.id, f]));
  return (claims) => records(claims.map((claim) => row(doc, claim, sources.get(claim.sourceId), claim.factId === null ? undefined : facts.get(claim.factId))));
}

/** The whole CSV as one string: `csvChunks(doc)` joined. */
export function toCsv(doc: ExportDocument): string {
  return [...csvChunks(doc)].join("");
}
