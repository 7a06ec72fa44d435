/**
 * Finds quoted statements and, when it is adjacent in the same sentence, who
 * said them: `"We will not accept this," the minister said`,
 * `"…," said a spokesperson`, `Bukele wrote: "…"`.
 *
 * Contract:
 * - Quotations come from `quote-marks.ts` (double quotes and ‘…’, paired
 *   within a line); attributions from `attribution.ts`.
 * - The span runs from the opening mark to the closing mark, widened to an
 *   attribution after the quote (only when the quote ends with `,` `?` or
 *   `!`, never after a full stop: `"…." The judge…` is a new sentence) and
 *   to one before it (`Bukele wrote: "…"`, `The minister said, "…"`).
 * - `"A," she said, "B."` is one suggestion covering both halves.
 * - A quotation without attribution is only suggested when it holds at least
 *   {@link MIN_BARE_QUOTE_WORDS} words, so scare quotes (the "invasion") are
 *   skipped.
 * - Misses: attributions split off by a clause (`"…," the official, who
 *   asked not to be named, said`) or with two of-phrases ("the mayor of the
 *   city of X said"), speakers compromise does not tag as nouns, short
 *   halves of a split quote whose attribution is missed, and quotations
 *   running over more than `MAX_CARRY` (quote-marks.ts) sentence breaks or
 *   over a line break.
 */
import { findAttributions, ATTRIBUTION_WINDOW, SPEECH_VERBS } from "./attribution";
import type { ParsedSource, TermRange } from "./parse";
import { findQuotations } from "./quote-marks";
import { hasTag, normal } from "./terms";
import type { Suggestion } from "./types";

/** Words a bare quotation needs before it counts as a statement. */
export const MIN_BARE_QUOTE_WORDS = 4;

export function findQuotes(parsed: ParsedSource): Suggestion[] {
  return findSpokenQuotes(parsed).map(({ quote }) => quote);
}

/** A quote suggestion with who said it, when its attribution names someone (not a pronoun). */
export interface SpokenQuote {
  quote: Suggestion;
  /** The speaker's words in the source ("the interior minister", "Ana Ruiz"), or null. */
  speaker: Suggestion | null;
}

/**
 * The quotes of {@link findQuotes} (same spans, same order) with their speaker: the
 * attribution without its speech verb or "according to". A pronoun ("she said") names
 * nobody, so its speaker is null; so is a bare quotation's.
 */
export function findSpokenQuotes(parsed: ParsedSource): SpokenQuote[] {
  const { sentences } = parsed;
  const quotes = findQuotations(parsed);
  const afterWindows: TermRange[] = [];
  const beforeWindows: TermRange[] = [];
  for (const q of quotes) {
    const [n, last] = q.to;
    const [m, first] = q.from;
    if (q.mayHaveAfter) afterWindows.push([n, last + 1, Math.min(sentences[n]!.length, last + 1 + ATTRIBUTION_WINDOW)]);
    if (q.mayHaveBefore) beforeWindows.push([m, Math.max(0, first - ATTRIBUTION_WINDOW), first]);
  }
  const afters = findAttributions(parsed, afterWindows, "after");
  const befores = findAttributions(parsed, beforeWindows, "before");

  const out: SpokenQuote[] = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    let { start, end } = q;
    let attributed = false;
    let speaker: Suggestion | null = null;

    const [n, last] = q.to;
    const after = q.mayHaveAfter ? afters.get(`${n}:${last + 1}`) : undefined;
    const afterSpan = after && parsed.span(n, after[1], after[2]);
    if (after && afterSpan) {
      end = afterSpan[1];
      attributed = true;
      speaker = speakerOf(parsed, after);
      // `"A," she said, "B."`: the next quotation starts right after a comma.
      const next = quotes[qi + 1];
      const tail = sentences[n]![after[2] - 1]!;
      if (next && next.from[0] === n && next.from[1] === after[2] && /^,[^\S\n]+$/.test(tail.post)) {
        end = next.end;
        qi++;
      }
    }

    const [m, first] = q.from;
    const before = q.mayHaveBefore ? befores.get(`${m}:${first}`) : undefined;
    const beforeSpan = before && parsed.span(m, before[1], before[2]);
    if (beforeSpan) {
      start = beforeSpan[0];
      attributed = true;
      speaker ??= speakerOf(parsed, before);
    }

    if (!attributed && q.words < MIN_BARE_QUOTE_WORDS) continue;
    const suggestion = parsed.suggestion("quote", start, end);
    if (suggestion) out.push({ quote: suggestion, speaker });
  }
  return out;
}

/** The speaker inside an attribution's terms: without speech verbs, "according to" and a lone pronoun. */
function speakerOf(parsed: ParsedSource, [n, from, to]: TermRange): Suggestion | null {
  const terms = parsed.sentences[n]!;
  let a = from;
  let b = to;
  if (normal(terms[a]) === "according" && normal(terms[a + 1]) === "to") a += 2;
  while (a < b && SPEECH_VERBS.includes(normal(terms[a]))) a++;
  while (b > a && SPEECH_VERBS.includes(normal(terms[b - 1]))) b--;
  if (b <= a || (b - a === 1 && hasTag(terms[a], "Pronoun"))) return null;
  const span = parsed.span(n, a, b);
  return span ? parsed.suggestion("quote", span[0], span[1]) : null;
}
