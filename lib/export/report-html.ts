/**
 * The report as one standalone HTML page: a print-ready fact-check of an investigation (or
 * of one of its sources) that a reader can open from disk, mail, or print to PDF.
 *
 * Safety is the design: every piece of user text goes through `escapeHtml`, and the only
 * markup not built here is `renderMarkdown`'s sanitised output (rationales and comments).
 * Attribute values are always double-quoted and escaped; a URL becomes an `href` only when
 * it parses as absolute http(s). The page has no script and loads nothing: its
 * Content-Security-Policy forbids every fetch but inline styles and `data:` images.
 * A public report also carries its ClaimReview JSON-LD in a `<script type="application/ld+json">`
 * (data, never run; written by `jsonForScriptTag`, so no `</script>` can end it early).
 */
import { claimStatuses } from "../checking/claim-status";
import { renderMarkdown, safeLinkHref } from "../checking/markdown";
import { bestRatingValue, type Rating } from "../checking/rating-scale";
import { isolateBidi } from "../bidi-isolate";
import { escapeHtml } from "../escape-html";
import { jsonForScriptTag } from "../script-safe-json";
import { toClaimReviews } from "./claim-review";
import type {
  ExportAssessment,
  ExportCapture,
  ExportClaim,
  ExportComment,
  ExportDocument,
  ExportEvidence,
  ExportFact,
  ExportFactRow,
  ExportSource,
} from "./model";
import { reportWords, type ReportWords } from "./report-language";
import { reportStyles } from "./report-styles";
import { chartTextOf } from "../charts/chart-text-of";
import type { ChartText } from "../charts/chart-text";
import { factChartsHtml } from "./fact-charts-html";

/** The report's policy: nothing may load or run; inline styles and `data:` images only. */
export const reportContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const linkRel = "noopener noreferrer nofollow";

/**
 * The report for `doc` as a complete HTML5 document, in pieces a route can stream: the
 * head, the header with sources and summary, then one piece per claim and one per fact.
 * Joined, the pieces are `toReportHtml(doc)`. Pure: reads nothing but `doc`. Written in
 * `doc.language` (the investigation's report language), which `<html lang>` names.
 */
export function* reportHtmlChunks(doc: ExportDocument): Generator<string> {
  const w = reportWords(doc.language);
  const sourcesById = new Map(doc.sources.map((source) => [source.id, source]));
  yield documentHead(doc, w);
  yield `<body>${reportHeader(doc, sourcesById, w)}<main>${sourcesSection(doc, w)}${summarySection(doc, w)}`;
  yield `<section aria-labelledby="claims-heading"><h2 id="claims-heading">${w.t("claims")}</h2>${doc.claims.length ? "" : `<p class="empty">${w.t("noClaims")}</p>`}`;
  for (const [index, claim] of doc.claims.entries()) yield claimArticle(claim, index + 1, sourcesById.get(claim.sourceId), w);
  yield `</section><section aria-labelledby="facts-heading"><h2 id="facts-heading">${w.t("facts")}</h2>${factsIntro(doc.facts, w)}`;
  const chartWords = chartTextOf(doc.language);
  for (const [index, fact] of doc.facts.entries()) yield factSection(fact, index + 1, w, chartWords);
  yield "</section></main></body></html>\n";
}

/** The whole report for `doc` as one string (see `reportHtmlChunks`). */
export function toReportHtml(doc: ExportDocument): string {
  return [...reportHtmlChunks(doc)].join("");
}

// ——— Text, links and dates ———

/** User text for a sentence: escaped, and isolated so right-to-left or bidi controls in it cannot reorder the words around it. */
function inline(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/**
 * The normalised URL when `url` is an absolute http: or https: URL, else null. mailto is
 * refused here (unlike in Markdown): a source or evidence link must point at a page.
 */
function httpHref(url: string | null): string | null {
  const href = url === null ? null : safeLinkHref(url);
  return href !== null && /^https?:/.test(href) ? href : null;
}

/** An http(s) link showing its own URL (so it prints), or any other URL as plain text; "" when there is none. */
function urlHtml(url: string | null): string {
  if (url === null || !url.trim()) return "";
  const href = httpHref(url);
  if (href === null) return `<span class="url">${escapeHtml(url)}</span>`;
  return `<a class="url" href="${escapeHtml(href)}" rel="${linkRel}">${escapeHtml(href)}</a>`;
}

/** A `<time>` for an ISO-8601 time or a YYYY-MM-DD date ("20 March 2025", "20 de marzo de 2025"); text that does not parse is shown as it is. */
function timeHtml(iso: string, w: ReportWords, withTime = false): string {
  const label = w.formatUtc(iso, withTime);
  return label === null ? escapeHtml(iso) : `<time datetime="${escapeHtml(iso)}">${escapeHtml(label)}</time>`;
}

// ——— Verdicts ———

/** The colour class of a rating: `rating-1` (worst) … `rating-5`, or `rating-none` for no verdict or an unknown value. */
function ratingClass(rating: Rating | null): string {
  const value = rating?.ratingValue;
  return value !== undefined && Number.isInteger(value) && value >= 1 && value <= bestRatingValue ? `rating-${value}` : "rating-none";
}

function verdictBadge(rating: Rating | null, w: ReportWords): string {
  return `<span class="badge ${ratingClass(rating)}">${rating ? escapeHtml(w.ratingLabel(rating)) : escapeHtml(w.t("notRated"))}</span>`;
}

/** The verdict with its ClaimReview rating value ("Mostly true, rated 4 of 5"). */
function verdictWithValue(rating: Rating | null, w: ReportWords): string {
  if (!rating) return verdictBadge(null, w);
  return `${verdictBadge(rating, w)} <span class="meta">${escapeHtml(w.t("ratedOf", { value: String(rating.ratingValue), best: String(bestRatingValue) }))}</span>`;
}

// ——— Head, header, sources ———

function documentHead(doc: ExportDocument, w: ReportWords): string {
  return [
    `<!doctype html><html lang="${escapeHtml(doc.language)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reportContentSecurityPolicy)}">`,
    `<meta name="referrer" content="no-referrer">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(isolateBidi(doc.investigation.title))} · ${escapeHtml(w.t("kicker"))}</title>`,
    doc.audience === "public" ? `<script type="application/ld+json">${jsonForScriptTag(toClaimReviews(doc).document)}</script>` : "",
    `<style>${reportStyles}</style></head>\n`,
  ].join("");
}

function reportHeader(doc: ExportDocument, sourcesById: ReadonlyMap<string, ExportSource>, w: ReportWords): string {
  const organisationHref = httpHref(doc.organisation.url);
  const organisation =
    organisationHref === null
      ? inline(doc.organisation.name)
      : `<a class="print-url" href="${escapeHtml(organisationHref)}" rel="${linkRel}">${inline(doc.organisation.name)}</a>`;
  return [
    `<header class="report-head"><p class="kicker">${escapeHtml(w.t("kicker"))}</p>`,
    `<h1>${inline(doc.investigation.title)}</h1>`,
    `<p class="byline">${w.t("byline", { organisation, time: timeHtml(doc.generatedAt, w, true) })}</p>`,
    scopeNote(doc, sourcesById, w),
    `</header>`,
  ].join("");
}

/** For a source-scoped export, a note that the report covers that one source only; "" otherwise. */
function scopeNote(doc: ExportDocument, sourcesById: ReadonlyMap<string, ExportSource>, w: ReportWords): string {
  if (doc.scope.kind !== "source") return "";
  const source = sourcesById.get(doc.scope.sourceId);
  const note = source ? w.t("scopeNamed", { source: `<cite>${inline(source.title)}</cite>` }) : w.t("scopeOne");
  return `<p class="scope">${note}</p>`;
}

function sourcesSection(doc: ExportDocument, w: ReportWords): string {
  const claimCounts = new Map<string, number>();
  for (const claim of doc.claims) claimCounts.set(claim.sourceId, (claimCounts.get(claim.sourceId) ?? 0) + 1);
  const items = doc.sources.map((source) => sourceItem(source, claimCounts.get(source.id) ?? 0, w)).join("");
  const body = items ? `<ol class="sources">${items}</ol>` : `<p class="empty">${w.t("noSources")}</p>`;
  return `<section aria-labelledby="sources-heading"><h2 id="sources-heading">${w.t("sources")}</h2>${body}</section>`;
}

function sourceItem(source: ExportSource, claimCount: number, w: ReportWords): string {
  const facts = [
    source.outlet ? inline(source.outlet) : "",
    source.publishedAt ? w.t("published", { date: timeHtml(source.publishedAt, w) }) : "",
    w.t("version", { number: w.number(source.version.number) }),
    w.t("claimCount", { count: claimCount }),
  ].filter(Boolean);
  return `<li><cite>${inline(source.title)}</cite><span class="meta">${facts.join(" · ")}</span>${urlHtml(source.url)}</li>`;
}

// ——— Summary ———

interface VerdictCount {
  label: string;
  rating: Rating | null;
  count: number;
}

/** Claims per rating, in the scale's order (a verdict no longer on the scale after it), then "Not yet rated". */
function countClaimsByVerdict(doc: ExportDocument, w: ReportWords): VerdictCount[] {
  const counts = new Map<string, VerdictCount>(doc.ratingScale.map((rating) => [rating.key, { label: w.ratingLabel(rating), rating, count: 0 }]));
  const unrated: VerdictCount = { label: w.t("notRated"), rating: null, count: 0 };
  for (const { verdict } of doc.claims) {
    const row = verdict ? (counts.get(verdict.key) ?? { label: w.ratingLabel(verdict), rating: verdict, count: 0 }) : unrated;
    row.count += 1;
    if (verdict) counts.set(verdict.key, row);
  }
  return [...counts.values(), unrated];
}

/** Claims by verdict as a bar chart of HTML and CSS only: each bar's width is its share of all claims. */
function verdictChart(doc: ExportDocument, w: ReportWords): string {
  const total = doc.claims.length;
  const rows = countClaimsByVerdict(doc, w).map(({ label, rating, count }) => {
    const share = total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
    return `<tr class="${ratingClass(rating)}"><th scope="row">${escapeHtml(label)}</th><td class="bar-cell"><span class="bar" style="width: ${share}%"></span></td><td class="count">${w.number(count)}</td></tr>`;
  });
  return `<table class="chart"><caption>${w.t("claimsByVerdict")}</caption><tbody>${rows.join("")}</tbody></table>`;
}

function countsList(entries: Array<[string, number]>, label: string, w: ReportWords): string {
  const items = entries.map(([name, count]) => `<div><dt>${escapeHtml(name)}</dt><dd>${w.number(count)}</dd></div>`);
  return `<dl class="counts" aria-label="${escapeHtml(label)}">${items.join("")}</dl>`;
}

function summarySection(doc: ExportDocument, w: ReportWords): string {
  const byStatus = claimStatuses.map((status): [string, number] => [w.status(status), doc.claims.filter((claim) => claim.status === status).length]);
  const withConflicts = doc.facts.filter((fact) => fact.conflicts.length > 0).length;
  return [
    `<section aria-labelledby="summary-heading"><h2 id="summary-heading">${w.t("summary")}</h2>`,
    verdictChart(doc, w),
    countsList([[w.t("claims"), doc.claims.length], ...byStatus], w.t("claimsByStatus"), w),
    countsList(
      [
        [w.t("facts"), doc.facts.length],
        [w.t("withConflicts"), withConflicts],
      ],
      w.t("facts"),
      w,
    ),
    `</section>`,
  ].join("");
}

// ——— Claims ———

/**
 * The claim's words in their sentence: "…said that <mark>over 200</mark> landed in…". The
 * context is cut back to whole words where it was cut mid-word, and an ellipsis marks each
 * side where the text goes on. Whether it goes on is known from the offsets before the
 * claim, and after it only when the target is the current version (whose text the export
 * carries); for an older version, a non-empty suffix is taken to go on.
 */
function quoteInContext(claim: ExportClaim, source: ExportSource | undefined): string {
  const { prefix, exact, suffix, start, end, versionNumber } = claim.target;
  const text = source?.version.number === versionNumber ? source.version.text : null;
  const before = contextBefore(prefix, start - prefix.length, text);
  const after = contextAfter(suffix, end + suffix.length, text);
  return `<blockquote class="quote"><p><span class="context">${escapeHtml(before)}</span><mark>${escapeHtml(exact)}</mark><span class="context">${escapeHtml(after)}</span></p></blockquote>`;
}

/** The prefix, which starts at `from` in `text` (null when unknown), led by "…" when the text begins earlier. */
function contextBefore(prefix: string, from: number, text: string | null): string {
  if (from <= 0) return prefix;
  const startsWord = text !== null && /\s/.test(text.charAt(from - 1));
  return `…${(startsWord ? prefix : dropFirstWord(prefix)).trimStart()}`;
}

/** The suffix, which ends at `to` in `text` (null when unknown), followed by "…" when the text goes on. */
function contextAfter(suffix: string, to: number, text: string | null): string {
  const goesOn = text === null ? suffix.length > 0 : to < text.length;
  if (!goesOn) return suffix;
  const endsWord = text !== null && /\s/.test(text.charAt(to));
  return `${(endsWord ? suffix : dropLastWord(suffix)).trimEnd()}…`;
}

/** `text` without its first word, which was cut; unchanged when it is one word (say, text without spaces). */
function dropFirstWord(text: string): string {
  const space = text.search(/\s/);
  return space < 0 ? text : text.slice(space);
}

/** `text` without its last word, which was cut; unchanged when it is one word. */
function dropLastWord(text: string): string {
  const space = text.search(/\s\S*$/);
  return space < 0 ? text : text.slice(0, space);
}

/** Why the claim's words may not be where it was made, or "" when they are exactly there. */
function anchorNote(claim: ExportClaim, w: ReportWords): string {
  if (claim.anchorStatus === null || claim.anchorStatus === "exact") return "";
  return `<p class="anchor-note">${escapeHtml(w.t(`anchorNotes.${claim.anchorStatus}`, { version: w.number(claim.target.versionNumber) }))}</p>`;
}

function claimSource(source: ExportSource | undefined, w: ReportWords): string {
  if (!source) return "";
  const outlet = source.outlet ? `, ${inline(source.outlet)}` : "";
  const published = source.publishedAt ? `, ${timeHtml(source.publishedAt, w)}` : "";
  const link = urlHtml(source.url);
  return `<p class="meta">${w.t("from", { source: `<cite>${inline(source.title)}</cite>${outlet}${published}` })}${link ? ` · ${link}` : ""}</p>`;
}

/** The figure as written, with its unit and how it was read ("over 200 deportees, read as more than 200"); null when the claim has none. */
function figureText(claim: ExportClaim, w: ReportWords): string | null {
  const written = claim.quantity ? [claim.quantity.text, claim.quantity.unit].filter(Boolean).join(" ") : "";
  const parts = [written, claim.interval ? w.t("readAs", { interval: claim.interval }) : ""].filter(Boolean);
  return parts.length ? escapeHtml(parts.join(", ")) : null;
}

function claimDetails(claim: ExportClaim, w: ReportWords): string {
  const figure = figureText(claim, w);
  const approval = claim.approvedBy
    ? claim.approvedAt
      ? w.t("byOn", { name: inline(claim.approvedBy.name), date: timeHtml(claim.approvedAt, w) })
      : w.t("by", { name: inline(claim.approvedBy.name) })
    : null;
  const workspaceLink = claim.url === null ? "" : urlHtml(claim.url);
  const publishedLink = claim.publishedUrl === null ? "" : urlHtml(claim.publishedUrl);
  const rows: Array<[string, string | null]> = [
    [w.t("details.statement"), inline(claim.statement)],
    [w.t("details.claimant"), claim.claimant === null ? null : inline(claim.claimant)],
    [w.t("details.status"), escapeHtml(w.status(claim.status))],
    [w.t("details.verdict"), verdictWithValue(claim.verdict, w)],
    [w.t("details.figure"), figure],
    [w.t("details.factCheck"), publishedLink || null],
    [w.t("details.highlighted"), claim.createdBy === null ? null : w.t("byOn", { name: inline(claim.createdBy.name), date: timeHtml(claim.createdAt, w) })],
    [w.t("details.assignedTo"), claim.assignee ? inline(claim.assignee.name) : null],
    [w.t("details.approved"), approval],
    [w.t("details.inWorkspace"), workspaceLink || null],
  ];
  const items = rows.filter((row): row is [string, string] => row[1] !== null).map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`);
  return `<dl class="details">${items.join("")}</dl>`;
}

/** A titled part of a claim, or "" when it has nothing to show. */
function claimPart(title: string, body: string): string {
  return body ? `<h4>${title}</h4>${body}` : "";
}

function listOf<T>(className: string, items: readonly T[], render: (item: T) => string, tag: "ul" | "ol" = "ul"): string {
  return items.length ? `<${tag} class="${className}">${items.map((item) => `<li>${render(item)}</li>`).join("")}</${tag}>` : "";
}

function evidenceItem(evidence: ExportEvidence, w: ReportWords): string {
  const link = urlHtml(evidence.url);
  const meta = [
    evidence.accessedAt ? w.t("accessed", { date: timeHtml(evidence.accessedAt, w) }) : "",
    evidence.createdBy ? w.t("addedBy", { name: inline(evidence.createdBy.name) }) : "",
  ].filter(Boolean);
  return [
    `<p><span class="stance stance-${escapeHtml(evidence.stance)}">${escapeHtml(w.stance(evidence.stance))}</span> `,
    evidence.outlet ? inline(evidence.outlet) : "",
    link ? `<br>${link}` : "",
    `</p>`,
    evidence.quote ? `<blockquote><p>${escapeHtml(evidence.quote)}</p></blockquote>` : "",
    `<p class="meta">${meta.join(" · ")}</p>`,
    evidence.capture ? captureLine(evidence.capture, w) : "",
  ].join("");
}

/** "Captured 17 Mar 2025, 10:02 UTC · SHA-256 …" (issue #19): when the link's page was captured and its archive's hash, in full so a reader can verify it. */
function captureLine(capture: ExportCapture, w: ReportWords): string {
  const label = w.formatUtcShort(capture.capturedAt);
  const time = label === null ? escapeHtml(capture.capturedAt) : `<time datetime="${escapeHtml(capture.capturedAt)}">${escapeHtml(label)}</time>`;
  return `<p class="meta capture">${w.t("captured", { time, sha256: `<code>${escapeHtml(capture.sha256)}</code>` })}</p>`;
}

function assessmentItem(assessment: ExportAssessment, w: ReportWords): string {
  const note = assessment.note.trim() ? `<p>${escapeHtml(assessment.note)}</p>` : "";
  return `<p>${inline(assessment.reviewer.name)}: ${verdictBadge(assessment.verdict, w)} <span class="meta">${timeHtml(assessment.createdAt, w)}</span></p>${note}`;
}

function commentItem(comment: ExportComment, w: ReportWords): string {
  return `<p class="meta">${inline(comment.author.name)}, ${timeHtml(comment.createdAt, w, true)}</p><div class="prose">${renderMarkdown(comment.body)}</div>`;
}

/** One claim as an `<article>`: its words in context, where they come from, and everything the review found. */
function claimArticle(claim: ExportClaim, number: number, source: ExportSource | undefined, w: ReportWords): string {
  const rationale = renderMarkdown(claim.rationale);
  return [
    `<article class="claim"><h3>${w.t("claimNumber", { number: w.number(number) })} ${verdictBadge(claim.verdict, w)}</h3>`,
    quoteInContext(claim, source),
    claimSource(source, w),
    anchorNote(claim, w),
    claimDetails(claim, w),
    claimPart(w.t("rationale"), rationale ? `<div class="prose">${rationale}</div>` : ""),
    claimPart(
      w.t("evidenceCount", { count: w.number(claim.evidence.length) }),
      listOf("evidence", claim.evidence, (evidence) => evidenceItem(evidence, w)),
    ),
    claimPart(
      w.t("independentVerdicts"),
      listOf("assessments", claim.assessments, (assessment) => assessmentItem(assessment, w)),
    ),
    claimPart(w.t("conflictingFigures"), listOf("conflicts", claim.conflicts, escapeHtml)),
    claimPart(
      w.t("commentsCount", { count: w.number(claim.comments.length) }),
      listOf("comments", claim.comments, (comment) => commentItem(comment, w), "ol"),
    ),
    `</article>\n`,
  ].join("");
}

// ——— Facts ———

function factsIntro(facts: readonly ExportFact[], w: ReportWords): string {
  return facts.length ? `<p>${w.t("factsIntro")}</p>` : `<p class="empty">${w.t("noFacts")}</p>`;
}

/** The mark of a claim whose words moved, were matched approximately or are gone (orphan) on the current version. */
function wordingNote(row: ExportFactRow, w: ReportWords): string {
  if (row.anchorStatus === null || row.anchorStatus === "exact") return "";
  return `<br><span class="meta anchor-${row.anchorStatus}">${escapeHtml(w.t(`anchorMarks.${row.anchorStatus}`))}</span>`;
}

function factRow(row: ExportFactRow, w: ReportWords): string {
  const link = urlHtml(row.url);
  return [
    `<tr><th scope="row"><cite>${inline(row.sourceTitle)}</cite>${link ? `<br>${link}` : ""}</th>`,
    `<td>${row.outlet ? escapeHtml(row.outlet) : "—"}</td>`,
    `<td>${row.publishedAt ? timeHtml(row.publishedAt, w) : "—"}</td>`,
    `<td class="wording">“${escapeHtml(row.wording)}”${wordingNote(row, w)}</td>`,
    `<td>${row.interval ? escapeHtml(row.interval) : "—"}</td>`,
    `<td>${verdictBadge(row.verdict, w)}</td></tr>`,
  ].join("");
}

/** The fact's conflicts as a list of reasons, each naming the two sources; or a note that there are none. */
function factConflicts(fact: ExportFact, w: ReportWords): string {
  if (!fact.conflicts.length) return `<p class="meta">${w.t("noConflicts")}</p>`;
  const titles = new Map(fact.rows.map((row) => [row.claimId, row.sourceTitle]));
  const items = fact.conflicts.map(({ a, b, reason }) => {
    const between = [titles.get(a), titles.get(b)].filter((title): title is string => title !== undefined);
    const sources = between.length ? ` <span class="meta">(${w.list(between.map(inline))})</span>` : "";
    return `<li>${escapeHtml(reason)}${sources}</li>`;
  });
  return `<h4>${w.t("conflictingFigures")}</h4><ul class="conflicts">${items.join("")}</ul>`;
}

const factColumns = ["source", "outlet", "published", "wording", "figureInterval", "verdict"] as const;

function factSection(fact: ExportFact, number: number, w: ReportWords, chartWords: ChartText): string {
  const headingId = `fact-${number}`;
  const head = factColumns.map((name) => `<th scope="col">${w.t(`factColumns.${name}`)}</th>`).join("");
  return [
    `<section class="fact" aria-labelledby="${headingId}"><h3 id="${headingId}">${inline(fact.title)}</h3>`,
    `<table aria-labelledby="${headingId}"><thead><tr>${head}</tr></thead><tbody>${fact.rows.map((row) => factRow(row, w)).join("")}</tbody></table>`,
    factConflicts(fact, w),
    factChartsHtml(fact, number, chartWords),
    `</section>\n`,
  ].join("");
}
