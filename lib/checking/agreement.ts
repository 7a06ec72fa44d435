/**
 * Inter-rater agreement on verdicts: several reviewers each rate the same claims into
 * categories (rating keys), independently. Pure arithmetic; no I/O.
 *
 * Let claim i have n_i ratings, n_ij of them in category j. Only claims with n_i ≥ 2 are
 * compared: a claim rated once has no pair of raters to agree or disagree.
 *
 * - P_i = Σ_j n_ij (n_ij − 1) / (n_i (n_i − 1)): the share of ordered pairs of
 *   different raters on claim i who chose the same category.
 * - percentAgreement = P̄ = the mean of P_i over the compared claims.
 * - p_j = Σ_i n_ij / Σ_i n_i: the share of all ratings (on compared claims) in category j.
 * - P_e = Σ_j p_j²: the agreement expected by chance.
 * - fleissKappa κ = (P̄ − P_e) / (1 − P_e)  (Fleiss 1971).
 *
 * With the same number of raters on every claim this is exactly Fleiss' kappa. With
 * different numbers it is the usual generalisation: each P_i uses its own n_i, and p_j
 * pools every rating, so a claim with more raters weighs more in p_j (Gwet's variant
 * instead averages per-claim proportions; the two agree when every n_i is equal).
 * Raters need not be the same people on every claim.
 */
export type AgreementSummary = {
  /** Claims with at least two ratings. */
  claimsCompared: number;
  /** The most ratings any one claim has. */
  raters: number;
  /** In [0, 1]; null when no claim has two ratings. */
  percentAgreement: number | null;
  /** At most 1; null when undefined: fewer than two compared claims, or every rating in one category (P_e = 1). */
  fleissKappa: number | null;
  /** Indices into the input of the compared claims whose raters did not all choose the same category. */
  disagreements: number[];
};

/**
 * Agreement over `ratingsByClaim`, where each inner array holds the category each
 * reviewer chose for one claim (order does not matter). Categories are compared as exact
 * strings. Never throws.
 */
export function measureAgreement(ratingsByClaim: ReadonlyArray<ReadonlyArray<string>>): AgreementSummary {
  let raters = 0;
  let claimsCompared = 0;
  let sumOfClaimAgreement = 0;
  let totalRatings = 0;
  const ratingsPerCategory = new Map<string, number>();
  const disagreements: number[] = [];

  ratingsByClaim.forEach((ratings, index) => {
    raters = Math.max(raters, ratings.length);
    const n = ratings.length;
    if (n < 2) return;
    const counts = new Map<string, number>();
    for (const category of ratings) counts.set(category, (counts.get(category) ?? 0) + 1);
    let agreeingPairs = 0;
    for (const [category, count] of counts) {
      agreeingPairs += count * (count - 1);
      ratingsPerCategory.set(category, (ratingsPerCategory.get(category) ?? 0) + count);
    }
    claimsCompared += 1;
    sumOfClaimAgreement += agreeingPairs / (n * (n - 1));
    totalRatings += n;
    if (counts.size > 1) disagreements.push(index);
  });

  const percentAgreement = claimsCompared > 0 ? sumOfClaimAgreement / claimsCompared : null;
  let fleissKappa: number | null = null;
  if (percentAgreement !== null && claimsCompared >= 2) {
    let chanceAgreement = 0;
    for (const count of ratingsPerCategory.values()) chanceAgreement += (count / totalRatings) ** 2;
    // Why the tolerance: with one category in use P_e is 1 up to rounding, and κ is 0/0.
    if (chanceAgreement < 1 - 1e-12) fleissKappa = (percentAgreement - chanceAgreement) / (1 - chanceAgreement);
  }
  return { claimsCompared, raters, percentAgreement, fleissKappa, disagreements };
}

/**
 * Fleiss' κ as people read it, in their language (the caller writes it out): the value, or,
 * when it is null, why it cannot be computed yet — never "undefined".
 */
export type KappaReading = { kind: "value"; kappa: number } | { kind: "too-few-claims" } | { kind: "all-the-same" };

export function kappaReading({ claimsCompared, fleissKappa }: Pick<AgreementSummary, "claimsCompared" | "fleissKappa">): KappaReading {
  if (fleissKappa !== null) return { kind: "value", kappa: fleissKappa };
  if (claimsCompared < 2) return { kind: "too-few-claims" };
  return { kind: "all-the-same" };
}
