/**
 * The hedge words written before or after a number, and what each one means.
 *
 * Contract:
 * - {@link matchPrefixHedge} finds the longest known phrase ending right before token `i`
 *   (words separated by whitespace on one line; symbols such as "~" and ">" may touch the
 *   number) and returns its meaning and the index of its first token.
 * - {@link matchPostfixHedge} finds "or more", "or so", "-odd", "+" and the like right after
 *   the number ending at `end` (exclusive), returning its meaning and one past its last token.
 * - Matching is case-insensitive. Meanings are {@link HedgeMeaning}s, which map onto
 *   `Hedge`s; "just-over" is "more-than" with an upper band (see `hedgedInterval`).
 */
import { isAttached, isInline, type Token } from "./tokenize";

export type HedgeMeaning = "exact" | "more-than" | "just-over" | "at-least" | "nearly" | "approximately" | "at-most" | "fewer-than";

export interface HedgeMatch {
  meaning: HedgeMeaning;
  /** For a prefix: index of its first token. For a postfix: one past its last token. */
  index: number;
}

const PREFIXES: ReadonlyArray<readonly [string, HedgeMeaning]> = [
  // more than
  ["more than", "more-than"],
  ["over", "more-than"],
  ["above", "more-than"],
  ["in excess of", "more-than"],
  ["exceeding", "more-than"],
  ["upwards of", "more-than"],
  ["greater than", "more-than"],
  ["north of", "more-than"],
  ["upward of", "more-than"],
  ["well over", "more-than"],
  ["well above", "more-than"],
  ["well in excess of", "more-than"],
  ["far more than", "more-than"],
  ["many more than", "more-than"],
  ["well more than", "more-than"],
  [">", "more-than"],
  // just over: a band above
  ["just over", "just-over"],
  ["just above", "just-over"],
  ["just more than", "just-over"],
  ["slightly more than", "just-over"],
  ["slightly over", "just-over"],
  ["slightly above", "just-over"],
  ["a little over", "just-over"],
  ["a little more than", "just-over"],
  ["just in excess of", "just-over"],
  // at least
  ["at least", "at-least"],
  ["no fewer than", "at-least"],
  ["no less than", "at-least"],
  ["not fewer than", "at-least"],
  ["not less than", "at-least"],
  ["a minimum of", "at-least"],
  ["minimum of", "at-least"],
  ["at minimum", "at-least"],
  ["≥", "at-least"],
  [">=", "at-least"],
  // nearly: a band below
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["close to", "nearly"],
  ["just under", "nearly"],
  ["just below", "nearly"],
  ["just shy of", "nearly"],
  ["shy of", "nearly"],
  ["not quite", "nearly"],
  ["just less than", "nearly"],
  ["just fewer than", "nearly"],
  ["slightly less than", "nearly"],
  ["slightly fewer than", "nearly"],
  ["slightly under", "nearly"],
  ["a little under", "nearly"],
  ["a little less than", "nearly"],
  ["very nearly", "nearly"],
  // approximately
  ["roughly", "approximately"],
  ["about", "approximately"],
  ["around", "approximately"],
  ["some", "approximately"],
  ["approximately", "approximately"],
  ["approx", "approximately"],
  ["approx .", "approximately"],
  ["an estimated", "approximately"],
  ["estimated", "approximately"],
  ["an approximate", "approximately"],
  ["circa", "approximately"],
  ["c .", "approximately"],
  ["ca .", "approximately"],
  ["~", "approximately"],
  ["≈", "approximately"],
  ["in the region of", "approximately"],
  ["on the order of", "approximately"],
  ["something like", "approximately"],
  ["more or less", "approximately"],
  ["just about", "approximately"],
  ["an estimate of", "approximately"],
  ["around about", "approximately"],
  ["roughly about", "approximately"],
  // at most
  ["up to", "at-most"],
  ["as many as", "at-most"],
  ["as much as", "at-most"],
  ["at most", "at-most"],
  ["no more than", "at-most"],
  ["not more than", "at-most"],
  ["a maximum of", "at-most"],
  ["maximum of", "at-most"],
  ["at the most", "at-most"],
  ["no greater than", "at-most"],
  ["as high as", "at-most"],
  ["≤", "at-most"],
  ["<=", "at-most"],
  // fewer than
  ["fewer than", "fewer-than"],
  ["less than", "fewer-than"],
  ["under", "fewer-than"],
  ["below", "fewer-than"],
  ["well under", "fewer-than"],
  ["well below", "fewer-than"],
  ["far fewer than", "fewer-than"],
  ["far less than", "fewer-than"],
  ["well short of", "fewer-than"],
  ["<", "fewer-than"],
  // exact
  ["exactly", "exact"],
  ["precisely", "exact"],
];

/** Prefix phrases as token texts, longest first so "well over" beats "over". */
const PREFIX_TOKENS: ReadonlyArray<readonly [readonly string[], HedgeMeaning]> = PREFIXES.map(
  ([phrase, meaning]) => [phrase.split(" "), meaning] as const,
).sort((x, y) => y[0].length - x[0].length);

const SYMBOLS = new Set(["~", "≈", ">", "<", "≥", "≤", "=", "."]);

/** See the module comment. Never throws. */
export function matchPrefixHedge(tokens: readonly Token[], i: number): HedgeMatch | null {
  if (!isInline(tokens[i])) return null;
  for (const [phrase, meaning] of PREFIX_TOKENS) {
    const from = i - phrase.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const token = tokens[from + k]!;
      ok = token.lower === phrase[k];
      if (ok && k > 0) {
        // Words are separated by whitespace; a symbol or "." may touch what precedes it.
        ok = isInline(token) && (token.gapBefore !== "" || SYMBOLS.has(token.text) || SYMBOLS.has(tokens[from + k - 1]!.text));
      }
    }
    if (ok) return { meaning, index: from };
  }
  return null;
}

/**
 * Postfix hedges: "or more", "or above", "or over" (at least); "or fewer", "or less",
 * "or under", "or below" (at most); "or so", "or thereabouts", "-odd", "odd" (approximately);
 * "+", "-plus" (at least).
 */
export function matchPostfixHedge(tokens: readonly Token[], end: number): HedgeMatch | null {
  const a = tokens[end];
  const b = tokens[end + 1];
  if (!a || !isInline(a)) return null;
  if (a.lower === "+" && isAttached(a)) return { meaning: "at-least", index: end + 1 };
  if (a.text === "-" && isAttached(a) && b && isAttached(b) && b.kind === "word") {
    if (b.lower === "odd") return { meaning: "approximately", index: end + 2 };
    if (b.lower === "plus") return { meaning: "at-least", index: end + 2 };
    return null;
  }
  if (a.kind !== "word" || a.gapBefore === "") return null;
  if (a.lower === "odd") return { meaning: "approximately", index: end + 1 };
  if (a.lower !== "or" || !b || b.kind !== "word" || !isInline(b)) return null;
  switch (b.lower) {
    case "more":
    case "above":
    case "over":
      return { meaning: "at-least", index: end + 2 };
    case "fewer":
    case "less":
    case "under":
    case "below":
      return { meaning: "at-most", index: end + 2 };
    case "so":
    case "thereabouts":
      return { meaning: "approximately", index: end + 2 };
    default:
      return null;
  }
}
