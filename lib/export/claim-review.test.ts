import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonForScriptTag } from "../script-safe-json";
import { claimReviewedMaxLength, shortenQuote, toClaimReviews } from "./claim-review";
import { documentWithText, sampleExportDocument } from "./test-document";

const Organization = z.strictObject({ "@type": z.literal("Organization"), name: z.string().min(1), url: z.url().optional() });
const Person = z.strictObject({ "@type": z.literal("Person"), name: z.string().min(1) });
const CreativeWork = z.strictObject({
  "@type": z.literal("CreativeWork"),
  url: z.url(),
  headline: z.string().optional(),
  datePublished: z.iso.date().optional(),
  publisher: Organization.optional(),
});

/**
 * Google's documented ClaimReview fields (Search Central, "Fact check (ClaimReview) structured
 * data", as listed in claim-review.ts), as a schema. Required fields are required here; the
 * recommended ones are optional in the schema, and `googleRecommended` below lists them so a
 * test can assert that a fully described claim carries every one.
 *   ClaimReview — required: claimReviewed (< 75 characters), reviewRating, url;
 *                 recommended: author, datePublished, itemReviewed.
 *   Claim       — recommended: appearance, author, datePublished, firstAppearance.
 *   Rating      — required: alternateName; recommended: bestRating, name, ratingValue, worstRating.
 */
const GoogleClaimReview = z.strictObject({
  "@type": z.literal("ClaimReview"),
  url: z.url({ protocol: /^https?$/ }),
  /** schema.org CreativeWork's language (BCP 47; ISO 639-1 here): the report language. */
  inLanguage: z.enum(["en", "es"]),
  claimReviewed: z.string().min(1).max(74),
  author: Organization.optional(),
  datePublished: z.iso.date().optional(),
  reviewRating: z.strictObject({
    "@type": z.literal("Rating"),
    alternateName: z.string().min(1),
    ratingValue: z.number().int().min(1).max(5).optional(),
    bestRating: z.literal(5).optional(),
    worstRating: z.literal(1).optional(),
    name: z.string().min(1).optional(),
  }),
  itemReviewed: z
    .strictObject({
      "@type": z.literal("Claim"),
      text: z.string().min(1),
      inLanguage: z.string().regex(/^[a-z]{2}$/),
      datePublished: z.iso.date().optional(),
      author: z.union([Organization, Person]).optional(),
      appearance: z.array(CreativeWork).min(1).optional(),
      firstAppearance: CreativeWork.optional(),
    })
    .optional(),
});

const googleRecommended = {
  claimReview: ["author", "datePublished", "itemReviewed"],
  claim: ["appearance", "author", "datePublished", "firstAppearance"],
  rating: ["bestRating", "name", "ratingValue", "worstRating"],
} as const;

const ClaimReviewDocument = z.strictObject({ "@context": z.literal("https://schema.org"), "@graph": z.array(GoogleClaimReview) });

/** The sample with the open claim c-3's source given a URL and an earlier date than c-1's. */
function documentWithLinkedSource() {
  const doc = sampleExportDocument();
  const fact = doc.facts[0];
  if (!fact) throw new Error("fixture: the sample has a fact");
  fact.rows = fact.rows.map((row) => (row.claimId === "c-3" ? { ...row, url: "https://logs.example/flights", publishedAt: "2025-03-15" } : row));
  const [ownRow] = fact.rows;
  if (!ownRow) throw new Error("fixture: the fact lists claim c-1");
  // A second claim on the claim's own page must not list that page twice.
  fact.rows.push({ ...ownRow, claimId: "c-9" });
  return doc;
}

describe("toClaimReviews", () => {
  it("reviews only the approved claim with a verdict, with Google's required fields well typed", () => {
    const { document, skipped } = toClaimReviews(sampleExportDocument());
    const parsed = ClaimReviewDocument.parse(JSON.parse(JSON.stringify(document)));
    expect(parsed["@graph"]).toHaveLength(1);
    expect(skipped).toEqual({ notApproved: 3, noVerdict: 0, noPublishedUrl: 0 });
    const [review] = parsed["@graph"];
    for (const field of googleRecommended.claimReview) expect(review).toHaveProperty(field);
    for (const field of googleRecommended.claim) expect(review?.itemReviewed).toHaveProperty(field);
    for (const field of googleRecommended.rating) expect(review?.reviewRating).toHaveProperty(field);
    expect(review).toEqual({
      "@type": "ClaimReview",
      url: "https://factdesk.example/cecot-flights",
      inLanguage: "en",
      claimReviewed: "over 200 deportees",
      reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Mostly true", name: "Mostly true" },
      itemReviewed: {
        "@type": "Claim",
        text: "over 200 deportees",
        inLanguage: "en",
        datePublished: "2025-03-16",
        author: { "@type": "Organization", name: "Daily Ledger" },
        appearance: [
          {
            "@type": "CreativeWork",
            url: "https://ledger.example/news/deportees",
            headline: "Deportees land in El Salvador",
            datePublished: "2025-03-16",
            publisher: { "@type": "Organization", name: "Daily Ledger" },
          },
        ],
        firstAppearance: {
          "@type": "CreativeWork",
          url: "https://ledger.example/news/deportees",
          headline: "Deportees land in El Salvador",
          datePublished: "2025-03-16",
          publisher: { "@type": "Organization", name: "Daily Ledger" },
        },
      },
      author: { "@type": "Organization", name: "Corroborate Desk", url: "https://corroborate.example" },
      datePublished: "2025-03-19",
    });
  });

  it("lists where linked claims of the same fact appear, once per URL, and the earliest as first appearance", () => {
    const [review] = toClaimReviews(documentWithLinkedSource()).document["@graph"];
    expect(review?.itemReviewed.appearance?.map((a) => a.url)).toEqual(["https://ledger.example/news/deportees", "https://logs.example/flights"]);
    expect(review?.itemReviewed.appearance?.[1]).toEqual({
      "@type": "CreativeWork",
      url: "https://logs.example/flights",
      headline: "What the flight logs show",
      datePublished: "2025-03-15",
    });
    expect(review?.itemReviewed.firstAppearance?.url).toBe("https://logs.example/flights");
  });

  it("leaves out appearance and firstAppearance when no source has a URL, and author when there is no outlet", () => {
    const doc = sampleExportDocument();
    doc.sources = doc.sources.map((s) => ({ ...s, url: null, outlet: null }));
    doc.facts = doc.facts.map((f) => ({ ...f, rows: f.rows.map((row) => ({ ...row, url: null })) }));
    const [review] = toClaimReviews(doc).document["@graph"];
    expect(review?.itemReviewed).toEqual({ "@type": "Claim", text: "over 200 deportees", inLanguage: "en", datePublished: "2025-03-16" });
  });

  it("counts approved claims without a verdict apart from claims not approved", () => {
    const doc = sampleExportDocument();
    doc.claims = doc.claims.map((c) => (c.id === "c-3" ? { ...c, status: "approved" as const, verdict: null } : c));
    const { document, skipped } = toClaimReviews(doc);
    expect(document["@graph"]).toHaveLength(1);
    expect(skipped).toEqual({ notApproved: 2, noVerdict: 1, noPublishedUrl: 0 });
  });

  it("reviews the claim's statement, names its claimant and links the claim's own published address", () => {
    const doc = sampleExportDocument();
    const statement = "Officials said that over 200 deportees landed in San Salvador on Sunday night.";
    doc.claims = doc.claims.map((c) =>
      c.id === "c-1" ? { ...c, statement, claimant: "the interior minister", publishedUrl: "https://factdesk.example/cecot-flights#over-200" } : c,
    );
    const [review] = ClaimReviewDocument.parse(toClaimReviews(doc).document)["@graph"];
    expect(review?.url).toBe("https://factdesk.example/cecot-flights#over-200");
    expect(review?.claimReviewed).toBe("Officials said that over 200 deportees landed in San Salvador on Sunday…");
    expect(review?.itemReviewed?.text).toBe(statement);
    expect(review?.itemReviewed?.author).toEqual({ "@type": "Person", name: "the interior minister" });
  });

  it("names a claimant that is the source's outlet as an organisation", () => {
    const doc = sampleExportDocument();
    doc.claims = doc.claims.map((c) => (c.id === "c-1" ? { ...c, claimant: "daily ledger" } : c));
    const [review] = ClaimReviewDocument.parse(toClaimReviews(doc).document)["@graph"];
    expect(review?.itemReviewed?.author).toEqual({ "@type": "Organization", name: "daily ledger" });
  });

  it("leaves out an approved claim with no published address, and says why", () => {
    const doc = sampleExportDocument();
    doc.claims = doc.claims.map((c) => ({ ...c, publishedUrl: null }));
    const { document, skipped } = toClaimReviews(doc);
    expect(document["@graph"]).toEqual([]);
    expect(skipped).toEqual({ notApproved: 3, noVerdict: 0, noPublishedUrl: 1 });
  });

  it("dates the review by its approval, else by the export, and leaves out an organisation without URL", () => {
    const doc = sampleExportDocument();
    doc.organisation.url = null;
    doc.claims = doc.claims.map((c) => (c.id === "c-1" ? { ...c, approvedAt: null } : c));
    const [review] = toClaimReviews(doc).document["@graph"];
    expect(review?.datePublished).toBe("2025-03-20");
    expect(review?.author).toEqual({ "@type": "Organization", name: "Corroborate Desk" });
  });

  it("shortens a long statement for claimReviewed on a word boundary and keeps it whole in the Claim", () => {
    const quote = "Officials said that over 200 deportees landed in San Salvador on Sunday night, after three flights from Texas.";
    const doc = sampleExportDocument();
    doc.claims = doc.claims.map((c) => (c.id === "c-1" ? { ...c, statement: quote } : c));
    const [review] = ClaimReviewDocument.parse(toClaimReviews(doc).document)["@graph"];
    const shortened = review?.claimReviewed ?? "";
    expect(shortened.length).toBeLessThan(75);
    expect(shortened.endsWith("…")).toBe(true);
    const kept = shortened.slice(0, -1);
    expect(quote.startsWith(kept)).toBe(true);
    expect(quote[kept.length]).toMatch(/[\s,]/);
    expect(review?.itemReviewed?.text).toBe(quote);
  });

  it("keeps user text as JSON string values only", () => {
    const payload = "</script><script>alert(1)</script>";
    const { document } = toClaimReviews(documentWithText(payload));
    const json = JSON.stringify(document);
    expect(JSON.parse(json)).toEqual(document);
    const occurrences = json.split(payload).length - 1;
    expect(occurrences).toBeGreaterThan(0);
    expect(json.split(JSON.stringify(payload)).length - 1).toBe(occurrences);
    const [review] = document["@graph"];
    expect(review?.itemReviewed.text).toBe(payload);
    expect(review?.author.name).toBe(payload);
    const forScript = jsonForScriptTag(document);
    expect(forScript).not.toMatch(/[<>&]/);
    expect(JSON.parse(forScript)).toEqual(document);
  });
});

describe("shortenQuote", () => {
  it("keeps a short quote, with its white space made single", () => {
    expect(shortenQuote("  over\n200   deportees ")).toBe("over 200 deportees");
  });

  it("keeps a quote of exactly the limit and shortens one character more", () => {
    const exact = `${"word ".repeat(14)}abcd`;
    expect(exact).toHaveLength(claimReviewedMaxLength);
    expect(shortenQuote(exact)).toBe(exact);
    expect(shortenQuote(`${exact}e`)).toBe(`${"word ".repeat(13)}word…`);
  });

  it("drops punctuation before the ellipsis", () => {
    const shortened = shortenQuote(`${"a".repeat(60)}, and then ${"b".repeat(20)}`);
    expect(shortened).toBe(`${"a".repeat(60)}, and then…`);
    expect(shortenQuote(`${"a".repeat(70)}, ${"b".repeat(10)}`)).toBe(`${"a".repeat(70)}…`);
  });

  it("cuts a single over-long word inside, never between the halves of an emoji", () => {
    expect(shortenQuote("x".repeat(100))).toBe(`${"x".repeat(73)}…`);
    const emoji = `${"x".repeat(72)}🇻🇪🇻🇪`;
    const shortened = shortenQuote(emoji);
    expect(shortened).toBe(`${"x".repeat(72)}…`);
    expect(shortened.length).toBeLessThanOrEqual(claimReviewedMaxLength);
  });
});
