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
import { anchorStatusNotes } from "../checking/anchor-status";
import { sanitiseMarkdownSource } from "../checking/markdown-source";
import type { Rating } from "../checking/rating-scale";
import type { ExportClaim, ExportDocument, ExportEvidence, ExportFact, ExportFactRow, ExportSource } from "./model";

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

/** `2025-03-18T10:00:00.000Z` as `2025-03-18 10:00 UTC`; anything else escaped as it is. */
function formatTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : inline(iso);
}

/** A calendar date `YYYY-MM-DD` as it is; anything else escaped. */
function formatDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : inline(date);
}

/** Shown in table cells that have no value. */
const none = "—";
const notRated = "Not yet rated";

const statusLabels: Record<ExportClaim["status"], string> = { open: "Open", "in-review": "In review", approved: "Approved" };
const stanceLabels: Record<ExportEvidence["stance"], string> = { supports: "Supports", refutes: "Refutes", "adds-context": "Adds context" };

function verdictLabel(verdict: Rating | null): string {
  return verdict === null ? notRated : inline(verdict.label);
}

/** Quoted, escaped words of a claim: “…”. */
function quoted(text: string): string {
  return `“${inline(text)}”`;
}

/** Title, date and publisher of the export. */
function titleBlock(doc: ExportDocument): string {
  const organisation = markdownLink(inline(doc.organisation.name), doc.organisation.url);
  const lines = [`# ${inline(doc.investigation.title)}`, `Exported ${formatTime(doc.generatedAt)} by ${organisation}.`];
  if (doc.scope.kind === "source") lines.push("This export covers one source of the investigation.");
  return lines.join("\n\n");
}

function sourceItem(source: ExportSource): string {
  const parts = [markdownLink(inline(source.title), source.url)];
  if (source.outlet !== null) parts.push(inline(source.outlet));
  if (source.publishedAt !== null) parts.push(`published ${formatDate(source.publishedAt)}`);
  parts.push(`version ${source.version.number}`);
  return parts.join(" · ");
}

function sourcesBlock(doc: ExportDocument): string {
  const items = doc.sources.map(sourceItem);
  return ["## Sources", items.length > 0 ? bulletList(items) : "No sources."].join("\n\n");
}

/**
 * Claim counts per verdict: ratings in the order of the scale, then verdicts no longer on
 * it, then the claims without a verdict. Ratings no claim has are left out.
 */
function verdictCounts(doc: ExportDocument): Array<[label: string, count: number]> {
  const counts = new Map<string, { label: string; count: number }>();
  for (const rating of doc.ratingScale) counts.set(rating.key, { label: inline(rating.label), count: 0 });
  let unrated = 0;
  for (const { verdict } of doc.claims) {
    if (verdict === null) {
      unrated += 1;
      continue;
    }
    const entry = counts.get(verdict.key) ?? { label: verdictLabel(verdict), count: 0 };
    entry.count += 1;
    counts.set(verdict.key, entry);
  }
  const rows = [...counts.values()].filter((entry) => entry.count > 0).map((entry): [string, number] => [entry.label, entry.count]);
  return unrated > 0 ? [...rows, [notRated, unrated]] : rows;
}

function summaryBlock(doc: ExportDocument): string {
  const rows = verdictCounts(doc).map(([label, count]) => [label, String(count)]);
  const conflicting = doc.facts.filter((fact) => fact.conflicts.length > 0).length;
  return [
    "## Summary",
    `${doc.claims.length} ${doc.claims.length === 1 ? "claim" : "claims"}.`,
    ...(rows.length > 0 ? [table(["Verdict", "Claims"], rows)] : []),
    `Facts with conflicting figures: ${conflicting} of ${doc.facts.length}.`,
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

function orphanNote(claim: ExportClaim): string {
  const { versionNumber, versionCreatedAt } = claim.target;
  return `The words of this claim are no longer in the current text of the source. It was made on version ${versionNumber} (saved ${formatTime(versionCreatedAt)}).`;
}

function statusLine(claim: ExportClaim): string {
  const parts = [`Status: ${statusLabels[claim.status]}`, `Verdict: ${verdictLabel(claim.verdict)}`];
  if (claim.assignee !== null) parts.push(`Assigned to ${inline(claim.assignee.name)}`);
  return parts.join(" · ");
}

function figureLine(claim: ExportClaim, fact: ExportFact | undefined): string | null {
  const parts: string[] = [];
  if (claim.quantity !== null) {
    const interval = claim.interval === null ? "" : ` (${inline(claim.interval)})`;
    parts.push(`Figure: ${inline(claim.quantity.text)}${interval}`);
  }
  if (fact !== undefined) parts.push(`Fact: ${inline(fact.title)}`);
  return parts.length > 0 ? parts.join(" · ") : null;
}

function evidenceItem(evidence: ExportEvidence): string {
  const parts = [`**${stanceLabels[evidence.stance]}**`];
  if (evidence.outlet !== null) parts.push(inline(evidence.outlet));
  if (evidence.quote !== null) parts.push(quoted(evidence.quote));
  if (evidence.url !== null) parts.push(markdownLink(inline(evidence.url), evidence.url));
  if (evidence.accessedAt !== null) parts.push(`accessed ${formatDate(evidence.accessedAt)}`);
  parts.push(evidence.createdBy === null ? formatTime(evidence.createdAt) : `added by ${inline(evidence.createdBy.name)}, ${formatTime(evidence.createdAt)}`);
  return parts.join(" · ");
}

/** Reviewers' assessments, then the approval, with their dates. */
function reviewItems(claim: ExportClaim): string[] {
  const items = claim.assessments.map((a) => {
    const note = a.note.trim() === "" ? "" : `: ${inline(a.note)}`;
    return `${inline(a.reviewer.name)} rated it ${verdictLabel(a.verdict)}, ${formatTime(a.createdAt)}${note}`;
  });
  if (claim.approvedBy !== null) {
    const when = claim.approvedAt === null ? "" : `, ${formatTime(claim.approvedAt)}`;
    items.push(`Approved by ${inline(claim.approvedBy.name)}${when}`);
  }
  return items;
}

/** Statement, claimant, where the claim appeared (its source's address and date) and where its fact-check is published. */
function publicationLines(claim: ExportClaim, source: ExportSource | undefined): string {
  const appeared =
    source === undefined
      ? []
      : [source.url === null ? null : markdownLink(inline(source.url), source.url), source.publishedAt === null ? null : formatDate(source.publishedAt)];
  const appearance = appeared.filter((part) => part !== null).join(", ");
  return [
    `Statement: ${quoted(claim.statement)}`,
    `Claimant: ${claim.claimant === null ? none : inline(claim.claimant)}`,
    `Appeared: ${appearance === "" ? none : appearance}`,
    `Fact-check: ${claim.publishedUrl === null ? "not published yet" : markdownLink(inline(claim.publishedUrl), claim.publishedUrl)}`,
  ].join("\\\n");
}

/** One claim's section, numbered `n` within the report. */
function claimBlock(claim: ExportClaim, n: number, source: ExportSource | undefined, fact: ExportFact | undefined): string {
  const sourceName = source === undefined ? "Unknown source" : [inline(source.title), ...(source.outlet === null ? [] : [inline(source.outlet)])].join(" · ");
  const parts = [`### ${n}. ${quoted(claim.target.exact)}`, `Source: ${sourceName}`, context(claim)];
  if (claim.anchorStatus === "orphan") parts.push(orphanNote(claim));
  parts.push(publicationLines(claim, source));
  parts.push(statusLine(claim));
  const figure = figureLine(claim, fact);
  if (figure !== null) parts.push(figure);
  if (claim.conflicts.length > 0) parts.push("**Conflicts**", bulletList(claim.conflicts.map(inline)));
  if (claim.rationale.trim() !== "") parts.push("**Rationale**", markdownQuoteBlock(claim.rationale));
  if (claim.evidence.length > 0) parts.push("**Evidence**", bulletList(claim.evidence.map(evidenceItem)));
  const reviews = reviewItems(claim);
  if (reviews.length > 0) parts.push("**Reviews**", bulletList(reviews));
  if (claim.comments.length > 0) {
    parts.push("**Comments**");
    for (const comment of claim.comments) parts.push(`${inline(comment.author.name)}, ${formatTime(comment.createdAt)}:`, quoteBlock(comment.body));
  }
  return parts.join("\n\n");
}

/** The claim's current words, marked when they moved, were matched approximately or are gone (orphan). */
function wordingCell(row: ExportFactRow): string {
  const note = row.anchorStatus === null ? null : anchorStatusNotes[row.anchorStatus];
  return note === null ? quoted(row.wording) : `${quoted(row.wording)} (${note})`;
}

function factRowCells(row: ExportFactRow): string[] {
  return [
    markdownLink(inline(row.sourceTitle), row.url),
    row.outlet === null ? none : inline(row.outlet),
    row.publishedAt === null ? none : formatDate(row.publishedAt),
    wordingCell(row),
    row.interval === null ? none : inline(row.interval),
    verdictLabel(row.verdict),
  ];
}

/** A conflict in words: the two claims' wordings and sources, then the reason. */
function conflictItem(fact: ExportFact, conflict: ExportFact["conflicts"][number]): string {
  const rows = new Map(fact.rows.map((row) => [row.claimId, row]));
  const side = (claimId: string) => {
    const row = rows.get(claimId);
    return row === undefined ? `claim ${inline(claimId)}` : `${quoted(row.wording)} (${inline(row.sourceTitle)})`;
  };
  return `${side(conflict.a)} and ${side(conflict.b)}: ${inline(conflict.reason)}`;
}

function factBlock(fact: ExportFact): string {
  return [
    `### ${inline(fact.title)}`,
    table(["Source", "Outlet", "Date", "Wording", "Interval", "Verdict"], fact.rows.map(factRowCells)),
    fact.conflicts.length > 0 ? bulletList(fact.conflicts.map((c) => conflictItem(fact, c))) : "No conflicting figures.",
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
  const sources = new Map(doc.sources.map((s) => [s.id, s]));
  const facts = new Map(doc.facts.map((f) => [f.id, f]));
  yield `${titleBlock(doc)}\n`;
  yield `\n${sourcesBlock(doc)}\n`;
  yield `\n${summaryBlock(doc)}\n`;
  yield `\n## Claims\n`;
  if (doc.claims.length === 0) yield "\nNo claims.\n";
  for (const [i, claim] of doc.claims.entries()) {
    const fact = claim.factId === null ? undefined : facts.get(claim.factId);
    yield `\n${claimBlock(claim, i + 1, sources.get(claim.sourceId), fact)}\n`;
  }
  if (doc.facts.length > 0) {
    yield `\n## Facts\n`;
    for (const fact of doc.facts) yield `\n${factBlock(fact)}\n`;
  }
}

/** The whole report as one string: `markdownChunks(doc)` joined. */
export function toMarkdown(doc: ExportDocument): string {
  return [...markdownChunks(doc)].join("");
}
