import { fuzzySearch } from "./fuzzy-search";
import { fuzzyErrorBudget, MIN_FUZZY_QUOTE_LENGTH } from "./thresholds";

/** Where an evidence quote was found in a source text. */
export type QuoteMatch = { status: "exact" | "fuzzy"; start: number; end: number; score: number };

/**
 * Finds a quote (typed or pasted by a reviewer as evidence) in a source text: the first
 * exact occurrence, else the closest approximate one within the fuzzy error budget (at most
 * a quarter of the quote, and only for quotes of 8+ code units). Whitespace runs in the quote
 * are collapsed first, since pasted quotes often re-wrap lines. Returns null when not found.
 * `score` is 1 − errors / quote length.
 */
export function findQuote(text: string, rawQuote: string): QuoteMatch | null {
  const quote = rawQuote.trim().replace(/\s+/g, " ");
  if (!quote) return null;
  const at = text.indexOf(quote);
  if (at !== -1) return { status: "exact", start: at, end: at + quote.length, score: 1 };
  if (quote.length < MIN_FUZZY_QUOTE_LENGTH) return null;
  const matches = fuzzySearch(text, quote, fuzzyErrorBudget(quote.length), 0, text.length);
  const best = matches.sort((a, b) => a.errors - b.errors || a.start - b.start)[0];
  if (!best) return null;
  return { status: "fuzzy", start: best.start, end: best.end, score: Math.max(0, 1 - best.errors / quote.length) };
}
