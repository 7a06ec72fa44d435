/** What the evidence quote check found, as stored with the evidence (see `QuoteMatchRecord`). */
export interface QuoteMatchSummary {
  sourceTitle: string;
  status: string;
  score: number;
  versionNumber?: number;
  versionCount?: number;
}

/**
 * The line shown under an evidence quote that links to one of the investigation's sources:
 * found (exactly, or approximately with its likeness), found only in an earlier version
 * (which one, and that the current text lacks it), or not found. `isWarning` is true
 * whenever the current text does not hold the quote.
 */
export function describeQuoteMatch(match: QuoteMatchSummary): { text: string; isWarning: boolean } {
  const title = `“${match.sourceTitle}”`;
  if (match.status === "exact") return { text: `Quote found in ${title}.`, isWarning: false };
  if (match.status === "fuzzy") return { text: `Quote found in ${title} (approximately, ${Math.round(match.score * 100)}% alike).`, isWarning: false };
  if (match.status === "earlier-version") {
    return {
      text: `Warning: this quote was found in version ${match.versionNumber} of ${match.versionCount} of ${title}, not in the current text.`,
      isWarning: true,
    };
  }
  return { text: `Warning: this quote was not found in ${title}.`, isWarning: true };
}
