/**
 * schema.org ClaimReview (the markup Google reads for fact checks): one review per approved
 * claim with a verdict and a published address, as JSON-LD.
 *
 * Google's documented fields (Search Central, "Fact check (ClaimReview) structured data"),
 * checked by claim-review.test.ts:
 * - ClaimReview — required: `claimReviewed` (under 75 characters: the claim's statement,
 *   shortened), `reviewRating`, `url` (the page of the published fact-check: the claim's
 *   published address, else the investigation's); recommended: `author` (the organisation,
 *   Settings → Organisation), `datePublished` (the approval date), `itemReviewed` (a Claim).
 * - Claim — recommended: `author` (the claimant; else the source's outlet), `datePublished`
 *   (the source's date), `appearance` and `firstAppearance` (the sources where it appears).
 * - Rating — required: `alternateName` (the verdict's label); recommended: `ratingValue`,
 *   `bestRating`, `worstRating`, `name`.
 * - Language (schema.org `inLanguage`, an IETF BCP 47 code; ISO 639-1 here): the Claim's is
 *   its source's language (the words were said in it); the ClaimReview's is the
 *   investigation's report language, in which the fact-check and its rating are written (a
 *   default rating label speaks it; a label an editor wrote stays as written).
 * A claim with no published address is left out (`url` is required and must be the public
 * page, never the workspace), and counted in `skipped.noPublishedUrl`. The document is plain data; the counts of claims left
 * out are returned beside it so the caller can report them (say, in a response header)
 * without putting anything but schema.org in the JSON-LD.
 *
 * The export writes it with `jsonForScriptTag` (lib/script-safe-json.ts), so it can be pasted
 * into an HTML `<script type="application/ld+json">` as it is.
 */
import { bestRatingValue, worstRatingValue, type Rating } from "../checking/rating-scale";
import type { ExportClaim, ExportDocument, ExportSource } from "./model";
import { reportWords } from "./report-language";

export interface SchemaOrganization {
  "@type": "Organization";
  name: string;
  url?: string;
}

/** Who made a claim: a person, or an organisation when the claimant is the source's outlet. */
export interface SchemaPerson {
  "@type": "Person";
  name: string;
}

export interface SchemaCreativeWork {
  "@type": "CreativeWork";
  url: string;
  headline?: string;
  datePublished?: string;
  publisher?: SchemaOrganization;
}

export interface SchemaClaim {
  "@type": "Claim";
  /** The claim's full quote; `claimReviewed` may be a shortened form of it. */
  text: string;
  /** The language of the claim's words: its source's. */
  inLanguage: string;
  datePublished?: string;
  author?: SchemaOrganization | SchemaPerson;
  appearance?: SchemaCreativeWork[];
  firstAppearance?: SchemaCreativeWork;
}

export interface SchemaRating {
  "@type": "Rating";
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  alternateName: string;
  name: string;
}

export interface ClaimReview {
  "@type": "ClaimReview";
  url: string;
  /** The language the fact-check is written in: the investigation's report language. */
  inLanguage: string;
  claimReviewed: string;
  reviewRating: SchemaRating;
  itemReviewed: SchemaClaim;
  author: SchemaOrganization;
  datePublished: string;
}

export interface ClaimReviewExport {
  document: { "@context": "https://schema.org"; "@graph": ClaimReview[] };
  /** Claims left out: not approved yet, approved without a verdict, or with no published address. */
  skipped: { notApproved: number; noVerdict: number; noPublishedUrl: number };
}

/**
 * Google asks for a `claimReviewed` under 75 characters; longer quotes are shortened to at
 * most this many, ellipsis included.
 */
export const claimReviewedMaxLength = 74;

/** One ClaimReview per approved claim with a verdict and a published address, in the document's claim order. */
export function toClaimReviews(doc: ExportDocument): ClaimReviewExport {
  const sources = new Map(doc.sources.map((source) => [source.id, source]));
  const graph: ClaimReview[] = [];
  const skipped = { notApproved: 0, noVerdict: 0, noPublishedUrl: 0 };
  for (const claim of doc.claims) {
    if (claim.status !== "approved") skipped.notApproved++;
    else if (claim.verdict === null) skipped.noVerdict++;
    else if (claim.publishedUrl === null) skipped.noPublishedUrl++;
    else graph.push(claimReview(doc, claim, claim.verdict, claim.publishedUrl, sourceOf(claim, sources)));
  }
  return { document: { "@context": "https://schema.org", "@graph": graph }, skipped };
}

function sourceOf(claim: ExportClaim, sources: Map<string, ExportSource>): ExportSource {
  const source = sources.get(claim.sourceId);
  // The export query puts every claim's source in the document; a missing one is a bug there.
  if (!source) throw new Error(`Export document lists claim ${claim.id} without its source ${claim.sourceId}.`);
  return source;
}

function claimReview(doc: ExportDocument, claim: ExportClaim, verdict: Rating, url: string, source: ExportSource): ClaimReview {
  const label = reportWords(doc.language).ratingLabel(verdict);
  return {
    "@type": "ClaimReview",
    url,
    inLanguage: doc.language,
    claimReviewed: shortenQuote(claim.statement),
    reviewRating: {
      "@type": "Rating",
      ratingValue: verdict.ratingValue,
      bestRating: bestRatingValue,
      worstRating: worstRatingValue,
      alternateName: label,
      name: label,
    },
    itemReviewed: reviewedClaim(doc, claim, source),
    author: organization(doc.organisation.name, doc.organisation.url),
    // An approved claim has its approval time; the export time is the fallback for old data.
    datePublished: (claim.approvedAt ?? doc.generatedAt).slice(0, 10),
  };
}

function organization(name: string, url: string | null = null): SchemaOrganization {
  return { "@type": "Organization", name, ...(url !== null && { url }) };
}

/** The Claim: where it was made (its own source first, then the sources of its fact's other claims). */
function reviewedClaim(doc: ExportDocument, claim: ExportClaim, source: ExportSource): SchemaClaim {
  const appearances = claimAppearances(doc, claim, source);
  const first = firstAppearance(appearances);
  const author = claimAuthor(claim.claimant, source.outlet);
  return {
    "@type": "Claim",
    text: claim.statement,
    inLanguage: source.language,
    ...(source.publishedAt !== null && { datePublished: source.publishedAt }),
    ...(author !== null && { author }),
    ...(appearances.length > 0 && { appearance: appearances }),
    ...(first !== undefined && { firstAppearance: first }),
  };
}

/**
 * The claimant as a Person, or as an Organization when it names the source's outlet; the
 * outlet itself when no claimant is set; null when neither is known.
 */
function claimAuthor(claimant: string | null, outlet: string | null): SchemaOrganization | SchemaPerson | null {
  if (claimant === null) return outlet === null ? null : organization(outlet);
  return outlet !== null && claimant.trim().toLowerCase() === outlet.trim().toLowerCase() ? organization(claimant) : { "@type": "Person", name: claimant };
}

interface Appearance {
  url: string | null;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
}

/**
 * The claim's own source and every source where a claim linked to the same fact appears, as
 * CreativeWorks, once per URL. Sources without a URL cannot be pointed to and are left out.
 */
function claimAppearances(doc: ExportDocument, claim: ExportClaim, source: ExportSource): SchemaCreativeWork[] {
  const fact = claim.factId === null ? undefined : doc.facts.find((f) => f.id === claim.factId);
  const candidates: Appearance[] = [
    { url: source.url, title: source.title, outlet: source.outlet, publishedAt: source.publishedAt },
    ...(fact?.rows ?? []).map((row) => ({ url: row.url, title: row.sourceTitle, outlet: row.outlet, publishedAt: row.publishedAt })),
  ];
  const byUrl = new Map<string, SchemaCreativeWork>();
  for (const candidate of candidates) {
    if (candidate.url !== null && !byUrl.has(candidate.url)) byUrl.set(candidate.url, creativeWork({ ...candidate, url: candidate.url }));
  }
  return [...byUrl.values()];
}

function creativeWork(appearance: Appearance & { url: string }): SchemaCreativeWork {
  return {
    "@type": "CreativeWork",
    url: appearance.url,
    headline: appearance.title,
    ...(appearance.publishedAt !== null && { datePublished: appearance.publishedAt }),
    ...(appearance.outlet !== null && { publisher: organization(appearance.outlet) }),
  };
}

/** The dated appearance with the earliest date (the first listed on a tie); undefined when none is dated. */
function firstAppearance(appearances: SchemaCreativeWork[]): SchemaCreativeWork | undefined {
  let earliest: SchemaCreativeWork | undefined;
  for (const appearance of appearances) {
    // YYYY-MM-DD strings order as their dates do.
    if (appearance.datePublished && (!earliest?.datePublished || appearance.datePublished < earliest.datePublished)) earliest = appearance;
  }
  return earliest;
}

/**
 * `quote` (a claim's statement) with runs of white space made single, cut to at most {@link claimReviewedMaxLength}
 * characters (UTF-16 units) at the last word boundary that fits, with "…" added. A first word
 * too long to fit is cut inside, never between the halves of a surrogate pair.
 */
export function shortenQuote(quote: string): string {
  const text = quote.replace(/\s+/g, " ").trim();
  if (text.length <= claimReviewedMaxLength) return text;
  const room = claimReviewedMaxLength - 1;
  const lastSpace = text.lastIndexOf(" ", room);
  const cut = lastSpace > 0 ? lastSpace : splitSafe(text, room);
  // Trailing punctuation before the ellipsis reads badly ("said,…").
  return `${text.slice(0, cut).replace(/[\s,;:.\-–—]+$/u, "")}…`;
}

/** `index`, or one less when it would split a surrogate pair. */
function splitSafe(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}
