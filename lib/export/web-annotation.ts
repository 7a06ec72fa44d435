/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): an investigation's
 * claims as one `AnnotationCollection` whose annotations are embedded in its first
 * `AnnotationPage`, so the file is self-contained.
 *
 * Each claim is an Annotation whose target is a `SpecificResource` on the source (an
 * External Web Resource: its URL, or its `urn:corroborate:source:<id>` when it has none, with
 * the text's `language`) with a `TextQuoteSelector` and a
 * `TextPositionSelector` describing the same words. Position offsets are UTF-16 code units,
 * the JavaScript convention; the same span in Unicode code points (as Python or a database
 * counts) is on the position selector as `corroborate:codePointStart` / `codePointEnd`. A
 * `TimeState` names when the annotated version was saved, since the text may have changed.
 *
 * Everything the W3C vocabulary has no term for (verdict key, stance of evidence, status,
 * fact, figure, the sources' texts) is in the `corroborate:` namespace
 * ({@link corroborateNamespace}), declared in the `@context`. The objects listed in
 * `corroborate:sources` use plain keys (`title`, `text`, ...): they are data for our own
 * importer (`read-web-annotations.ts`), not linked data.
 */
import { jsonForScriptTag } from "../script-safe-json";
import type { QuantityJson } from "../quantities";
import type { ExportClaim, ExportComment, ExportDocument, ExportEvidence, ExportHead, ExportParts, ExportPerson, ExportSource } from "./model";

/** The IRI the `corroborate:` prefix expands to. Fixed, so it does not vary per workspace. */
export const corroborateNamespace = "https://corroborate.dev/ns#";

export const webAnnotationContext = ["http://www.w3.org/ns/anno.jsonld", { corroborate: corroborateNamespace }] as const;

export interface AnnotationPerson {
  id: string;
  type: "Person";
  name: string;
}

export interface VerdictBody {
  type: "TextualBody";
  purpose: "assessing";
  value: string;
  "corroborate:verdictKey": string;
  "corroborate:ratingValue": number;
}

export interface RationaleBody {
  type: "TextualBody";
  purpose: "describing";
  format: "text/markdown";
  value: string;
}

/** Fields every evidence body carries, linked or not. Null fields are left out. */
interface EvidenceExtensions {
  "corroborate:stance": ExportEvidence["stance"];
  "corroborate:outlet"?: string;
  "corroborate:quote"?: string;
  "corroborate:accessedAt"?: string;
  /** Left out of a public export. */
  creator?: AnnotationPerson;
  created: string;
}

/**
 * Evidence with a link. The W3C motivations have no "supports": the stance is an extension.
 * A captured link carries the capture as a `TimeState` (W3C Web Annotation model §4.2.6):
 * `sourceDate` the time the page was captured, `cached` where the API serves its WACZ archive
 * (left out of a public export), and the archive's SHA-256 as an extension.
 */
export interface LinkedEvidenceBody extends EvidenceExtensions {
  type: "SpecificResource";
  source: string;
  purpose: "linking";
  state?: { type: "TimeState"; sourceDate: string; cached?: string; "corroborate:archiveSha256": string };
}

/** Evidence without a link (a phone call, a printed document): described in words. */
export interface DescribedEvidenceBody extends EvidenceExtensions {
  type: "TextualBody";
  purpose: "describing";
  value: string;
}

export interface CommentBody {
  type: "TextualBody";
  purpose: "commenting";
  format: "text/markdown";
  value: string;
  creator: AnnotationPerson;
  created: string;
}

export type AnnotationBody = VerdictBody | RationaleBody | LinkedEvidenceBody | DescribedEvidenceBody | CommentBody;

/**
 * The annotated source as an External Web Resource: its address (or urn), and its language
 * (ISO 639-1). The Web Annotation model gives `language` to the resource whose content is in
 * that language — here the source document, not the SpecificResource that selects from it.
 */
export interface AnnotatedSource {
  id: string;
  type: "Text";
  language: string;
}

export interface AnnotationTarget {
  type: "SpecificResource";
  source: AnnotatedSource;
  selector: [
    { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
    { type: "TextPositionSelector"; start: number; end: number; "corroborate:codePointStart": number; "corroborate:codePointEnd": number },
  ];
  state: { type: "TimeState"; sourceDate: string };
  "corroborate:sourceId": string;
  "corroborate:sourceTitle": string;
  "corroborate:sourceVersion": number;
  /** Left out of a public export. */
  "corroborate:anchorStatus"?: NonNullable<ExportClaim["anchorStatus"]>;
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "assessing" | "highlighting";
  created: string;
  modified: string;
  /** Left out of a public export. */
  creator?: AnnotationPerson;
  /** Left out when the claim has no verdict, rationale, evidence or comment (a bare highlight). */
  body?: AnnotationBody[];
  target: AnnotationTarget;
  "corroborate:status": ExportClaim["status"];
  /** Only when written by hand: the default (the sentence around the words) follows from the target and the embedded text. */
  "corroborate:statement"?: string;
  "corroborate:claimant"?: string;
  "corroborate:publishedUrl"?: string;
  "corroborate:factId"?: string;
  "corroborate:factTitle"?: string;
  "corroborate:quantity"?: QuantityJson;
}

/** A source as embedded for re-import: `id` is its urn, `text` the full canonical text. */
export interface EmbeddedSource {
  id: string;
  url: string | null;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  /** ISO 639-1 code of the text's language. */
  language: string;
  versionNumber: number;
  text: string;
}

/** The collection without its annotations and their count: what the streamed text opens with. */
export interface AnnotationCollectionHead {
  "@context": typeof webAnnotationContext;
  id: string;
  type: "AnnotationCollection";
  label: string;
  generated: string;
  /** `id`: the workspace's address, left out of a public export. */
  generator: { id?: string; type: "Software"; name: "Corroborate" };
  "corroborate:sources": EmbeddedSource[];
}

export interface AnnotationCollection extends AnnotationCollectionHead {
  first: { type: "AnnotationPage"; items: WebAnnotation[] };
  total: number;
}

/** The whole collection as one JSON value. Same content as {@link webAnnotationChunks}. */
export function toAnnotationCollection(doc: ExportDocument): AnnotationCollection {
  const sources = sourcesById(doc);
  const factTitles = factTitlesById(doc);
  return {
    ...collectionHead(doc),
    first: { type: "AnnotationPage", items: doc.claims.map((claim) => toAnnotation(claim, sources, factTitles)) },
    total: doc.claims.length,
  };
}

/**
 * The JSON text of {@link toAnnotationCollection}, in pieces a response can stream without
 * holding every annotation's text at once: the opening (everything but the annotations,
 * sources included), then each annotation (preceded by its comma), then the closing, which
 * carries `total` (written last, so that it counts what was written).
 * `JSON.parse([...webAnnotationChunks(doc)].join(""))` deep-equals `toAnnotationCollection(doc)`.
 */
export function* webAnnotationChunks(doc: ExportDocument): Generator<string> {
  const writer = annotationWriter(doc);
  yield writer.opening;
  for (const claim of doc.claims) yield writer.annotation(claim);
  yield writer.closing();
}

/**
 * The same chunks as {@link webAnnotationChunks}, written from an export read a source at a
 * time: one batch per source, whose chunks (one annotation each) are written only as they
 * are taken, so each is garbage as soon as it is sent.
 */
export async function* webAnnotationStream(parts: ExportParts): AsyncGenerator<Iterable<string>> {
  const writer = annotationWriter(parts.head);
  yield [writer.opening];
  for await (const claims of parts.claimsBySource) yield mapLazily(claims, writer.annotation);
  yield [writer.closing()];
}

function* mapLazily<T>(items: readonly T[], write: (item: T) => string): Generator<string> {
  for (const item of items) yield write(item);
}

/** The parts of the collection's text; `closing()` counts the annotations written before it. */
function annotationWriter(head: ExportHead) {
  const sources = sourcesById(head);
  const factTitles = factTitlesById(head);
  const collection = jsonForScriptTag(collectionHead(head));
  let written = 0;
  return {
    // The head is a non-empty object, so it ends with "}": reopen it to add `first`.
    opening: `${collection.slice(0, -1)},"first":{"type":"AnnotationPage","items":[`,
    annotation: (claim: ExportClaim) => (written++ === 0 ? "" : ",") + jsonForScriptTag(toAnnotation(claim, sources, factTitles)),
    closing: () => `]},"total":${written}}`,
  };
}

function collectionHead(doc: ExportHead): AnnotationCollectionHead {
  return {
    "@context": webAnnotationContext,
    id: collectionId(doc),
    type: "AnnotationCollection",
    label: doc.investigation.title,
    generated: doc.generatedAt,
    generator: { ...(doc.workspaceUrl !== null && { id: doc.workspaceUrl }), type: "Software", name: "Corroborate" },
    "corroborate:sources": doc.sources.map(embedSource),
  };
}

/**
 * The investigation's annotations address (a URN in a public export, which names no workspace
 * address); a one-source export names its source so the two differ.
 */
function collectionId(doc: ExportHead): string {
  const base =
    doc.workspaceUrl === null
      ? `urn:corroborate:investigation:${encodeURIComponent(doc.investigation.id)}:annotations`
      : `${doc.workspaceUrl}/investigations/${encodeURIComponent(doc.investigation.id)}/annotations`;
  return doc.scope.kind === "source" ? `${base}?source=${encodeURIComponent(doc.scope.sourceId)}` : base;
}

function embedSource(source: ExportSource): EmbeddedSource {
  return {
    id: source.urn,
    url: source.url,
    title: source.title,
    outlet: source.outlet,
    publishedAt: source.publishedAt,
    language: source.language,
    versionNumber: source.version.number,
    text: source.version.text,
  };
}

function sourcesById(doc: ExportHead): Map<string, ExportSource> {
  return new Map(doc.sources.map((source) => [source.id, source]));
}

function factTitlesById(doc: ExportHead): Map<string, string> {
  return new Map(doc.facts.map((fact) => [fact.id, fact.title]));
}

function toAnnotation(claim: ExportClaim, sources: Map<string, ExportSource>, factTitles: Map<string, string>): WebAnnotation {
  const source = sources.get(claim.sourceId);
  // The export query puts every claim's source in the document; a missing one is a bug there.
  if (!source) throw new Error(`Export document lists claim ${claim.id} without its source ${claim.sourceId}.`);
  const body = annotationBodies(claim);
  const factTitle = claim.factId === null ? undefined : factTitles.get(claim.factId);
  return {
    id: claim.url ?? `urn:corroborate:claim:${claim.id}`,
    type: "Annotation",
    motivation: claim.verdict ? "assessing" : "highlighting",
    created: claim.createdAt,
    modified: claim.updatedAt,
    ...(claim.createdBy !== null && { creator: person(claim.createdBy) }),
    ...(body.length > 0 && { body }),
    target: annotationTarget(claim, source),
    "corroborate:status": claim.status,
    ...(claim.isStatementWritten && { "corroborate:statement": claim.statement }),
    ...(claim.claimant !== null && { "corroborate:claimant": claim.claimant }),
    ...(claim.publishedUrl !== null && { "corroborate:publishedUrl": claim.publishedUrl }),
    ...(claim.factId !== null && { "corroborate:factId": claim.factId }),
    ...(factTitle !== undefined && { "corroborate:factTitle": factTitle }),
    ...(claim.quantity !== null && { "corroborate:quantity": claim.quantity }),
  };
}

/** Verdict, rationale, evidence, comments: in that order, each only when present. */
function annotationBodies(claim: ExportClaim): AnnotationBody[] {
  const bodies: AnnotationBody[] = [];
  if (claim.verdict) {
    bodies.push({
      type: "TextualBody",
      purpose: "assessing",
      value: claim.verdict.label,
      "corroborate:verdictKey": claim.verdict.key,
      "corroborate:ratingValue": claim.verdict.ratingValue,
    });
  }
  if (claim.rationale.trim() !== "") {
    bodies.push({ type: "TextualBody", purpose: "describing", format: "text/markdown", value: claim.rationale });
  }
  bodies.push(...claim.evidence.map(evidenceBody), ...claim.comments.map(commentBody));
  return bodies;
}

function evidenceBody(evidence: ExportEvidence): LinkedEvidenceBody | DescribedEvidenceBody {
  const extensions: EvidenceExtensions = {
    "corroborate:stance": evidence.stance,
    ...(evidence.outlet !== null && { "corroborate:outlet": evidence.outlet }),
    ...(evidence.quote !== null && { "corroborate:quote": evidence.quote }),
    ...(evidence.accessedAt !== null && { "corroborate:accessedAt": evidence.accessedAt }),
    ...(evidence.createdBy !== null && { creator: person(evidence.createdBy) }),
    created: evidence.createdAt,
  };
  if (evidence.url !== null) {
    const { capture } = evidence;
    const state: LinkedEvidenceBody["state"] =
      capture === null
        ? undefined
        : {
            type: "TimeState",
            sourceDate: capture.capturedAt,
            ...(capture.archiveUrl !== null && { cached: capture.archiveUrl }),
            "corroborate:archiveSha256": capture.sha256,
          };
    return { type: "SpecificResource", source: evidence.url, purpose: "linking", ...(state && { state }), ...extensions };
  }
  // Evidence always has a link or an outlet, so the value is never empty in practice.
  return { type: "TextualBody", purpose: "describing", value: evidence.quote ?? evidence.outlet ?? "", ...extensions };
}

function commentBody(comment: ExportComment): CommentBody {
  return {
    type: "TextualBody",
    purpose: "commenting",
    format: "text/markdown",
    value: comment.body,
    creator: person(comment.author),
    created: comment.createdAt,
  };
}

function annotationTarget(claim: ExportClaim, source: ExportSource): AnnotationTarget {
  const { target } = claim;
  return {
    type: "SpecificResource",
    source: { id: source.url ?? source.urn, type: "Text", language: source.language },
    selector: [
      { type: "TextQuoteSelector", exact: target.exact, prefix: target.prefix, suffix: target.suffix },
      {
        type: "TextPositionSelector",
        start: target.start,
        end: target.end,
        "corroborate:codePointStart": target.codePoints.start,
        "corroborate:codePointEnd": target.codePoints.end,
      },
    ],
    state: { type: "TimeState", sourceDate: target.versionCreatedAt },
    "corroborate:sourceId": source.id,
    "corroborate:sourceTitle": source.title,
    "corroborate:sourceVersion": target.versionNumber,
    ...(claim.anchorStatus !== null && { "corroborate:anchorStatus": claim.anchorStatus }),
  };
}

function person(who: ExportPerson): AnnotationPerson {
  return { id: `urn:corroborate:user:${who.id}`, type: "Person", name: who.name };
}
