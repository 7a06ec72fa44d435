/** A piece of a snippet, marked when it is one of the words the search matched. */
export type SnippetPart = { text: string; match: boolean };

/**
 * A snippet cut into parts at its highlights (`[start, end)` UTF-16 offsets, as the search
 * returns them), for React to mark up: plain text in, text nodes out, never HTML. Offsets
 * out of range are clamped, empty or reversed ones ignored, overlapping ones merged, so any
 * highlights give the snippet's text back whole.
 */
export function snippetParts(snippet: string, highlights: readonly (readonly [number, number])[]): SnippetPart[] {
  const ranges = highlights
    .map(([start, end]) => [Math.max(0, Math.min(start, snippet.length)), Math.max(0, Math.min(end, snippet.length))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: snippet.slice(at, from), match: false });
    const last = parts.at(-1);
    if (last?.match && from === at) last.text += snippet.slice(from, end);
    else parts.push({ text: snippet.slice(from, end), match: true });
    at = end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), match: false });
  return parts;
}
