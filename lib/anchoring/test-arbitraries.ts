/**
 * fast-check generators shared by the anchoring property tests (test-only module).
 *
 * Texts are canonical (NFC, no CR) and mix scripts and hard graphemes: combining marks,
 * emoji ZWJ sequences and modifiers, flags, Arabic and Hebrew (with marks), Hangul jamo,
 * Devanagari conjuncts, non-breaking spaces, plus arbitrary graphemes and code points.
 * Words are drawn from a vocabulary and from random strings, so texts are varied rather
 * than periodic.
 */
import fc from "fast-check";

const VOCABULARY = [
  "deportation",
  "flight",
  "roughly",
  "250",
  "Venezuelans",
  "over",
  "200",
  "deportees",
  "238",
  "ministry",
  "said",
  "the",
  "of",
  "on",
  "Tuesday",
  "airfield",
  "capital",
  "according",
  "to",
  "manifest",
  "café",
  "naïve",
  "e\u0301le\u0300ve",
  "a\u0308\u0301",
  "Zoë",
  "São",
  "Paulo",
  "Ελλάδα",
  "Москва",
  "رحلة",
  "الترحيل",
  "٢٥٠",
  "مرحبا",
  "שלום",
  "שָׁלוֹם",
  "טיסה",
  "한국",
  "\u1100\u1161\u11a8",
  "क्षत्रिय",
  "नमस्ते",
  "👨‍👩‍👧‍👦",
  "🏳️‍🌈",
  "👍🏽",
  "🇫🇷",
  "🇻🇪🇨🇴",
  "✈️",
  "🧑🏿‍✈️",
  "1️⃣",
  "漢字",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
];

const SEPARATORS = [" ", " ", " ", " ", ", ", ". ", "\n\n", "\n", "\u00a0", " — ", "\u2009"];

/** Removes CR and normalises to NFC, as canonical source text is. */
export function canonical(text: string): string {
  return text.replace(/\r/g, "").normalize("NFC");
}

/** One word: mostly from the vocabulary, sometimes random graphemes or code points. */
export const word: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 4 }) },
  )
  .map(canonical)
  .filter((w) => w.length > 0);

/** A canonical text of `minWords`..`maxWords` words joined by assorted separators. */
export function text(minWords = 20, maxWords = 120): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: minWords, maxLength: maxWords })
    .map((parts) => canonical(parts.map(([w, sep]) => w + sep).join("")));
}

/** A short inserted or replacing fragment. */
export const fragment: fc.Arbitrary<string> = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
  .map((parts) => canonical(parts.map(([w, sep]) => w + sep).join("")));

/** Number of (possibly overlapping) occurrences of `needle` in `haystack`. */
export function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** Grapheme boundaries of the whole text, by full segmentation (the reference). */
export function referenceBoundaries(value: string): Set<number> {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  const boundaries = new Set<number>([value.length]);
  for (const segment of segmenter.segment(value)) boundaries.add(segment.index);
  return boundaries;
}

/** Offsets strictly inside a word-like segment, by full word segmentation (the reference). */
export function referenceInsideWord(value: string): Set<number> {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
  const inside = new Set<number>();
  for (const segment of segmenter.segment(value)) {
    if (!segment.isWordLike) continue;
    for (let i = segment.index + 1; i < segment.index + segment.segment.length; i++) inside.add(i);
  }
  return inside;
}
