import { indexTermsOf } from "@/lib/search";
import type { SearchKind } from "../schema";

/**
 * What one index row holds for each kind of thing (db/schema search_documents): its title, the
 * text a snippet is cut from, the words it is found by, its filters. Pure functions of the rows
 * read in search-index.ts, so a rebuild writes exactly what the changes wrote.
 *
 * Contract, per kind (the searched words; title; snippet text; filters), and `terms` begin with
 * the snippet text's, word for word (`termsWith`):
 * - claim: its words, statement, claimant and rationale; its words; the same; its source's
 *   language and outlet, its verdict and status, the day it was made;
 * - source: title, outlet and current text; title; text; language, outlet, publication day
 *   (else the day it was added);
 * - fact: title; title; title; the investigation's report language, the day it was made;
 * - evidence: outlet, address, quote and captured text; outlet (else address); quote and
 *   captured text; the claim's source's language, its outlet, the day it was accessed (else added);
 * - comment: its text; the words of its claim; its text; the claim's source's language, the day
 *   it was written.
 * Only claims carry a verdict and a status, so filtering by them finds claims only.
 */
export type SearchDocumentValues = {
  kind: SearchKind;
  subjectId: string;
  investigationId: string;
  sourceId: string | null;
  claimId: string | null;
  factId: string | null;
  evidenceId: string | null;
  commentId: string | null;
  title: string;
  body: string;
  language: string | null;
  verdict: string | null;
  status: string | null;
  outlet: string | null;
  date: string | null;
  terms: string;
  signature: string;
};

/** Texts past this many characters are indexed up to here (a tsvector holds at most 1 MB; both engines index the same words). */
export const MAX_INDEXED_LENGTH = 1_000_000;

const joined = (...parts: Array<string | null | undefined>) => parts.filter((part): part is string => !!part && part.trim() !== "").join("\n");
const dayOf = (timestamp: string) => timestamp.slice(0, 10);
const termsOf = (text: string, language: string | null) => indexTermsOf(text.slice(0, MAX_INDEXED_LENGTH), language);
/**
 * A row's terms: its body's first, one per word in order (so the n-th term is the body's n-th
 * word: search.ts finds where a long body matches without reading it again), then the other
 * searched words (title, outlet, address).
 */
const termsWith = (body: string, language: string | null, ...others: Array<string | null | undefined>) =>
  [termsOf(body, language), termsOf(joined(...others), language)].filter((terms) => terms !== "").join(" ");
const none = { sourceId: null, claimId: null, factId: null, evidenceId: null, commentId: null, verdict: null, status: null, outlet: null, signature: "" };

export type ClaimForIndex = {
  id: string;
  sourceId: string;
  investigationId: string;
  exact: string;
  statement: string | null;
  claimant: string | null;
  rationale: string;
  status: string;
  verdictKey: string | null;
  createdAt: string;
  language: string;
  outlet: string | null;
};

export function claimDocument(claim: ClaimForIndex, signature: string): SearchDocumentValues {
  const body = joined(claim.exact, claim.statement, claim.claimant, claim.rationale);
  return {
    ...none,
    kind: "claim",
    subjectId: claim.id,
    investigationId: claim.investigationId,
    sourceId: claim.sourceId,
    claimId: claim.id,
    title: claim.exact,
    body,
    language: claim.language,
    verdict: claim.verdictKey,
    status: claim.status,
    outlet: claim.outlet,
    date: dayOf(claim.createdAt),
    terms: termsOf(body, claim.language),
    signature,
  };
}

export type SourceForIndex = {
  id: string;
  investigationId: string;
  title: string;
  outlet: string | null;
  language: string;
  publishedAt: string | null;
  createdAt: string;
  text: string;
};

export function sourceDocument(source: SourceForIndex): SearchDocumentValues {
  return {
    ...none,
    kind: "source",
    subjectId: source.id,
    investigationId: source.investigationId,
    sourceId: source.id,
    title: source.title,
    body: source.text.slice(0, MAX_INDEXED_LENGTH),
    language: source.language,
    outlet: source.outlet,
    date: source.publishedAt ?? dayOf(source.createdAt),
    terms: termsWith(source.text, source.language, source.title, source.outlet),
  };
}

export type FactForIndex = { id: string; investigationId: string; title: string; createdAt: string; reportLanguage: string };

export function factDocument(fact: FactForIndex): SearchDocumentValues {
  return {
    ...none,
    kind: "fact",
    subjectId: fact.id,
    investigationId: fact.investigationId,
    factId: fact.id,
    title: fact.title,
    body: fact.title,
    language: fact.reportLanguage,
    date: dayOf(fact.createdAt),
    terms: termsOf(fact.title, fact.reportLanguage),
  };
}

export type EvidenceForIndex = {
  id: string;
  claimId: string;
  sourceId: string;
  investigationId: string;
  url: string | null;
  outlet: string | null;
  quote: string | null;
  accessedAt: string | null;
  createdAt: string;
  language: string;
  /** The captured page's text (captures.text through evidence.capture_id), when there is one. */
  capturedText: string | null;
};

export function evidenceDocument(item: EvidenceForIndex): SearchDocumentValues {
  const body = joined(item.quote, item.capturedText).slice(0, MAX_INDEXED_LENGTH);
  return {
    ...none,
    kind: "evidence",
    subjectId: item.id,
    investigationId: item.investigationId,
    sourceId: item.sourceId,
    claimId: item.claimId,
    evidenceId: item.id,
    title: item.outlet ?? item.url ?? "",
    body,
    language: item.language,
    outlet: item.outlet,
    date: item.accessedAt ?? dayOf(item.createdAt),
    terms: termsWith(body, item.language, item.outlet, item.url),
  };
}

export type CommentForIndex = {
  id: string;
  claimId: string;
  sourceId: string;
  investigationId: string;
  body: string;
  createdAt: string;
  claimExact: string;
  language: string;
};

export function commentDocument(comment: CommentForIndex): SearchDocumentValues {
  return {
    ...none,
    kind: "comment",
    subjectId: comment.id,
    investigationId: comment.investigationId,
    sourceId: comment.sourceId,
    claimId: comment.claimId,
    commentId: comment.id,
    title: comment.claimExact,
    body: comment.body,
    language: comment.language,
    date: dayOf(comment.createdAt),
    terms: termsOf(comment.body, comment.language),
  };
}
