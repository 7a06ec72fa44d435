import { paragraphIndexAt, type Paragraph } from "@/lib/reader/paragraphs";
import type { Span } from "@/lib/reader/spans";

/**
 * Mapping between text offsets (UTF-16 code units into the source version) and DOM
 * positions in the reader, whose root holds one `<p data-start>` per paragraph with a
 * single text node that is exactly `text.slice(start, end)`.
 */

function paragraphElementOf(node: Node, root: HTMLElement): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>("p[data-start]") ?? null;
  return paragraph && root.contains(paragraph) ? paragraph : null;
}

/** The text offset of a DOM point inside `root`, or null when the point is outside it. */
export function offsetOfPoint(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const paragraph = paragraphElementOf(node, root);
  if (paragraph) {
    const start = Number(paragraph.dataset.start);
    const before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(node, offset);
    return start + before.toString().length;
  }
  // A point between paragraphs (on the root itself): the start of the next paragraph.
  const next = root.childNodes[offset] as HTMLElement | undefined;
  if (next?.dataset?.start) return Number(next.dataset.start);
  const last = root.lastElementChild as HTMLElement | null;
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : 0;
}

/** The selection inside `root` as a span of text offsets, or null when there is none. */
export function selectedSpan(root: HTMLElement): Span | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOfPoint(root, range.startContainer, range.startOffset);
  const end = offsetOfPoint(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The text offset of the caret (the selection's focus), or null with no root, no selection or a caret outside it. */
export function caretOffsetIn(root: HTMLElement | null): number | null {
  const selection = document.getSelection();
  if (!root || !selection?.rangeCount) return null;
  return offsetOfPoint(root, selection.focusNode!, selection.focusOffset);
}

/** Lets go of the selection, leaving the caret at its end. Accepting from the panel or a toolbar leaves none behind (rangeCount 0), and collapsing none throws. */
export function collapseSelectionToEnd(): void {
  const selection = document.getSelection();
  if (selection?.rangeCount) selection.collapseToEnd();
}

/** The text offset under a viewport point (a click), or null outside the text. */
export function offsetAtViewportPoint(root: HTMLElement, x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return offsetOfPoint(root, position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? offsetOfPoint(root, range.startContainer, range.startOffset) : null;
}

function textNodeOf(root: HTMLElement, index: number): Text | null {
  const node = root.children[index]?.firstChild;
  return node instanceof Text ? node : null;
}

/** A DOM Range for a span, clamped to paragraph text; null when it covers no text. */
export function rangeOfSpan(root: HTMLElement, paragraphs: readonly Paragraph[], span: Span): Range | null {
  const first = paragraphIndexAt(paragraphs, span.start);
  if (first === -1) return null;
  let last = paragraphIndexAt(paragraphs, Math.max(span.start, span.end - 1));
  if (last === -1) last = paragraphs.length - 1;
  const startNode = textNodeOf(root, first);
  const endNode = textNodeOf(root, last);
  if (!startNode || !endNode) return null;
  const range = document.createRange();
  range.setStart(startNode, Math.max(0, span.start - paragraphs[first]!.start));
  range.setEnd(endNode, Math.min(endNode.length, span.end - paragraphs[last]!.start));
  return range.collapsed ? null : range;
}

/**
 * Puts the caret at the start of a span, focuses the text and scrolls the span into view,
 * so keyboard work continues from there.
 */
export function revealSpan(root: HTMLElement, paragraphs: readonly Paragraph[], span: Span): void {
  const range = rangeOfSpan(root, paragraphs, span);
  if (!range) return;
  root.focus({ preventScroll: true });
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "instant" });
}

/** Selects a span's words in the text (nothing happens when it covers no text). */
export function selectSpan(root: HTMLElement, paragraphs: readonly Paragraph[], span: Span): void {
  const range = rangeOfSpan(root, paragraphs, span);
  if (!range) return;
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * On a narrow screen the open claim is a sheet over the lower part of the screen (below
 * Tailwind's `lg`): scrolls the page so the span sits near the top, above the sheet. Does
 * nothing on wide screens, where the claim opens beside the text.
 */
export function keepSpanAboveSheet(root: HTMLElement, paragraphs: readonly Paragraph[], span: Span): void {
  if (!window.matchMedia("(max-width: 1023.98px)").matches) return;
  const rect = rangeOfSpan(root, paragraphs, span)?.getBoundingClientRect();
  if (!rect) return;
  const wantedTop = window.innerHeight * 0.08;
  if (rect.top < wantedTop || rect.bottom > window.innerHeight * 0.26) window.scrollBy({ top: rect.top - wantedTop, behavior: "instant" });
}
