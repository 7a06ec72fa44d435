/**
 * Two figures, found in one linear pass without recursion, that say whether `marked` can
 * parse `source` safely, so the renderer can refuse pathological text before parsing it:
 *
 * - `nesting`: how deeply the parser would nest what it builds: block containers (block
 *   quotes, list items, nested lists by indentation) plus inline spans (emphasis, strong,
 *   strikethrough, link text). `marked` parses each level with a recursive call, so a few
 *   thousand `>` or `1. ` markers overflow its stack. The estimate errs high for the shapes
 *   that build depth: every quote or list marker at the start of a line is a level (each
 *   marker of a `- - -` rule too), every two columns of indentation before a marker are a
 *   level, and every opening delimiter or `[` not yet closed in the paragraph is a level.
 * - `delimiterWork`: the sum, over paragraphs, of the square of the number of delimiter runs
 *   (`*`, `_`, `~`) that could open a span. `marked` looks for the closer of each such run
 *   by scanning ahead, so runs that close nothing (`*a_*a_…`, `[*~[*~…`) cost time that
 *   grows with their square: 13,000 of them in a 20,000-character rationale took 6–11 s.
 *
 * Ordinary writing stays in single figures of nesting and a few thousand of work. Never throws.
 */
export function measureMarkdownComplexity(source: string): { nesting: number; delimiterWork: number; longestWord: number } {
  let nesting = 0;
  let longestWord = 0;
  let delimiterWork = 0;
  let inlineDepth = 0;
  let delimiterRuns = 0;
  for (const line of source.split("\n")) {
    for (const word of line.split(/\s+/)) longestWord = Math.max(longestWord, word.length);
    if (line.trim() === "") {
      // A blank line ends the paragraph, and every span open in it.
      inlineDepth = 0;
      delimiterWork += delimiterRuns * delimiterRuns;
      delimiterRuns = 0;
      continue;
    }
    const { depth: blockDepth, rest } = blockContainersOf(line);
    let lineDeepest = inlineDepth;
    inlineDepth = scanInlineSpans(rest, inlineDepth, {
      reached(depth) {
        if (depth > lineDeepest) lineDeepest = depth;
      },
      delimiterRun() {
        delimiterRuns += 1;
      },
    });
    nesting = Math.max(nesting, blockDepth + lineDeepest);
  }
  return { nesting, delimiterWork: delimiterWork + delimiterRuns * delimiterRuns, longestWord };
}

const listMarker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;

/** The container markers that open `line` (quotes, list items, and the indentation before them), and the text after them. */
function blockContainersOf(line: string): { depth: number; rest: string } {
  let markers = 0;
  let indentColumns = 0;
  let position = 0;
  for (;;) {
    let columns = 0;
    let after = position;
    while (line[after] === " " || line[after] === "\t") {
      columns += line[after] === "\t" ? 4 : 1;
      after += 1;
    }
    if (line[after] === ">") {
      markers += 1;
      indentColumns += columns;
      position = after + 1;
      if (line[position] === " ") position += 1;
      continue;
    }
    const list = listMarker.exec(line.slice(after, after + 11));
    if (list) {
      markers += 1;
      indentColumns += columns;
      position = after + list[0].length;
      if (line[position] === " ") position += 1;
      continue;
    }
    return { depth: markers + Math.floor(indentColumns / 2), rest: line.slice(position) };
  }
}

const whitespace = /\s/u;
const punctuation = /[\p{P}\p{S}]/u;

type InlineObserver = { reached(depth: number): void; delimiterRun(): void };

/**
 * Walks the inline text of one line from `depth` spans already open, telling `observe` each
 * depth reached and each delimiter run; returns the depth at the end
 * of the line. A delimiter run (of `*`, `_` or `~`) that can only open adds a level, one that
 * can only close removes one, and one that can do both closes when a span is open and
 * otherwise opens. `[` and `]` open and close link text.
 */
function scanInlineSpans(text: string, depth: number, observe: InlineObserver): number {
  let index = 0;
  while (index < text.length) {
    const character = text[index]!;
    if (character === "\\") {
      index += 2;
      continue;
    }
    if (character === "[") {
      depth += 1;
      observe.reached(depth);
      index += 1;
      continue;
    }
    if (character === "]") {
      depth = Math.max(0, depth - 1);
      index += 1;
      continue;
    }
    if (character !== "*" && character !== "_" && character !== "~") {
      index += 1;
      continue;
    }
    let end = index;
    while (text[end] === character) end += 1;
    observe.delimiterRun();
    const before = text[index - 1] ?? " ";
    const after = text[end] ?? " ";
    const opens = isLeftFlanking(before, after);
    const closes = isLeftFlanking(after, before);
    // `_` inside a word (snake_case) neither opens nor closes.
    const isIntrawordUnderscore = character === "_" && opens && closes && !punctuation.test(before) && !punctuation.test(after);
    if (isIntrawordUnderscore) {
      index = end;
      continue;
    }
    if (opens && (!closes || depth === 0)) depth += 1;
    else if (closes) depth = Math.max(0, depth - 1);
    observe.reached(depth);
    index = end;
  }
  return depth;
}

/** CommonMark's left-flanking rule for a delimiter run between `before` and `after` (swap them for right-flanking). */
function isLeftFlanking(before: string, after: string): boolean {
  if (whitespace.test(after)) return false;
  if (!punctuation.test(after)) return true;
  return whitespace.test(before) || punctuation.test(before);
}
