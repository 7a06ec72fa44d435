/**
 * The numbers that decide when a claim may be placed. They are tuned to one principle:
 * an orphan is acceptable, a claim on the wrong words never is. Context similarities are
 * `1 - editDistance / contextLength` over the stored 32-code-unit prefix or suffix, and 0
 * where a stored figure or paragraph break is missing (see `context-similarity.ts`). The
 * rules that use these numbers are in `judge-candidates.ts`.
 *
 * They were checked against the benchmark corpus (`e2e/bench/corpus.ts`), deliberately
 * built from a small set of sentence templates so that look-alike sentences abound, over
 * 121 seeds: no claim placed on wrong words.
 */

/**
 * A context side "agrees" from this similarity on: at most 8 edits in 32 code units (a
 * word or two changed next to the quote). Unrelated prose of the same language scores
 * around 0.3–0.5 on this measure, so 0.75 is far from chance.
 */
export const CONTEXT_AGREE = 0.75;

/**
 * A context side "strongly agrees" from this similarity on: at most 3 edits in 32 code
 * units. Away from its stored position, an identical quote with one side agreeing needs
 * that side to agree this strongly; an approximate quote needs both sides this strong
 * (and verbatim on one side at its home, on both elsewhere).
 */
export const CONTEXT_STRONG = 0.9;

/**
 * Quotes shorter than this many code units ("250", "over 200") carry little evidence of
 * their own: an identical occurrence is accepted only with both context sides agreeing
 * near the expected position, both strongly agreeing anywhere, or one strongly agreeing
 * at the expected position.
 */
export const SHORT_QUOTE_LENGTH = 16;

/** No fuzzy matching below this quote length: "250" must never land on "251". */
export const MIN_FUZZY_QUOTE_LENGTH = 8;

/** Upper bound on edits tolerated inside a quote by the fuzzy search. */
export const MAX_FUZZY_ERRORS = 32;

/** Edits tolerated inside a quote of `length` code units: a quarter of it, at most 32. */
export function fuzzyErrorBudget(length: number): number {
  return Math.min(MAX_FUZZY_ERRORS, Math.floor(length / 4));
}

/**
 * Extra edits an approximate match may carry beyond its budget: those counted when its
 * edges are widened to whole grapheme clusters or moved to word edges (`word-snap.ts`).
 */
export const EDGE_SLACK = 2;

/** Half-width of the local window around the expected position, where a claim's home is sought. */
export function localRadius(length: number): number {
  return Math.max(2000, 4 * length);
}

/**
 * When the full stored prefix (suffix) is not found near the expected position, its
 * `HOME_TAIL_LENGTH` code units touching the quote are looked for instead, but only
 * within `HOME_TAIL_DRIFT` code units of the expected position (short pieces recur).
 */
export const HOME_TAIL_LENGTH = 16;
export const HOME_TAIL_DRIFT = 256;

/**
 * An approximate quote is looked for only at the claim's home: starting within this many
 * code units (plus the error budget) of where the stored prefix now ends, or ending as
 * near to where the stored suffix now begins.
 */
export const HOME_SLACK = 8;

/** Score weights (they sum to 1): quote similarity, prefix, suffix, proximity. */
export const WEIGHT_QUOTE = 0.5;
export const WEIGHT_PREFIX = 0.2;
export const WEIGHT_SUFFIX = 0.2;
export const WEIGHT_PROXIMITY = 0.1;

/** Proximity score is `1 / (1 + distance / PROXIMITY_SCALE)` to the stored position. */
export const PROXIMITY_SCALE = 2000;

/**
 * Minimum overall score of an accepted candidate, a backstop behind the rules. An
 * identical quote far from home with one context side verbatim and the other entirely
 * different scores 0.7 and passes; with that side merely strongly agreeing (0.9) it
 * scores 0.68 plus proximity and passes only within about 8,000 code units of its stored
 * position. The weakest approximate match the rules allow (a quarter of the quote
 * edited, both sides at 0.9) scores 0.735.
 */
export const MIN_SCORE = 0.7;

/**
 * Two candidates whose evidence (score without proximity, rescaled to [0, 1]) differs by
 * less than this are indistinguishable by their words and context: about three code
 * units of one context side (a passage intact but for 4+ edits loses to the intact one).
 * The nearer one is then accepted only when both its context sides strongly agree, it is
 * at least {@link TIE_DISTANCE_RATIO} times closer to the expected position than the
 * other, and within the local window. Otherwise the claim is an orphan ("ambiguous").
 */
export const AMBIGUITY_MARGIN = 0.02;

/** See {@link AMBIGUITY_MARGIN}. */
export const TIE_DISTANCE_RATIO = 4;

/**
 * When two places share a strongly agreeing context side (boilerplate sentences repeat
 * one side verbatim), only the other side and the quote can tell them apart, so the
 * margin is wider: 0.08 in evidence units, i.e. a similarity difference of about 0.35
 * (11 of 32 code units) on the other side.
 */
export const SHARED_SIDE_MARGIN = 0.08;

/**
 * A candidate counts as "at the expected position" within this many code units of it:
 * a neighbour's shift can be off by a small edit between the two claims.
 */
export const PLACE_TOLERANCE = 8;
