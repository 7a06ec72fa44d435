/**
 * A suggested claimant for a claim (the person or organisation who made it), for the
 * Publication section to offer; nothing is stored until someone accepts or types one.
 *
 * Contract: `suggestClaimant({ text, start, end, outlet, language })` looks at the line (paragraph) that
 * holds the claim's highlighted words (UTF-16 offsets, half-open). When those words sit inside
 * a quotation that the reader's suggestions attribute to a named speaker ("…," the interior
 * minister said), the speaker's words are suggested; otherwise the source's outlet, when it
 * has one; otherwise null. A pronoun ("she said") names nobody and gives no speaker. The line
 * is read in the source's `language` («…», dijo la ministra). Pure; runs the quote finder over
 * one line only.
 */
import { spokenQuotesOf } from "../suggestions";

export type ClaimantSuggestion = { claimant: string; from: "speaker" | "outlet" };

/** Claimants are names, not sentences. */
export const claimantMaxLength = 200;

export function suggestClaimant({
  text,
  start,
  end,
  outlet,
  language = "en",
}: {
  text: string;
  start: number;
  end: number;
  outlet: string | null;
  language?: string;
}): ClaimantSuggestion | null {
  const lineStart = text.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
  const lineBreak = text.indexOf("\n", Math.max(start, end - 1));
  const line = text.slice(lineStart, lineBreak === -1 ? text.length : lineBreak);
  const [from, to] = [start - lineStart, end - lineStart];
  if (from >= 0 && to <= line.length && /["“”‘’«»—]/.test(line)) {
    const spoken = spokenQuotesOf(line, language).find(({ quote }) => quote.start <= from && to <= quote.end);
    const speaker = spoken?.speaker?.text.trim();
    if (speaker && speaker.length <= claimantMaxLength) return { claimant: speaker, from: "speaker" };
  }
  const named = outlet?.trim();
  return named ? { claimant: named.slice(0, claimantMaxLength), from: "outlet" } : null;
}
