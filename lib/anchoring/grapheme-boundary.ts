/**
 * Grapheme-cluster boundaries at single offsets of a long text, without segmenting the
 * whole text.
 *
 * `Intl.Segmenter` (granularity "grapheme") decides; it is only run over a small window
 * around the offset. A window that starts inside a cluster can misplace the first
 * boundaries it reports, so a result is trusted only when two windows with different
 * starts agree and the cluster does not touch either window edge; otherwise the window
 * doubles, at worst up to the whole text. Regional indicators (flags) pair up from the
 * start of their run, a dependency of unbounded reach, so a window never starts inside
 * such a run: it is moved back to the run's start. Between two ASCII characters other
 * than CR LF there is always a boundary, which answers most offsets of Latin-script text
 * without segmenting anything.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

const INITIAL_WINDOW = 32;

interface Cluster {
  /** Start of the cluster containing the offset (equals the offset at a boundary). */
  floor: number;
  /** End of that cluster, or the offset itself when it is a boundary. */
  ceil: number;
}

function clusterInWindow(text: string, from: number, to: number, pos: number): Cluster {
  const found = segmenter.segment(text.slice(from, to)).containing(pos - from);
  // `pos < to` always holds here, so `containing` finds a segment.
  const floor = from + (found?.index ?? pos - from);
  const ceil = floor === pos ? pos : floor + (found?.segment.length ?? 0);
  return { floor, ceil };
}

function asciiBoundary(text: string, pos: number): boolean {
  const before = text.charCodeAt(pos - 1);
  const after = text.charCodeAt(pos);
  return before < 0x80 && after < 0x80 && !(before === 13 && after === 10);
}

/**
 * The grapheme cluster around `pos`. `pos` must be an integer in `[0, text.length]`;
 * offsets 0 and `text.length` are always boundaries.
 */
function clusterAt(text: string, pos: number): Cluster {
  const length = text.length;
  if (pos <= 0) return { floor: 0, ceil: 0 };
  if (pos >= length) return { floor: length, ceil: length };
  if (asciiBoundary(text, pos)) return { floor: pos, ceil: pos };

  for (let reach = INITIAL_WINDOW; ; reach *= 2) {
    const from = outsideFlagRun(text, Math.max(0, pos - reach));
    const to = Math.min(length, pos + reach);
    const near = clusterInWindow(text, from, to, pos);
    // Two code units of slack at the end: a cut surrogate pair or a cut run of
    // extending characters would otherwise end the cluster early.
    const endTrusted = to === length || near.ceil <= to - 2;
    if (endTrusted) {
      if (from === 0) return near;
      if (near.floor > from) {
        const farFrom = outsideFlagRun(text, Math.max(0, Math.min(from, pos - 2 * reach) - 1));
        const far = clusterInWindow(text, farFrom, to, pos);
        if (far.floor === near.floor && far.ceil === near.ceil) return near;
      }
    }
    if (from === 0 && to === length) return near;
  }
}

function isRegionalIndicator(text: string, index: number): boolean {
  const low = text.charCodeAt(index + 1);
  return text.charCodeAt(index) === 0xd83c && low >= 0xdde6 && low <= 0xddff;
}

/** `from`, or the start of the run of regional indicators it lies in. */
function outsideFlagRun(text: string, from: number): number {
  let start = from;
  if (start > 0 && isRegionalIndicator(text, start - 1)) start -= 1; // inside a pair
  if (!isRegionalIndicator(text, start) && !(start >= 2 && isRegionalIndicator(text, start - 2))) return start;
  while (start >= 2 && isRegionalIndicator(text, start - 2)) start -= 2;
  return start;
}

/** True when `pos` lies between two grapheme clusters (or at either end of `text`). */
export function isGraphemeBoundary(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return true;
  if (asciiBoundary(text, pos)) return true;
  return clusterAt(text, pos).floor === pos;
}

/** The nearest grapheme boundary at or before `pos` (clamped to `[0, text.length]`). */
export function graphemeFloor(text: string, pos: number): number {
  return clusterAt(text, clamp(pos, text.length)).floor;
}

/** The nearest grapheme boundary at or after `pos` (clamped to `[0, text.length]`). */
export function graphemeCeil(text: string, pos: number): number {
  return clusterAt(text, clamp(pos, text.length)).ceil;
}

function clamp(pos: number, length: number): number {
  return pos < 0 ? 0 : pos > length ? length : pos;
}
