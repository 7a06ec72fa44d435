import type { ClaimSelectors } from "./types";

/** Default number of code units of context stored on each side of a quote. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * Describes the span `[start, end)` of `text` as the selectors stored with a claim: the
 * quote (`exact`), up to `contextLength` code units of `prefix` and `suffix`, and the
 * position. At the outer edge of the context a surrogate pair is never cut (the context
 * is one code unit shorter instead), so the selectors are always well-formed UTF-16 when
 * the span itself is. The span is taken as given; call `snapSelection` first to get
 * whole graphemes without surrounding whitespace.
 *
 * A prefix shorter than `contextLength` means the document started there (likewise for
 * the suffix), and the anchoring treats it that way.
 *
 * @throws RangeError when `start`/`end` are not integers with `0 <= start < end <=
 *   text.length`, or `contextLength` is not a non-negative integer.
 */
export function describeSpan(text: string, start: number, end: number, contextLength: number = DEFAULT_CONTEXT_LENGTH): ClaimSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describeSpan: invalid span [${start}, ${end}) for a text of length ${text.length}`);
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`describeSpan: invalid contextLength ${contextLength}`);
  }

  let prefixStart = Math.max(0, start - contextLength);
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text, prefixStart) && isHighSurrogate(text, prefixStart - 1)) {
    prefixStart += 1;
  }
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (suffixEnd < text.length && suffixEnd > end && isHighSurrogate(text, suffixEnd - 1) && isLowSurrogate(text, suffixEnd)) {
    suffixEnd -= 1;
  }

  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}

function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}
