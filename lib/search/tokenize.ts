/**
 * The words of a text, for indexing, queries and snippets alike (one tokenizer, so a query
 * word and a document word that look the same are the same tokens).
 *
 * Contract: a token is a run of letters, marks and digits (any script); everything else
 * separates ("covid-19" → "covid", "19"; "Bukele's" → "bukele", "s"). One exception joins
 * figures written with thousands separators, so "40.000" (Spanish) and "40,000" (English) are
 * the one token "40000": one to three digits, then groups of a separator and exactly three
 * digits, not touching a letter or digit ("1.5" and "1234.567" stay two tokens each).
 * Offsets are UTF-16 code units, half-open; `word` is the token lower-cased in NFC with
 * separators of a joined figure removed. Linear in the text's length.
 */
export interface WordToken {
  start: number;
  end: number;
  /** Lower-cased, NFC, accents kept: the form the Spanish stemmer reads. */
  word: string;
}

const TOKEN = /(?<![\p{L}\p{M}\p{N}])\p{Nd}{1,3}(?:[.,]\p{Nd}{3})+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+/gu;
const GROUP_SEPARATOR = /[.,]/g;
const NOT_ASCII = /[^\u0000-\u007f]/;

/** The token's word; the checks skip work most tokens do not need (texts run to 100,000 words). */
function wordOf(raw: string): string {
  const lower = (raw.includes(".") || raw.includes(",") ? raw.replace(GROUP_SEPARATOR, "") : raw).toLowerCase();
  return NOT_ASCII.test(lower) ? lower.normalize("NFC") : lower;
}

export function tokensOf(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, word: wordOf(match[0]) });
  }
  return tokens;
}
