import { findQuote } from "../anchoring";

/** Where an evidence quote is in a capture's text (stored as `evidence.capture_quote_match`). */
export type CaptureQuoteCheck = { status: "found" | "not-found"; start?: number; end?: number };

/**
 * The evidence quote checked against the captured page's readable text, with the same search
 * as quotes in the investigation's own sources (lib/anchoring findQuote: exact, else fuzzy
 * within a quarter of the quote): found with its offsets (UTF-16 code units into the capture's
 * text, end exclusive), or not found. Null when there is no quote to check. Slow on long texts:
 * callers run it outside write transactions.
 */
export function checkQuoteInCapture(capturedText: string, quote: string | null | undefined): CaptureQuoteCheck | null {
  if (!quote || !quote.trim()) return null;
  const match = findQuote(capturedText, quote);
  return match ? { status: "found", start: match.start, end: match.end } : { status: "not-found" };
}
