/**
 * The signature of a claim: language-neutral tokens stored beside its full-text terms
 * (search-index's `signature` column) so that the full-text index finds the candidates of
 * "checked before" in every language; the matcher then scores each candidate in full
 * ({@link scoreMatch}).
 *
 * Contract of {@link signatureTermsOf}: space-separated tokens of ASCII letters and digits only
 * (no "_", ":" or "-", which FTS5's unicode61 and PostgreSQL's parsers split on), each starting
 * with its kind:
 * - `thing<key>` — what the figure counts (`counted.ts`: lib/quantities' bilingual lexicon,
 *   "inmates" and "reclusos" → `thinginmate`; this folder's concepts, "médicos" → `thingdoctor`;
 *   else the noun's stem, "cubanos" → `thingcuban`);
 * - `mag<n>` — the magnitude buckets the figure's interval covers, n = ⌊10·log10 x⌋ (ten buckets
 *   a decade, `magm3` below one, `mag0z` for zero): overlapping intervals always share a bucket
 *   ("about 250" [225, 275] → mag23 mag24; "238" → mag23), unbounded ends are cut at twice
 *   (or half) the figure, and at most 16 buckets are listed;
 * - `name<key>` — each name (`names.ts`: "Bukele" → `namebukele`, "Estados Unidos" → `nameusa`);
 * - `year<yyyy>` and `month<yyyymm>` / `month<mm>` — the dates named;
 * - `idea<key>` — a word of the bilingual lexicon (`concepts.ts`: "deported", "deportados" →
 *   `ideadeport`).
 * Deterministic, distinct tokens in a stable order; "" for a claim with none. Never throws.
 */
import { featuresOf, type ClaimFeatures, type MatchableClaim } from "./features";

const MAX_BUCKETS = 16;

/** Letters and digits only, lower case. */
function tokenSafe(key: string): string {
  return key
    .toLowerCase()
    .replace(/%/g, "pct")
    .replace(/[^a-z0-9]+/g, "");
}

function bucketOf(x: number): string {
  if (x <= 0) return "mag0z";
  const n = Math.floor(10 * Math.log10(x) + 1e-9);
  return n < 0 ? `magm${-n}` : `mag${n}`;
}

/** Magnitude buckets of an interval; see the module comment. */
export function magnitudeBucketsOf(figure: { low: number; high: number; value: number }): string[] {
  const reference = figure.value > 0 ? figure.value : Math.max(figure.low, Number.isFinite(figure.high) ? figure.high : 0);
  if (reference <= 0) return [bucketOf(0)];
  const low = Math.max(figure.low, reference / 2);
  const high = Number.isFinite(figure.high) ? Math.min(figure.high, Math.max(reference * 2, low)) : Math.max(reference * 2, low);
  const buckets: string[] = [];
  const first = Math.floor(10 * Math.log10(Math.max(low, Number.MIN_VALUE)) + 1e-9);
  const last = Math.floor(10 * Math.log10(Math.max(high, Number.MIN_VALUE)) + 1e-9);
  for (let n = first; n <= last && buckets.length < MAX_BUCKETS; n++) buckets.push(n < 0 ? `magm${-n}` : `mag${n}`);
  return buckets;
}

/** Tokens of the thing counted. */
export function thingTokensOf(features: ClaimFeatures): string[] {
  return (features.thing?.keys ?? []).map((key) => `thing${tokenSafe(key)}`).filter((token) => token.length > "thing".length);
}

/** The signature tokens of already computed features. */
export function signatureOfFeatures(features: ClaimFeatures): string[] {
  const tokens: string[] = [];
  tokens.push(...thingTokensOf(features));
  if (features.figure) tokens.push(...magnitudeBucketsOf(features.figure));
  for (const name of features.names) tokens.push(`name${tokenSafe(name)}`);
  for (const year of features.years) tokens.push(`year${year}`);
  for (const month of features.months) tokens.push(`month${month.replace("-", "")}`);
  for (const word of features.words) if (word.startsWith("=")) tokens.push(`idea${tokenSafe(word.slice(1))}`);
  return [...new Set(tokens.filter((token) => /^[a-z]+[a-z0-9]+$/.test(token)))];
}

/** See the module comment: the space-separated signature of a claim. */
export function signatureTermsOf(claim: MatchableClaim): string {
  return signatureOfFeatures(featuresOf(claim)).join(" ");
}
