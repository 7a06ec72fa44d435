/**
 * The default claim statement: the sentence (or sentences) around a claim's highlighted words,
 * when no one has written the statement by hand.
 *
 * Contract: `sentenceAround(text, start, end)` returns the trimmed text from the start of the
 * sentence holding `start` to the end of the sentence holding `end - 1` (UTF-16 offsets,
 * half-open; clamped to the text). A sentence ends after `.`, `!`, `?` or `…` (with any closing
 * quotes or brackets after it) when white space and then the start of a new sentence follow (a
 * capital letter, a digit, or an opening quote, bracket, `¿` or `¡`), unless the word before
 * the full stop is a known abbreviation ("Mr.", "U.S.", "e.g.") or a single initial ("J.").
 * A line break always ends a sentence (lines are paragraphs or headings). When the result
 * would be longer than {@link statementMaxLength}, the highlighted words themselves are
 * returned, trimmed.
 */
import { englishMonthAbbreviations } from "../quantities/month-names";

/** The longest statement kept (and accepted from people): a sentence, not a paragraph. */
export const statementMaxLength = 1_000;

/** Lower-case abbreviations (without their final full stop) that do not end a sentence. */
const abbreviations = new Set<string>([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "gov",
  "sen",
  "rep",
  "pres",
  "rev",
  "hon",
  "no",
  "nos",
  "vol",
  "p",
  "pp",
  "fig",
  "approx",
  "est",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "cf",
  "al",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "univ",
  ...englishMonthAbbreviations,
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "a.m",
  "p.m",
  "sra",
  "sres",
  "lic",
  "ing",
  "art",
  "núm",
  "pág",
  "ee.uu",
]);

const closers = new Set(['"', "'", "”", "’", "»", ")", "]"]);
const sentenceStart = /[\p{Lu}\p{Nd}"'“‘«(¿¡[]/u;

/** Space, tab or no-break space: what separates sentences on one line (a line break ends one anyway). */
const isInlineSpace = (code: number) => code === 32 || code === 9 || code === 0xa0 || code === 0x202f;
const isTerminal = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026; // . ! ? …

/** A capital letter, a digit, or an opening quote or bracket: what may start a sentence. ASCII first, without a regular expression. */
function startsSentence(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128 && !(code === 34 || code === 39 || code === 40 || code === 91)) return false;
  return sentenceStart.test(text[index]!);
}

/** The word (letters and inner full stops) that ends just before `mark`, lower-cased: "u.s", "mr". */
function wordBefore(text: string, mark: number): string {
  let from = mark;
  while (from > 0 && mark - from < 12) {
    const char = text[from - 1]!;
    if (char !== "." && char.toLowerCase() === char.toUpperCase()) break; // not a letter
    from--;
  }
  return text.slice(from, mark);
}

/** True when a sentence ends just before the white space at `index` (see the contract). Checks characters, not regular expressions, on the hot path. */
function endsSentenceAt(text: string, index: number): boolean {
  // Walk back over closing quotes and brackets to the punctuation mark.
  let mark = index - 1;
  while (mark >= 0 && closers.has(text[mark]!)) mark--;
  if (mark < 0 || !isTerminal(text.charCodeAt(mark))) return false;
  let next = index;
  while (next < text.length && isInlineSpace(text.charCodeAt(next))) next++;
  if (next >= text.length || !startsSentence(text, next)) return false;
  if (text.charCodeAt(mark) !== 46) return true;
  const word = wordBefore(text, mark);
  if (word.length === 1 && word !== word.toLowerCase()) return false; // an initial: "J. Smith"
  return !abbreviations.has(word.toLowerCase());
}

export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let begin = from;
  for (; begin > 0; begin--) {
    const code = text.charCodeAt(begin - 1);
    if (code === 10 || (isInlineSpace(code) && endsSentenceAt(text, begin - 1))) break;
  }
  let finish = Math.min(Math.max(to, from + 1), text.length);
  for (; finish < text.length; finish++) {
    const code = text.charCodeAt(finish);
    if (code === 10 || (isInlineSpace(code) && endsSentenceAt(text, finish))) break;
  }
  const sentence = text.slice(begin, finish).trim();
  return sentence.length <= statementMaxLength ? sentence : text.slice(from, to).trim();
}
