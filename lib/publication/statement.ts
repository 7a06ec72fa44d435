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

/** The longest statement kept (and accepted from people): a sentence, not a paragraph. */
export const statementMaxLength = 1_000;

/** Lower-case abbreviations (without their final full stop) that do not end a sentence. */
const abbreviations = new Set([
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
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
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

/** True when a sentence ends just before `index`'s white space (see the contract). */
function endsSentenceAt(text: string, index: number): boolean {
  // Walk back over closing quotes and brackets to the punctuation mark.
  let mark = index - 1;
  while (mark >= 0 && closers.has(text[mark]!)) mark--;
  const punctuation = text[mark];
  if (punctuation !== "." && punctuation !== "!" && punctuation !== "?" && punctuation !== "…") return false;
  let next = index;
  while (next < text.length && (text[next] === " " || text[next] === "\t")) next++;
  if (next === index || next >= text.length || !sentenceStart.test(text[next]!)) return false;
  if (punctuation !== ".") return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, mark - 12), mark))?.[1] ?? "";
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "J. Smith"
  return !abbreviations.has(word.toLowerCase());
}

export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let begin = from;
  while (begin > 0 && text[begin - 1] !== "\n" && !(/\s/.test(text[begin - 1]!) && endsSentenceAt(text, begin - 1))) begin--;
  let finish = Math.max(to, from + 1);
  finish = Math.min(finish, text.length);
  while (finish < text.length && text[finish] !== "\n" && !(/\s/.test(text[finish]!) && endsSentenceAt(text, finish))) finish++;
  const sentence = text.slice(begin, finish).trim();
  return sentence.length <= statementMaxLength ? sentence : text.slice(from, to).trim();
}
