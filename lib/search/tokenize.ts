/**
 * The words of a text, for indexing, queries and snippets alike (one tokenizer, so a query
 * word and a document word that look the same are the same tokens).
 *
 * Contract: a token is a run of letters, marks and digits (any script); everything else
 * separates ("covid-19" → "covid", "19"; "Bukele's" → "bukele", "s"). One exception joins
 * figures written with thousands separators, so "40.000" (Spanish), "40,000" (English) and
 * "40 000" (a no-break or thin space) are the one token "40000": one to three digits, then groups
 * of a separator and exactly three digits, not touching a letter or digit ("1.5" and "1234.567"
 * stay two tokens each; so does "40 000" with an ordinary space, which may separate two numbers).
 * Offsets are UTF-16 code units, half-open; `word` is the token lower-cased in NFC with
 * separators of a joined figure removed. Linear in the text's length.
 */
export interface WordToken {
  start: number;
  end: number;
  /** Lower-cased, NFC, accents kept: the form the Spanish stemmer reads. */
  word: string;
}

const TOKEN = /(?<![\p{L}\p{M}\p{N}])\p{Nd}{1,3}(?:[.,\u00a0\u2009\u202f]\p{Nd}{3})+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+/gu;
const GROUP_SEPARATOR = /[.,\u00a0\u2009\u202f]/g;
const NOT_ASCII = /[^\u0000-\u007f]/;

/** The token's word (see WordToken) from its text as written; the checks skip work most tokens do not need. */
export function wordOf(raw: string): string {
  const lower = (/^\p{Nd}/u.test(raw) ? raw.replace(GROUP_SEPARATOR, "") : raw).toLowerCase();
  return NOT_ASCII.test(lower) ? lower.normalize("NFC") : lower;
}

/** Where the tokens of `text` are, without their words: UTF-16 offsets, half-open, in order (long texts, snippets). */
export function tokenSpansOf(text: string): { starts: Int32Array; ends: Int32Array; count: number } {
  let starts = new Int32Array(256);
  let ends = new Int32Array(256);
  let count = 0;
  const token = new RegExp(TOKEN); // its own lastIndex: callers may nest
  for (let match = token.exec(text); match !== null; match = token.exec(text)) {
    if (count === starts.length) {
      const grownStarts = new Int32Array(count * 2);
      const grownEnds = new Int32Array(count * 2);
      grownStarts.set(starts);
      grownEnds.set(ends);
      [starts, ends] = [grownStarts, grownEnds];
    }
    starts[count] = match.index;
    ends[count++] = match.index + match[0].length;
  }
  return { starts, ends, count };
}

export function tokensOf(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const token = new RegExp(TOKEN); // its own lastIndex: callers may nest
  for (let match = token.exec(text); match !== null; match = token.exec(text)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, word: wordOf(match[0]) });
  }
  return tokens;
}
