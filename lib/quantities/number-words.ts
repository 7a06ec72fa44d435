/**
 * English cardinal number words: "two hundred", "two hundred and fifty", "twenty-three",
 * "twenty three", "one thousand five hundred", "a hundred", "a dozen", "two dozen",
 * "half a dozen", "half a million".
 *
 * Contract of {@link readNumberWords}:
 * - Reads the longest well-formed number starting at token `i` and returns its value and
 *   the index one past its last token, or null when no number word starts there.
 * - Well-formed means the usual English grammar: a unit or a teen or a tens word (tens may
 *   take a unit after a hyphen or a space: "twenty-three"), "hundred" after a unit or teen,
 *   scale words (thousand, million, billion, trillion) in decreasing order, and "and" only
 *   after hundred or a scale and before a smaller number. Anything else ends the number:
 *   "one two" is two numbers, "fifty five hundred" stops after "fifty five".
 * - "a"/"an" counts as one only before hundred, a scale word or "dozen"; "dozen" multiplies
 *   by 12 ("a dozen", "two dozen"), "half a" halves ("half a dozen" = 6, "half a million").
 * - Ordinals ("second", "third") and fractions are not number words.
 * - Words must be on one line and separated by whitespace only (or a hyphen between a tens
 *   word and a unit).
 */
import { lookupTable } from "./lookup-table";
import { isAttached, isInline, isPunct, isWord, type Token } from "./tokenize";

export const UNITS: Readonly<Record<string, number>> = lookupTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
});
export const TEENS: Readonly<Record<string, number>> = lookupTable({
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
export const TENS: Readonly<Record<string, number>> = lookupTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
/** Scale words that may follow a number, in digits or words: "1.5 million", "two thousand". */
export const SCALES: Readonly<Record<string, number>> = lookupTable({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
});

/** True when the lower-cased word is a cardinal number word or a scale word (not "a", "and"). */
export function isNumberWord(lower: string): boolean {
  return lower in UNITS || lower in TEENS || lower in TENS || lower in SCALES || lower === "hundred" || lower === "dozen";
}

export interface NumberWordsReading {
  value: number;
  /**
   * The scale word the number ends on ("four hundred" → 100, "two million" → 1e6, "two
   * dozen" → 12), else 1. `value / multiplier` is the number before it ("four").
   */
  multiplier: number;
  /** One past the last token of the number. */
  end: number;
}

type Last = "start" | "unit" | "teen" | "tens" | "hundred" | "scale" | "and" | "dozen";

/** See the module comment. Never throws. */
export function readNumberWords(tokens: readonly Token[], i: number): NumberWordsReading | null {
  const first = tokens[i];
  if (!first || first.kind !== "word") return null;

  // "half a dozen", "half a million".
  if (first.lower === "half" && isWord(tokens[i + 1], "a") && isInline(tokens[i + 1]) && isInline(tokens[i + 2])) {
    const scaleWord = tokens[i + 2]!.lower;
    const scale = scaleWord === "dozen" ? 12 : scaleWord === "hundred" ? 100 : SCALES[scaleWord];
    if (scale !== undefined && tokens[i + 2]!.kind === "word") return { value: scale / 2, multiplier: scale, end: i + 3 };
    return null;
  }

  let total = 0; // completed groups (above the current scale)
  let group = 0; // the group being built (below 1000)
  let lastScale = Infinity;
  let last: Last = "start";
  let multiplier = 1; // the scale word the number ends on
  let end = i;
  let j = i;

  // "a hundred", "an eleven"? Only before hundred, scale words and dozen.
  if (first.lower === "a" || first.lower === "an") {
    const next = tokens[i + 1];
    if (!next || next.kind !== "word" || !isInline(next)) return null;
    if (!(next.lower === "hundred" || next.lower === "dozen" || next.lower in SCALES)) return null;
    group = 1;
    last = "unit";
    j = i + 1;
  }

  for (; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (j > i) {
      if (!isInline(token)) break;
      // A hyphen joins only "twenty-three".
      if (isPunct(token, "-") && last === "tens" && isAttached(tokens[j + 1]) && isAttached(token)) {
        const after = tokens[j + 1]!;
        if (after.kind === "word" && after.lower in UNITS && after.lower !== "zero") {
          group += UNITS[after.lower]!;
          last = "unit";
          multiplier = 1;
          j++;
          end = j + 1;
          continue;
        }
        break;
      }
      if (!token.gapBefore) break;
    }
    if (token.kind !== "word") break;
    const w = token.lower;
    if (w in UNITS && w !== "zero") {
      if (!(last === "start" || last === "tens" || last === "hundred" || last === "scale" || last === "and")) break;
      group += UNITS[w]!;
      last = "unit";
      multiplier = 1;
    } else if (w === "zero") {
      if (last !== "start") break;
      last = "unit";
    } else if (w in TEENS) {
      if (!(last === "start" || last === "hundred" || last === "scale" || last === "and")) break;
      group += TEENS[w]!;
      last = "teen";
      multiplier = 1;
    } else if (w in TENS) {
      if (!(last === "start" || last === "hundred" || last === "scale" || last === "and")) break;
      group += TENS[w]!;
      last = "tens";
      multiplier = 1;
    } else if (w === "hundred") {
      if (!(last === "unit" || last === "teen") || group >= 100 || group === 0) break;
      group *= 100;
      last = "hundred";
      multiplier = 100;
    } else if (w in SCALES) {
      const scale = SCALES[w]!;
      if (last === "start" || last === "and" || last === "scale" || scale >= lastScale || group === 0) break;
      total += group * scale;
      group = 0;
      lastScale = scale;
      last = "scale";
      multiplier = scale;
    } else if (w === "dozen") {
      if (!(last === "unit" || last === "teen" || last === "tens") || total > 0) break;
      group *= 12;
      last = "dozen";
      multiplier = 12;
      end = j + 1;
      break;
    } else if (w === "and") {
      if (!(last === "hundred" || last === "scale")) break;
      const next = tokens[j + 1];
      if (!next || next.kind !== "word" || !isInline(next) || !(next.lower in UNITS || next.lower in TEENS || next.lower in TENS) || next.lower === "zero")
        break;
      last = "and";
      continue; // "and" never ends a number
    } else {
      break;
    }
    end = j + 1;
  }
  if (end === i || (end === i + 1 && (first.lower === "a" || first.lower === "an"))) return null;
  // "a hundred and fifty" ends on "fifty": no trailing scale. "two hundred thousand" ends on thousand.
  return { value: total + group, multiplier, end };
}
