/**
 * Reading annotation files for import: our own W3C `AnnotationCollection`
 * (`web-annotation.ts`), any W3C Web Annotation (one, a list, or a collection or page with
 * embedded `items`), and Hypothesis exports (a list of annotations, an API search result
 * `{ rows }`, or the client's export `{ annotations }`). The result is an {@link ImportPlan}:
 * what to create, nothing created yet. Pure; the caller parses the JSON and writes.
 *
 * Refusals are `AppError("INVALID")` with a sentence for the person who chose the file (also
 * under `fields.file`). Annotations that cannot become claims but do not make the file wrong
 * — notes on a whole page, replies, pages that are not on the web, evidence links and source
 * addresses that are not http(s) — are left out and listed in `skipped`, one reason each.
 *
 * Positions are UTF-16 offsets, as written by `web-annotation.ts` and by Hypothesis. They are
 * a hint: the importer anchors on the quote and its context, since a position may refer to
 * another version of the text (an orphan claim's, or the page as Hypothesis saw it).
 */
import { z } from "zod";
import { utf8ByteLength } from "../canonical-text";
import { claimStatuses, type ClaimStatus } from "../checking/claim-status";
import { evidenceQuoteMaxLength, evidenceStances, type EvidenceStance } from "../checking/evidence";
import { commentMaxLength, rationaleMaxLength } from "../checking/inputs";
import { AppError } from "../errors";
import { isCalendarDate, isHttpUrl } from "../validation/fields";
import { findIllFormedText } from "../validation/well-formed-text";
import { formatBytes, sourceTextMaxBytes } from "../validation/source";

export interface ImportSource {
  /** The source's URL, or its urn when it has none; what annotations name in `sourceKey`. */
  key: string;
  /** Only ever an http(s) address. */
  url: string | null;
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD. */
  publishedAt: string | null;
  /** The full text when the file embeds it (our own exports do); otherwise it must be fetched. */
  text: string | null;
  /** ISO 639-1 code of the text's language when the file names one (`target.source.language`, our embedded sources). */
  language: string | null;
}

export interface ImportEvidence {
  /** Only ever an http(s) address. */
  url: string | null;
  outlet: string | null;
  quote: string | null;
  /** Links from other tools carry no stance and are read as "adds-context". */
  stance: EvidenceStance;
  /** YYYY-MM-DD. */
  accessedAt: string | null;
}

export interface ImportComment {
  /** Markdown. */
  body: string;
  authorName: string | null;
  /** ISO-8601 as written in the file (checked to be a readable time). */
  created: string | null;
}

export interface ImportAnnotation {
  /** The `key` of one of the plan's sources. */
  sourceKey: string;
  /** A missing `prefix` or `suffix` (the W3C model allows leaving them out) is no constraint; "" is the start or end of the text. */
  quote: { exact: string; prefix?: string; suffix?: string };
  /** UTF-16 code units, half-open; a hint only (see the module comment). */
  position: { start: number; end: number } | null;
  /** Our rating key when the file is our own export; other tools only give a label. */
  verdictKey: string | null;
  verdictLabel: string | null;
  /** Markdown; "" when there is none. */
  rationale: string;
  status: ClaimStatus | null;
  evidence: ImportEvidence[];
  comments: ImportComment[];
  factId: string | null;
  factTitle: string | null;
}

export interface ImportPlan {
  /** Each source once, in the order first met: embedded sources, then those annotations name. */
  sources: ImportSource[];
  annotations: ImportAnnotation[];
  /** What was left out and why, in file order. */
  skipped: Array<{ reason: string }>;
}

/** Most annotations one file may hold. */
export const importAnnotationsMax = 50_000;
/** Longest quote (`exact`) accepted, as the claims API accepts. */
export const importQuoteMaxLength = 10_000;

const noAnnotationsMessage = "This file is not a Web Annotation export: no annotations were found.";

/**
 * Reads a parsed annotation file into an import plan.
 *
 * @throws AppError("INVALID", message, { fields: { file: message } }) when `json` is not an
 *   annotation file, has no annotations (and no embedded sources), has more than
 *   {@link importAnnotationsMax} annotations, or an annotation is malformed or too long; the
 *   message names the annotation by its position in the file.
 */
export function readWebAnnotations(json: unknown): ImportPlan {
  const illFormed = findIllFormedText(json);
  if (illFormed)
    throw invalid(
      `This file holds text that is not well-formed Unicode (an unpaired surrogate in ${illFormed.path}, at character ${illFormed.index}), so it cannot be imported as written. Export it again from its tool.`,
    );
  const { items, embeddedSources } = locateContent(json);
  if (items.length > importAnnotationsMax) {
    throw invalid(
      `This file has ${items.length.toLocaleString("en")} annotations; at most ${importAnnotationsMax.toLocaleString("en")} can be imported at once. Split it into smaller files.`,
    );
  }
  const embedded = readEmbeddedSources(embeddedSources);
  if (items.length === 0 && embedded.sources.length === 0) throw invalid(noAnnotationsMessage);

  const sources = new Map<string, ImportSource>();
  embedded.sources.forEach((source) => addSource(sources, source));
  const annotations: ImportAnnotation[] = [];
  const skipped = embedded.skipped.map((reason) => ({ reason }));
  items.forEach((item, index) => {
    const result = readItem(item, index + 1);
    if (result.source) addSource(sources, result.source);
    if (result.annotation) annotations.push(result.annotation);
    skipped.push(...result.skipped.map((reason) => ({ reason })));
  });
  return { sources: [...sources.values()], annotations, skipped };
}

function invalid(message: string, cause?: unknown): AppError {
  return new AppError("INVALID", message, { cause, fields: { file: message } });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True when a JSON-LD `type` (a string or a list of them) includes `name`. */
function hasType(type: unknown, name: string): boolean {
  return type === name || (Array.isArray(type) && type.includes(name));
}

/** Where the annotations of each accepted shape are, and our embedded sources if any. */
function locateContent(json: unknown): { items: unknown[]; embeddedSources: unknown } {
  if (Array.isArray(json)) return { items: json, embeddedSources: undefined };
  if (!isRecord(json)) throw invalid("This file is not a Web Annotation export: it should hold a JSON object or a list of annotations.");
  const embeddedSources = json["corroborate:sources"];
  if (Array.isArray(json.rows)) return { items: json.rows, embeddedSources };
  if (Array.isArray(json.annotations)) return { items: json.annotations, embeddedSources };
  if (typeof json.first === "string") {
    throw invalid("This collection does not include its annotations, only a link to them. Export it with the annotations embedded.");
  }
  if (isRecord(json.first) && Array.isArray(json.first.items)) return { items: json.first.items, embeddedSources };
  if (Array.isArray(json.items)) return { items: json.items, embeddedSources };
  if (hasType(json.type, "Annotation")) return { items: [json], embeddedSources };
  return { items: [], embeddedSources };
}

// ---- Schemas. Objects strip unknown fields; every string that is kept has a length cap. ----

/** `undefined` → [], a list → itself, anything else → a list of it (JSON-LD's "one or more"). */
function toList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A body or target may be a bare IRI; read it as the resource `{ id }`. */
function toResources(value: unknown): unknown[] {
  return toList(value).map((item) => (typeof item === "string" ? { id: item } : item));
}

const selectorTypes = ["TextQuoteSelector", "TextPositionSelector"];

/** Only the selectors we read; others (RangeSelector, FragmentSelector, ...) are ignored. */
function knownSelectors(value: unknown): unknown[] {
  return toList(value).filter((selector) => isRecord(selector) && typeof selector.type === "string" && selectorTypes.includes(selector.type));
}

/** The first creator, as `{ id }` when it is a bare IRI. */
function toAgent(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? { id: first } : first;
}

const capped = (max: number, what: string) => z.string().max(max, `${what} is longer than ${max.toLocaleString("en")} characters.`);
const address = capped(2000, "An address");
const calendarDate = z.string().refine(isCalendarDate, "A date is not a real day written as YYYY-MM-DD.");

/**
 * A resource's `language` (one or more BCP 47 tags) as the ISO 639-1 code of the first that
 * has one ("es-419" → "es"); null when none does. A language we cannot read is left out,
 * never a reason to refuse the file: the source then gets one when it is added.
 */
const language = z.preprocess(toList, z.array(z.unknown())).transform((tags) => {
  for (const tag of tags) {
    const primary = typeof tag === "string" ? /^([a-z]{2})(?:-[a-z0-9]{1,8})*$/i.exec(tag.trim()) : null;
    if (primary) return primary[1]!.toLowerCase();
  }
  return null;
});

/**
 * A target's `source`: an IRI, or the resource itself (`{ id, language }`, as our exports
 * write it); read as its address and language.
 */
const TargetSource = z.preprocess(
  (value) => (typeof value === "string" ? { id: value } : value),
  z.object({ id: address.optional(), language: language.optional() }).optional(),
);
/** A time kept as written when it can be read as one; otherwise dropped (null). */
const timestamp = z
  .string()
  .max(100)
  .optional()
  .transform((value) => (value !== undefined && !Number.isNaN(Date.parse(value)) ? value : null));
const offset = z.number().int("A text position is not a whole number.").min(0, "A text position is negative.");

const QuoteSelector = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z
    .string({ error: "The quoted text is missing." })
    .min(1, "The quoted text is empty.")
    .max(importQuoteMaxLength, `The quoted text is longer than ${importQuoteMaxLength.toLocaleString("en")} characters.`),
  prefix: capped(1000, "The text before the quote").optional(),
  suffix: capped(1000, "The text after the quote").optional(),
});

const PositionSelector = z
  .object({ type: z.literal("TextPositionSelector"), start: offset, end: offset })
  .refine((selector) => selector.end >= selector.start, { path: ["end"], message: "A text position ends before it starts." });

const Target = z.object({
  source: TargetSource,
  /** Some tools put the language on the SpecificResource itself; read when the source names none. */
  language: language.optional(),
  selector: z.preprocess(knownSelectors, z.array(z.discriminatedUnion("type", [QuoteSelector, PositionSelector]))),
  "corroborate:sourceTitle": capped(300, "A source title").optional(),
});
type Target = z.infer<typeof Target>;

const Targets = z.preprocess(toResources, z.array(Target).min(1, "The annotation has no target."));

const Agent = z.preprocess(toAgent, z.object({ name: capped(300, "A name").optional(), nickname: capped(300, "A name").optional() }).optional());

const Body = z.object({
  id: address.optional(),
  type: z.preprocess(toList, z.array(z.string())),
  purpose: z.preprocess(toList, z.array(z.string())),
  value: capped(rationaleMaxLength, "A note").optional(),
  source: address.optional(),
  creator: Agent,
  created: timestamp,
  "corroborate:verdictKey": capped(40, "A verdict key").optional(),
  "corroborate:stance": z.enum(evidenceStances, { error: "An evidence stance is not supports, refutes or adds-context." }).optional(),
  "corroborate:outlet": capped(200, "An evidence outlet").optional(),
  "corroborate:quote": capped(evidenceQuoteMaxLength, "An evidence quote").optional(),
  "corroborate:accessedAt": calendarDate.optional(),
});
type Body = z.infer<typeof Body>;

const W3cAnnotation = z.object({
  created: timestamp,
  creator: Agent,
  body: z.preprocess(toResources, z.array(Body)),
  bodyValue: capped(commentMaxLength, "The note").optional(),
  target: Targets,
  "corroborate:status": z.enum(claimStatuses, { error: "The status is not open, in-review or approved." }).optional(),
  "corroborate:factId": capped(200, "A fact id").optional(),
  "corroborate:factTitle": capped(300, "A fact title").optional(),
});
type W3cAnnotation = z.infer<typeof W3cAnnotation>;

const HypothesisAnnotation = z
  .object({
    uri: address.optional(),
    text: capped(commentMaxLength, "The note").default(""),
    tags: z.array(capped(100, "A tag")).max(50, "The annotation has more than 50 tags.").default([]),
    target: Targets,
    created: timestamp,
    user: capped(300, "The user").optional(),
    user_info: z.object({ display_name: capped(300, "A name").nullish() }).nullish(),
    document: z.object({ title: z.preprocess(toList, z.array(capped(300, "The page title"))) }).nullish(),
    references: z.array(z.string()).default([]),
  })
  .refine((row) => noteWithTags(row.text, row.tags).length <= commentMaxLength, {
    path: ["tags"],
    message: `The note and its tags are longer than ${commentMaxLength.toLocaleString("en")} characters.`,
  });
type HypothesisAnnotation = z.infer<typeof HypothesisAnnotation>;

const EmbeddedSource = z.object({
  id: address,
  url: address.nullable().default(null),
  title: capped(300, "A source title").nullable().default(null),
  outlet: capped(200, "An outlet").nullable().default(null),
  publishedAt: calendarDate.nullable().default(null),
  language: language.optional(),
  text: z
    .string()
    .refine((text) => utf8ByteLength(text) <= sourceTextMaxBytes, `A source text is larger than ${formatBytes(sourceTextMaxBytes)}.`)
    .nullable()
    .default(null),
});
const EmbeddedSources = z.preprocess(toList, z.array(EmbeddedSource).max(importAnnotationsMax, "The file embeds too many sources."));

/** `schema` applied to `value`, or INVALID naming `what` and the first problem. */
function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join(".")})` : "";
  throw invalid(`${what} cannot be read: ${issue?.message ?? "it is malformed."}${where}`, parsed.error);
}

// ---- Sources ----

/** `raw` when it can name a source: an http(s) address or a urn; otherwise null. */
function sourceKey(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  if (isHttpUrl(raw)) return raw;
  return /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i.test(raw) ? raw : null;
}

function readEmbeddedSources(value: unknown): { sources: ImportSource[]; skipped: string[] } {
  const rows = parseOrThrow(EmbeddedSources, value, "The list of sources");
  const sources: ImportSource[] = [];
  const skipped: string[] = [];
  rows.forEach((row, index) => {
    const url = row.url !== null && isHttpUrl(row.url) ? row.url : null;
    const key = url ?? sourceKey(row.id);
    if (key === null) {
      skipped.push(`Source ${index + 1} has neither a web address (http or https) nor a urn, so it was skipped.`);
      return;
    }
    if (row.url !== null && url === null) skipped.push(`The address of source ${index + 1} was left out: only http and https addresses are imported.`);
    sources.push({ key, url, title: row.title, outlet: row.outlet, publishedAt: row.publishedAt, text: row.text, language: row.language ?? null });
  });
  return { sources, skipped };
}

/** Adds `source`, or fills the fields an earlier mention of the same key left empty. */
function addSource(sources: Map<string, ImportSource>, source: ImportSource): void {
  const known = sources.get(source.key);
  if (!known) {
    sources.set(source.key, source);
    return;
  }
  known.title ??= source.title;
  known.outlet ??= source.outlet;
  known.publishedAt ??= source.publishedAt;
  known.text ??= source.text;
  known.language ??= source.language;
}

function sourceFromTarget(key: string, title: string | null, language: string | null): ImportSource {
  return { key, url: isHttpUrl(key) ? key : null, title, outlet: null, publishedAt: null, text: null, language };
}

// ---- Annotations ----

interface ItemResult {
  annotation: ImportAnnotation | null;
  source: ImportSource | null;
  skipped: string[];
}

function skippedItem(reason: string): ItemResult {
  return { annotation: null, source: null, skipped: [reason] };
}

/** Item `n` (counting from 1) of the file: a W3C annotation or a Hypothesis one. */
function readItem(item: unknown, n: number): ItemResult {
  if (!isRecord(item)) throw invalid(`Item ${n} of the file is not an annotation: it should be a JSON object.`);
  if (hasType(item.type, "Annotation")) return fromW3c(parseOrThrow(W3cAnnotation, item, `Annotation ${n}`), n);
  if (typeof item.uri === "string" || typeof item.user === "string") {
    return fromHypothesis(parseOrThrow(HypothesisAnnotation, item, `Annotation ${n}`), n);
  }
  throw invalid(`Item ${n} of the file is not an annotation: it has neither the type "Annotation" nor a Hypothesis "uri".`);
}

/** The first target that quotes text, with its quote and position. */
function quotedTarget(targets: Target[]) {
  for (const target of targets) {
    const quote = target.selector.find((selector) => selector.type === "TextQuoteSelector");
    if (quote) {
      const position = target.selector.find((selector) => selector.type === "TextPositionSelector");
      return {
        target,
        quote: {
          exact: quote.exact,
          ...(quote.prefix === undefined ? {} : { prefix: quote.prefix }),
          ...(quote.suffix === undefined ? {} : { suffix: quote.suffix }),
        },
        position: position ? { start: position.start, end: position.end } : null,
      };
    }
  }
  return null;
}

const pageNoteReason = (n: number) => `Annotation ${n} does not quote any text (it is a note on the whole page), so it was skipped.`;
const notOnWebReason = (n: number) => `Annotation ${n} is not on a web page (http or https address) or a urn, so it was skipped.`;
const droppedLinkReason = (n: number) => `An evidence link of annotation ${n} was left out: only http and https links are imported.`;

function fromW3c(annotation: W3cAnnotation, n: number): ItemResult {
  const located = quotedTarget(annotation.target);
  if (!located) return skippedItem(pageNoteReason(n));
  const key = sourceKey(located.target.source?.id);
  if (key === null) return skippedItem(notOnWebReason(n));

  const author = annotation.creator?.name ?? annotation.creator?.nickname ?? null;
  const parts = annotation.body.map(bodyPart);
  if (annotation.bodyValue !== undefined) parts.push({ kind: "comment", text: annotation.bodyValue, authorName: null, created: null });
  const verdict = parts.find((part) => part.kind === "verdict");
  const rationale = parts.flatMap((part) => (part.kind === "rationale" ? [part.text] : [])).join("\n\n");
  if (rationale.length > rationaleMaxLength)
    throw invalid(`Annotation ${n} cannot be read: its rationale is longer than ${rationaleMaxLength.toLocaleString("en")} characters.`);
  const comments = parts.flatMap((part) =>
    part.kind === "comment" ? [{ body: part.text, authorName: part.authorName ?? author, created: part.created ?? annotation.created }] : [],
  );
  const tags = parts.flatMap((part) => (part.kind === "tag" ? [part.tag] : []));
  if (tags.length > 0) comments.push({ body: noteWithTags("", tags), authorName: author, created: annotation.created });
  if (comments.some((comment) => comment.body.length > commentMaxLength)) {
    throw invalid(`Annotation ${n} cannot be read: a comment is longer than ${commentMaxLength.toLocaleString("en")} characters.`);
  }

  return {
    annotation: {
      sourceKey: key,
      quote: located.quote,
      position: located.position,
      verdictKey: verdict?.key ?? null,
      verdictLabel: verdict?.label ?? null,
      rationale,
      status: annotation["corroborate:status"] ?? null,
      evidence: parts.flatMap((part) => (part.kind === "evidence" ? [part.evidence] : [])),
      comments,
      factId: annotation["corroborate:factId"] ?? null,
      factTitle: annotation["corroborate:factTitle"] ?? null,
    },
    source: sourceFromTarget(key, located.target["corroborate:sourceTitle"] ?? null, located.target.source?.language ?? located.target.language ?? null),
    skipped: parts.filter((part) => part.kind === "dropped-link").map(() => droppedLinkReason(n)),
  };
}

/** What one W3C body contributes to a claim. */
type BodyPart =
  | { kind: "verdict"; key: string | null; label: string | null }
  | { kind: "rationale"; text: string }
  | { kind: "evidence"; evidence: ImportEvidence }
  | { kind: "dropped-link" }
  | { kind: "comment"; text: string; authorName: string | null; created: string | null }
  | { kind: "tag"; tag: string }
  | { kind: "nothing" };

/**
 * Our bodies by their purpose and extensions (see `web-annotation.ts`); other tools' bodies
 * by the W3C purposes: assessing → verdict label, describing → rationale, tagging → tag, any
 * other text → comment, and a linked resource → evidence that adds context.
 */
function bodyPart(body: Body): BodyPart {
  const textual = body.type.includes("TextualBody") || body.value !== undefined;
  const link = body.source ?? (textual ? undefined : body.id);
  if (body["corroborate:stance"] !== undefined || (!textual && link !== undefined)) return evidencePart(body, link ?? null);
  const value = body.value ?? "";
  if (!textual || value.trim() === "") return { kind: "nothing" };
  if (body.purpose.includes("assessing")) return { kind: "verdict", key: body["corroborate:verdictKey"] ?? null, label: value };
  if (body.purpose.includes("describing")) return { kind: "rationale", text: value };
  if (body.purpose.includes("tagging")) return { kind: "tag", tag: value };
  return { kind: "comment", text: value, authorName: body.creator?.name ?? body.creator?.nickname ?? null, created: body.created };
}

function evidencePart(body: Body, link: string | null): BodyPart {
  if (link !== null && !isHttpUrl(link)) return { kind: "dropped-link" };
  return {
    kind: "evidence",
    evidence: {
      url: link,
      outlet: body["corroborate:outlet"] ?? null,
      quote: body["corroborate:quote"] ?? null,
      stance: body["corroborate:stance"] ?? "adds-context",
      accessedAt: body["corroborate:accessedAt"] ?? null,
    },
  };
}

/** A Hypothesis annotation: its note and tags become one comment, never the rationale. */
function fromHypothesis(annotation: HypothesisAnnotation, n: number): ItemResult {
  if (annotation.references.length > 0) return skippedItem(`Annotation ${n} is a reply to another annotation, so it was skipped.`);
  const located = quotedTarget(annotation.target);
  if (!located) return skippedItem(pageNoteReason(n));
  const key = sourceKey(located.target.source?.id ?? annotation.uri);
  if (key === null) return skippedItem(notOnWebReason(n));

  const note = noteWithTags(annotation.text, annotation.tags);
  const authorName = annotation.user_info?.display_name || accountName(annotation.user);
  return {
    annotation: {
      sourceKey: key,
      quote: located.quote,
      position: located.position,
      verdictKey: null,
      verdictLabel: null,
      rationale: "",
      status: null,
      evidence: [],
      comments: note === "" ? [] : [{ body: note, authorName, created: annotation.created }],
      factId: null,
      factTitle: null,
    },
    source: sourceFromTarget(key, annotation.document?.title[0] ?? null, null),
    skipped: [],
  };
}

/** The note, then its tags on a line of their own: "Tags: budget, statistics". */
function noteWithTags(text: string, tags: string[]): string {
  const tagLine = tags.length > 0 ? `Tags: ${tags.join(", ")}` : "";
  return [text.trim(), tagLine].filter((part) => part !== "").join("\n\n");
}

/** "alice" from Hypothesis's "acct:alice@hypothes.is"; null when there is no user. */
function accountName(user: string | undefined): string | null {
  if (!user) return null;
  return /^acct:([^@]+)@/.exec(user)?.[1] ?? user;
}
