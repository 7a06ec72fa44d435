/**
 * The report as Markdown: sources, a summary of verdicts, every claim with its context,
 * verdict, rationale, evidence, reviews and comments, and the facts' comparison tables.
 *
 * Every piece of user text is written escaped, so it reads back as exactly what was typed
 * and can add no HTML, link, image, heading, list or table of its own in any CommonMark or
 * GFM renderer. A rationale keeps its own Markdown (in a blockquote), made safe as the app
 * renders it (`sanitiseMarkdownSource`: no raw HTML, links only to http(s) or mailto, images
 * as their alt text; when it cannot be parsed, it is written escaped, as typed); comments are
 * shown as the text that was typed. The writer's own links go to http(s) addresses checked
 * by `markdownLink`.
 */
import { sanitiseMarkdownSource } from "../checking/markdown-source";
import type { Rating } from "../checking/rating-scale";
import type { Locale } from "../i18n/locales";
import type { ExportClaim, ExportDocument, ExportEvidence, ExportFact, ExportFactRow, ExportSource } from "./model";
import { reportWords, type ReportWords } from "./report-language";

/**
 * ASCII punctuation that can start or end Markdown syntax (emphasis, code, links, images,
 * headings, lists, tables, strikethrough, escapes), plus `:` and `@`, from which GFM makes
 * links of bare `https://…` and `name@host`, and `=`, a line of which under text makes a
 * heading. CommonMark lets a backslash escape any ASCII punctuation.
 */
const markdownPunctuation = /[\\`*_{}[\]()#+\-.!|~:@=]/g;

/** HTML's own specials, written as entities so no tag or entity in user text survives. */
const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** `text` with Markdown punctuation backslash-escaped and `& < >` as entities. */
function escapeMarkdown(text: string): string {
  return text.replace(/[&<>]/g, (c) => htmlEntities[c] ?? c).replace(markdownPunctuation, "\\$&");
}

/**
 * Line breaks: CommonMark's (LF, CR, CRLF) and the Unicode separators, which parsers'
 * regular expressions (`.` in JavaScript) also stop at.
 */
const lineBreak = /\r\n?|[\n\u2028\u2029]/;

/**
 * User text for one line (a heading, a table cell, a list item, a sentence): trimmed,
 * every run of whitespace that holds a line break collapsed to one space, then escaped.
 * Trimming matters too: leading spaces after a list marker would start a code block.
 */
function inline(text: string): string {
  return escapeMarkdown(text.trim().replace(/\s*[\r\n\u2028\u2029]\s*/g, " "));
}

/** Leading spaces and tabs as entities: four of them would otherwise open a code block. */
function keepIndent(line: string): string {
  return line.replace(/^[ \t]+/, (indent) => indent.replace(/ /g, "&#32;").replace(/\t/g, "&#9;"));
}

/**
 * Multi-line user text (a rationale, a comment) as a blockquote that shows it line for
 * line: each line escaped and prefixed with `> `, consecutive lines joined by a hard break
 * (a trailing backslash), blank lines kept as paragraph breaks.
 */
function quoteBlock(text: string): string {
  const lines = text.split(lineBreak).map((line) => (line.trim() === "" ? "" : keepIndent(escapeMarkdown(line))));
  return lines
    .map((line, i) => {
      if (line === "") return ">";
      const next = lines[i + 1];
      return next === undefined || next === "" ? `> ${line}` : `> ${line}\\`;
    })
    .join("\n");
}

/** A rationale's own Markdown, made safe, as a blockquote; escaped as typed when it cannot be parsed. */
function markdownQuoteBlock(text: string): string {
  const safe = sanitiseMarkdownSource(text.trim());
  if (safe === null) return quoteBlock(text);
  return safe
    .split(lineBreak)
    .map((line) => (line.trim() === "" ? ">" : `> ${line}`))
    .join("\n");
}

/**
 * The address to link to when `url` is an absolute http: or https: URL, else null. The
 * WHATWG parser is what browsers use, so it sees through the tabs, blanks and casing a
 * `javascript:` scheme can hide behind. Characters that would end or break a Markdown
 * link destination (`( ) < > \` and spaces) are percent-encoded.
 */
function linkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.href.replace(/[()<>\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/**
 * `[label](url)` when `url` is a safe http(s) address, else `label` alone. `label` must
 * already be escaped Markdown. The only way this writer makes links.
 */
function markdownLink(label: string, url: string | null): string {
  const target = url === null ? null : linkTarget(url);
  return target === null ? label : `[${label}](${target})`;
}

/** A GFM table. Cells must already be escaped, single-line Markdown. */
function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A tight bullet list. Items must already be escaped, single-line Markdown. */
function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

/**
 * How each report language writes dates in Markdown. English has always written ISO dates
 * (`2025-03-18 10:00 UTC`, `2025-03-18`), which readers and scripts of today's reports rely
 * on; Spanish writes them out ("18 de marzo de 2025, 10:00 UTC"), as the HTML report does.
 */
const markdownDates: Record<Locale, "iso" | "long"> = { en: "iso", es: "long" };

/** The Markdown writer's words: the report's, with Markdown's dates. */
type MarkdownWords = ReportWords & { time: (iso: string) => string; date: (date: string) => string };

function markdownWords(locale: Locale): MarkdownWords {
  const words = reportWords(locale);
  const long = markdownDates[locale] === "long";
  return {
    ...words,
    /** `2025-03-18T10:00:00.000Z` as `2025-03-18 10:00 UTC` (or written out); anything else escaped as it is. */
    time: (iso) => {
      const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
      if (!match) return inline(iso);
      return long ? (words.formatUtc(iso, true) ?? inline(iso)) : `${match[1]} ${match[2]} UTC`;
    },
    /** A calendar date `YYYY-MM-DD` as it is (or written out); anything else escaped. */
    date: (date) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return inline(date);
      return long ? (words.formatUtc(date, false) ?? inline(date)) : date;
    },
  };
}

/** Shown in table cells that have no value. */
const none = "—";

function verdictLabel(verdict: Rating | null, w: MarkdownWords): string {
  return verdict === null ? w.t("notRated") : inline(w.ratingLabel(verdict));
}

/** Quoted, escaped words of a claim: “…”. */
function quoted(text: string): string {
  return `“${inline(text)}”`;
}

/** Title, date and publisher of the export. */
function titleBlock(doc: ExportDocument, w: MarkdownWords): string {
  const organisation = markdownLink(inline(doc.organisation.name), doc.organisation.url);
  const lines = [`# ${inline(doc.investigation.title)}`, w.t("markdown.exported", { time: w.time(doc.generatedAt), organisation })];
  if (doc.scope.kind === "source") lines.push(w.t("markdown.scope"));
  return lines.join("\n\n");
}

function sourceItem(source: ExportSource, w: MarkdownWords): string {
  const parts = [markdownLink(inline(source.title), source.url)];
  if (source.outlet !== null) parts.push(inline(source.outlet));
  if (source.publishedAt !== null) parts.push(w.t("published", { date: w.date(source.publishedAt) }));
  parts.push(w.t("version", { number: w.number(source.version.number) }));
  return parts.join(" · ");
}

function sourcesBlock(doc: ExportDocument, w: MarkdownWords): string {
  const items = doc.sources.map((source) => sourceItem(source, w));
  return [`## ${w.t("sources")}`, items.length > 0 ? bulletList(items) : w.t("markdown.noSources")].join("\n\n");
}

/**
 * Claim counts per verdict: ratings in the order of the scale, then verdicts no longer on
 * it, then the claims without a verdict. Ratings no claim has are left out.
 */
function verdictCounts(doc: ExportDocument, w: MarkdownWords): Array<[label: string, count: number]> {
  const counts = new Map<string, { label: string; count: number }>();
  for (const rating of doc.ratingScale) counts.set(rating.key, { label: verdictLabel(rating, w), count: 0 });
  let unrated = 0;
  for (const { verdict } of doc.claims) {
    if (verdict === null) {
      unrated += 1;
      continue;
    }
    const entry = counts.get(verdict.key) ?? { label: verdictLabel(verdict, w), count: 0 };
    entry.count += 1;
    counts.set(verdict.key, entry);
  }
  const rows = [...counts.values()].filter((entry) => entry.count > 0).map((entry): [string, number] => [entry.label, entry.count]);
  return unrated > 0 ? [...rows, [w.t("notRated"), unrated]] : rows;
}

function summaryBlock(doc: ExportDocument, w: MarkdownWords): string {
  const rows = verdictCounts(doc, w).map(([label, count]) => [label, w.number(count)]);
  const conflicting = doc.facts.filter((fact) => fact.conflicts.length > 0).length;
  return [
    `## ${w.t("summary")}`,
    w.t("markdown.claimTotal", { count: doc.claims.length }),
    ...(rows.length > 0 ? [table([w.t("markdown.verdict"), w.t("markdown.claims")], rows)] : []),
    w.t("markdown.factsWithConflicts", { conflicting: w.number(conflicting), total: w.number(doc.facts.length) }),
  ].join("\n\n");
}

/**
 * The claim's words in their context, `…prefix **exact** suffix…`. The spaces around the
 * bold words are always there, even where the text has none: without them, whether `**`
 * opens or closes emphasis depends on the characters next to it, and a claim that starts
 * or ends beside punctuation or a symbol would not come out bold.
 */
function context(claim: ExportClaim): string {
  const { prefix, exact, suffix } = claim.target;
  const before = prefix.trim() === "" ? "" : `…${inline(prefix)} `;
  const after = suffix.trim() === "" ? "" : ` ${inline(suffix)}…`;
  const words = inline(exact);
  return `${before}${words === "" ? "" : `**${words}**`}${after}`;
}

function orphanNote(claim: ExportClaim, w: MarkdownWords): string {
  const { versionNumber, versionCreatedAt } = claim.target;
  return w.t("markdown.orphanNote", { version: w.number(versionNumber), time: w.time(versionCreatedAt) });
}

function statusLine(claim: ExportClaim, w: MarkdownWords): string {
  const parts = [w.t("markdown.status", { status: w.status(claim.status) }), w.t("markdown.verdictLine", { verdict: verdictLabel(claim.verdict, w) })];
  if (claim.assignee !== null) parts.push(w.t("markdown.assignedTo", { name: inline(claim.assignee.name) }));
  return parts.join(" · ");
}

function figureLine(claim: ExportClaim, fact: ExportFact | undefined, w: MarkdownWords): string | null {
  const parts: string[] = [];
  if (claim.quantity !== null) {
    const interval = claim.interval === null ? "" : ` (${inline(claim.interval)})`;
    parts.push(w.t("markdown.figure", { figure: `${inline(claim.quantity.text)}${interval}` }));
  }
  if (fact !== undefined) parts.push(w.t("markdown.fact", { title: inline(fact.title) }));
  return parts.length > 0 ? parts.join(" · ") : null;
}

function evidenceItem(evidence: ExportEvidence, w: MarkdownWords): string {
  const parts = [`**${w.stance(evidence.stance)}**`];
  if (evidence.outlet !== null) parts.push(inline(evidence.outlet));
  if (evidence.quote !== null) parts.push(quoted(evidence.quote));
  if (evidence.url !== null) parts.push(markdownLink(inline(evidence.url), evidence.url));
  if (evidence.accessedAt !== null) parts.push(w.t("markdown.accessed", { date: w.date(evidence.accessedAt) }));
  parts.push(
    evidence.createdBy === null
      ? w.time(evidence.createdAt)
      : w.t("markdown.addedBy", { name: inline(evidence.createdBy.name), time: w.time(evidence.createdAt) }),
  );
  if (evidence.capture !== null) {
    const { capturedAt, sha256 } = evidence.capture;
    parts.push(w.t("captured", { time: w.formatUtcShort(capturedAt) ?? inline(capturedAt), sha256: `\`${sha256}\`` }));
  }
  return parts.join(" · ");
}

/** Reviewers' assessments, then the approval, with their dates. */
function reviewItems(claim: ExportClaim, w: MarkdownWords): string[] {
  const items = claim.assessments.map((a) => {
    const note = a.note.trim() === "" ? "" : `: ${inline(a.note)}`;
    return `${w.t("markdown.ratedIt", { name: inline(a.reviewer.name), verdict: verdictLabel(a.verdict, w), time: w.time(a.createdAt) })}${note}`;
  });
  if (claim.approvedBy !== null) {
    const when = claim.approvedAt === null ? "" : `, ${w.time(claim.approvedAt)}`;
    items.push(`${w.t("markdown.approvedBy", { name: inline(claim.approvedBy.name) })}${when}`);
  }
  return items;
}

/** Statement, claimant, where the claim appeared (its source's address and date) and where its fact-check is published. */
function publicationLines(claim: ExportClaim, source: ExportSource | undefined, w: MarkdownWords): string {
  const appeared =
    source === undefined
      ? []
      : [source.url === null ? null : markdownLink(inline(source.url), source.url), source.publishedAt === null ? null : w.date(source.publishedAt)];
  const appearance = appeared.filter((part) => part !== null).join(", ");
  const address = claim.publishedUrl === null ? w.t("markdown.notPublished") : markdownLink(inline(claim.publishedUrl), claim.publishedUrl);
  return [
    w.t("markdown.statement", { statement: quoted(claim.statement) }),
    w.t("markdown.claimant", { claimant: claim.claimant === null ? none : inline(claim.claimant) }),
    w.t("markdown.appeared", { appearance: appearance === "" ? none : appearance }),
    w.t("markdown.factCheck", { address }),
  ].join("\\\n");
}

/** One claim's section, numbered `n` within the report. */
function claimBlock(claim: ExportClaim, n: number, source: ExportSource | undefined, fact: ExportFact | undefined, w: MarkdownWords): string {
  const sourceName =
    source === undefined ? w.t("markdown.unknownSource") : [inline(source.title), ...(source.outlet === null ? [] : [inline(source.outlet)])].join(" · ");
  const parts = [`### ${n}. ${quoted(claim.target.exact)}`, w.t("markdown.source", { source: sourceName }), context(claim)];
  if (claim.anchorStatus === "orphan") parts.push(orphanNote(claim, w));
  parts.push(publicationLines(claim, source, w));
  parts.push(statusLine(claim, w));
  const figure = figureLine(claim, fact, w);
  if (figure !== null) parts.push(figure);
  if (claim.conflicts.length > 0) parts.push(`**${w.t("markdown.conflicts")}**`, bulletList(claim.conflicts.map(inline)));
  if (claim.rationale.trim() !== "") parts.push(`**${w.t("markdown.rationale")}**`, markdownQuoteBlock(claim.rationale));
  if (claim.evidence.length > 0) parts.push(`**${w.t("markdown.evidence")}**`, bulletList(claim.evidence.map((evidence) => evidenceItem(evidence, w))));
  const reviews = reviewItems(claim, w);
  if (reviews.length > 0) parts.push(`**${w.t("markdown.reviews")}**`, bulletList(reviews));
  if (claim.comments.length > 0) {
    parts.push(`**${w.t("markdown.comments")}**`);
    for (const comment of claim.comments) parts.push(`${inline(comment.author.name)}, ${w.time(comment.createdAt)}:`, quoteBlock(comment.body));
  }
  return parts.join("\n\n");
}

/** The claim's current words, marked when they moved, were matched approximately or are gone (orphan). */
function wordingCell(row: ExportFactRow, w: MarkdownWords): string {
  if (row.anchorStatus === null || row.anchorStatus === "exact") return quoted(row.wording);
  return `${quoted(row.wording)} (${w.t(`anchorMarks.${row.anchorStatus}`)})`;
}

function factRowCells(row: ExportFactRow, w: MarkdownWords): string[] {
  return [
    markdownLink(inline(row.sourceTitle), row.url),
    row.outlet === null ? none : inline(row.outlet),
    row.publishedAt === null ? none : w.date(row.publishedAt),
    wordingCell(row, w),
    row.interval === null ? none : inline(row.interval),
    verdictLabel(row.verdict, w),
  ];
}

/** A conflict in words: the two claims' wordings and sources, then the reason. */
function conflictItem(fact: ExportFact, conflict: ExportFact["conflicts"][number], w: MarkdownWords): string {
  const rows = new Map(fact.rows.map((row) => [row.claimId, row]));
  const side = (claimId: string) => {
    const row = rows.get(claimId);
    return row === undefined ? w.t("markdown.claimId", { id: inline(claimId) }) : `${quoted(row.wording)} (${inline(row.sourceTitle)})`;
  };
  return w.t("markdown.conflictBetween", { a: side(conflict.a), b: side(conflict.b), reason: inline(conflict.reason) });
}

const factColumns = ["source", "outlet", "date", "wording", "interval", "verdict"] as const;

function factBlock(fact: ExportFact, w: MarkdownWords): string {
  return [
    `### ${inline(fact.title)}`,
    table(
      factColumns.map((column) => w.t(`markdown.columns.${column}`)),
      fact.rows.map((row) => factRowCells(row, w)),
    ),
    fact.conflicts.length > 0 ? bulletList(fact.conflicts.map((c) => conflictItem(fact, c, w))) : w.t("noConflicts"),
  ].join("\n\n");
}

/**
 * The report in pieces, each a run of whole Markdown blocks ending in a newline, every
 * piece after the first starting with the blank line that separates it from the one
 * before: title, sources, summary, the Claims heading, one piece per claim, then the Facts
 * heading and one piece per fact (when there are facts), so a route can stream a large
 * report.
 */
export function* markdownChunks(doc: ExportDocument): Generator<string> {
  const w = markdownWords(doc.language);
  const sources = new Map(doc.sources.map((s) => [s.id, s]));
  const facts = new Map(doc.facts.map((f) => [f.id, f]));
  yield `${titleBlock(doc, w)}\n`;
  yield `\n${sourcesBlock(doc, w)}\n`;
  yield `\n${summaryBlock(doc, w)}\n`;
  yield `\n## ${w.t("claims")}\n`;
  if (doc.claims.length === 0) yield `\n${w.t("markdown.noClaims")}\n`;
  for (const [i, claim] of doc.claims.entries()) {
    const fact = claim.factId === null ? undefined : facts.get(claim.factId);
    yield `\n${claimBlock(claim, i + 1, sources.get(claim.sourceId), fact, w)}\n`;
  }
  if (doc.facts.length > 0) {
    yield `\n## ${w.t("facts")}\n`;
    for (const fact of doc.facts) yield `\n${factBlock(fact, w)}\n`;
  }
}

/** The whole report as one string: `markdownChunks(doc)` joined. */
export function toMarkdown(doc: ExportDocument): string {
  return [...markdownChunks(doc)].join("");
}
