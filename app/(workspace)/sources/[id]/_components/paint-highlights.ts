/**
 * Registers CSS Custom Highlights for spans of the reader's text: `layers` maps a highlight
 * name (styled by `::highlight(name)` in globals.css) to `[start, end]` offsets in UTF-16
 * code units. The root holds `<p data-start>` paragraphs, each a single text node.
 *
 * SELF-CONTAINED ON PURPOSE: the server inlines `paintHighlights.toString()` in a nonce'd
 * script right after the text, so highlights are on screen at first paint instead of after
 * hydration. It must not reference anything outside its own body.
 */
export function paintHighlights(rootId: string, layers: Record<string, Array<[number, number]>>): number {
  const root = document.getElementById(rootId);
  if (!root || typeof CSS === "undefined" || !("highlights" in CSS)) return 0;
  const paragraphs = Array.from(root.children) as HTMLElement[];
  const starts = paragraphs.map((p) => Number(p.dataset.start));
  const ends = paragraphs.map((p, i) => starts[i]! + ((p.firstChild as Text | null)?.length ?? 0));
  // Index of the paragraph holding `offset`, or the next one after a gap; -1 past the end.
  const paragraphAt = (offset: number) => {
    let low = 0;
    let high = ends.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (ends[middle]! > offset) {
        found = middle;
        high = middle - 1;
      } else low = middle + 1;
    }
    return found;
  };
  let painted = 0;
  for (const name of Object.keys(layers)) {
    const ranges: Range[] = [];
    for (const [start, end] of layers[name]!) {
      const first = paragraphAt(start);
      let last = paragraphAt(Math.max(start, end - 1));
      if (first === -1) continue;
      if (last === -1) last = paragraphs.length - 1;
      const startNode = paragraphs[first]!.firstChild as Text | null;
      const endNode = paragraphs[last]!.firstChild as Text | null;
      if (!startNode || !endNode) continue;
      const range = document.createRange();
      range.setStart(startNode, Math.max(0, start - starts[first]!));
      range.setEnd(endNode, Math.min(endNode.length, end - starts[last]!));
      if (!range.collapsed) ranges.push(range);
    }
    CSS.highlights.set(name, new Highlight(...ranges));
    painted += ranges.length;
  }
  return painted;
}

/** The DOM id of the reader's text root, shared by the reader and the first-paint script. */
export function readerTextId(sourceVersionId: string): string {
  return `source-text-${sourceVersionId}`;
}
