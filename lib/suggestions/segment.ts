/**
 * Cheap pre-pass that decides which parts of a source text are worth handing
 * to the (comparatively slow) compromise tagger.
 *
 * Contract:
 * - The text is cut into sentences with compromise's own splitter (which
 *   keeps multi-sentence quotations together and otherwise cuts at line
 *   breaks), so a unit here is what compromise would treat as a sentence; if
 *   that splitter is unavailable or disagrees with the text, whole lines are
 *   used instead.
 * - With `prefilter` on (the default), only sentences that contain a trigger
 *   for one of the finders (a digit, a number word, a hedged "one", a double
 *   or opening curly quote, a month or weekday name — capitalised for the
 *   ambiguous ones such as "May", "March", "Sat" — or a relative date such as
 *   "last week") are kept. A lower-case "may"/"march" alone therefore never
 *   yields a date. The trigger set must stay a superset of what the finders
 *   can report; `index.test.ts` checks this on the fixtures by comparing
 *   with `prefilter: false`.
 * - A "sentence" longer than {@link MAX_SENTENCE} code units is cut at
 *   whitespace into shorter pieces, each treated as its own sentence.
 * - Consecutive kept sentences are merged back into one contiguous range of
 *   the original text; ranges are joined with a single "\n", where compromise
 *   starts a new sentence (unless it is closing an open quotation — then the
 *   finders, which never cross a line break, keep spans apart anyway).
 * - {@link Segmentation.toSource} maps a span of the joined string back to the
 *   original text, and refuses spans that touch a separator or cross ranges.
 */
import nlp from "compromise";

/** A contiguous piece of the source that was copied into the joined string. */
export interface Segment {
  /** Offset of the piece in the joined string. */
  joinedStart: number;
  /** Offset of the piece in the source text. */
  sourceStart: number;
  /** Length of the piece in UTF-16 code units (same in both strings). */
  length: number;
}

export interface Segmentation {
  /** The selected parts of the source, separated by "\n". */
  joined: string;
  segments: Segment[];
  /**
   * Maps the joined-string span [joinedStart, joinedEnd) to the source text.
   * Returns null if the span is empty, out of range, or not inside one segment.
   */
  toSource(joinedStart: number, joinedEnd: number): [number, number] | null;
}

export interface SegmentOptions {
  /** Skip sentences with no trigger at all (default true). */
  prefilter?: boolean;
}

/** Month and weekday names that are not also everyday words, any case. */
const CALENDAR_WORDS =
  "january|february|april|june|july|august|september|october|november|december|" +
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tomorrow";
/** Names and abbreviations that are also common words ("may", "sat"): capitalised only. */
const CALENDAR_CAPITALISED = "May|MAY|March|MARCH|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|" + "Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun";
/** Number words, except "one" (only a figure when hedged, see below). */
const NUMBER_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" +
  "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|" +
  "ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|tens|scores|half|thirds?|quarters?";
/** Last words of the hedges in find-figures.ts, for "at least one". */
const HEDGE_ENDS = "than|least|most|to|estimated|over|under|roughly|about|around|approximately|some|nearly|almost|as";

/**
 * Anything a finder could possibly report contains one of these. Kept
 * deliberately broad: a false trigger only costs tagging time.
 */
const TRIGGERS: readonly RegExp[] = [
  /[0-9]/,
  /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\uFF02\u2E42]/,
  new RegExp(`\\b(?:${NUMBER_WORDS}|${CALENDAR_WORDS})\\b`, "i"),
  new RegExp(`\\b(?:${CALENDAR_CAPITALISED})\\b`),
  new RegExp(`\\b(?:${HEDGE_ENDS})\\s+one\\b`, "i"),
  /\b(?:last|next|this)\s+(?:week|weekend|month|year)\b/i,
];

function hasTrigger(sentence: string): boolean {
  return TRIGGERS.some((re) => re.test(sentence));
}

/**
 * Longest stretch (UTF-16 code units) handed to compromise as one sentence.
 * Longer "sentences" (unpunctuated dumps) are cut: compromise's view handling
 * is quadratic in sentence length, and real sentences are far shorter.
 */
export const MAX_SENTENCE = 1000;

type SplitFn = (text: string, world: object) => string[];

/** compromise's sentence splitter, if this build exposes it. */
function sentenceSplitter(): SplitFn | null {
  const methods = nlp.methods() as { one?: { tokenize?: { splitSentences?: unknown } } };
  const fn = methods.one?.tokenize?.splitSentences;
  return typeof fn === "function" ? (fn as SplitFn) : null;
}

/** Sentence start offsets (plus a final text.length), or null if inconsistent. */
function sentenceBounds(text: string): number[] | null {
  const split = sentenceSplitter();
  if (!split) return null;
  const parts = split(text, nlp.world());
  const bounds: number[] = [];
  let pos = 0;
  for (const part of parts) {
    if (!text.startsWith(part, pos)) return null;
    bounds.push(pos);
    pos += part.length;
  }
  if (pos !== text.length) return null;
  bounds.push(pos);
  return bounds;
}

/** Line start offsets (plus a final text.length). */
function lineBounds(text: string): number[] {
  const bounds = [0];
  let i = text.indexOf("\n");
  while (i !== -1) {
    bounds.push(i + 1);
    i = text.indexOf("\n", i + 1);
  }
  if (bounds[bounds.length - 1] !== text.length) bounds.push(text.length);
  return bounds;
}

/**
 * Cuts [a, b) into pieces of at most {@link MAX_SENTENCE} code units, at the
 * last whitespace of each window when there is one and never inside a
 * surrogate pair. Ordinary sentences come back whole.
 */
function cutLong(text: string, a: number, b: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let from = a;
  while (b - from > MAX_SENTENCE) {
    let cut = from + MAX_SENTENCE;
    for (let i = cut; i > from + MAX_SENTENCE / 2; i--) {
      if (/\s/.test(text[i - 1]!)) {
        cut = i;
        break;
      }
    }
    const code = text.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut--; // keep a pair together
    pieces.push([from, cut]);
    from = cut;
  }
  pieces.push([from, b]);
  return pieces;
}

/** Select and join the parts of `text` that the finders should look at. */
export function segment(text: string, options: SegmentOptions = {}): Segmentation {
  const prefilter = options.prefilter ?? true;
  const bounds = sentenceBounds(text) ?? lineBounds(text);

  // Merge consecutive selected sentences into [start, end) ranges; pieces of
  // an over-long sentence stay apart (they need a separator between them).
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const pieces = cutLong(text, bounds[i]!, bounds[i + 1]!);
    pieces.forEach(([a, b], k) => {
      if (prefilter && !hasTrigger(text.slice(a, b))) return;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === a && k === 0) last[1] = b;
      else ranges.push([a, b]);
    });
  }

  const segments: Segment[] = [];
  const pieces: string[] = [];
  let joinedPos = 0;
  for (const [a, b] of ranges) {
    segments.push({ joinedStart: joinedPos, sourceStart: a, length: b - a });
    pieces.push(text.slice(a, b));
    joinedPos += b - a + 1; // + the "\n" separator
  }
  const joined = pieces.join("\n");

  const toSource = (joinedStart: number, joinedEnd: number): [number, number] | null => {
    if (!(joinedStart < joinedEnd)) return null;
    // Binary search for the last segment starting at or before joinedStart.
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid]!.joinedStart <= joinedStart) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return null;
    const seg = segments[found]!;
    const offset = joinedStart - seg.joinedStart;
    if (joinedEnd - seg.joinedStart > seg.length) return null;
    return [seg.sourceStart + offset, seg.sourceStart + (joinedEnd - seg.joinedStart)];
  };

  return { joined, segments, toSource };
}
