/**
 * Quotations in a Spanish source, with who said them: « », “ ”, "…" and the dialogue dash.
 *
 * Contract of {@link findSpanishSpokenQuotes}:
 * - Marks are paired within one line: an opening «, “ or " opens a quotation, the first
 *   matching closing mark closes it (a new opening mark of the same kind before it restarts
 *   it); a line break ends an open quotation unclosed (nothing is suggested).
 * - The span runs from the opening mark to the closing mark, widened to an attribution after
 *   it (`«…», afirmó el ministro`, `«…», según la fiscalía`, `«…», el ministro dijo`: only
 *   after a comma, as Spanish puts the full stop outside the marks and a new sentence after it)
 *   and to one before it (`El ministro dijo: «…»`, `Según el ministro, «…»`).
 * - A line opening with a dialogue dash ("—" or "―") is a quotation to the end of the line;
 *   an aside opened by " —" that starts with a speech verb (`—Nadie nos avisó —afirmó la
 *   madre—. Nos enteramos por la tele.`) names its speaker.
 * - A quotation with no attribution is suggested only when it holds at least
 *   {@link MIN_BARE_QUOTE_WORDS} words (scare quotes are not statements).
 * - `speaker` is the attribution without its verb or "según", as a span of the text; null
 *   when there is no attribution or it is a pronoun ("dijo él").
 * - Linear in the length of the text; offsets into `text`; never throws.
 *
 * Known misses: attributions separated from the quotation by a clause
 * (`«…», dijo, visiblemente emocionado, el ministro`), quotations over a line break.
 */
import { tokenize, type Token } from "../../quantities/tokenize";
import { MIN_BARE_QUOTE_WORDS, type SpokenQuote } from "../find-quotes";
import type { Suggestion } from "../types";
import { ACCORDING_TO, SPANISH_SPEECH_VERBS, speakerAfter, speakerBefore, type TokenSpan } from "./attribution";

/** Opening mark → its closing mark. */
const PAIRS: Readonly<Record<string, string>> = { "«": "»", "“": "”", '"': '"', "„": "”", "‘": "’" };
const DIALOGUE_DASHES = new Set(["—", "―"]);
const WORD = /\p{L}+/gu;

function wordsIn(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** A span of `text` as a suggestion of `kind` "quote". */
function quote(text: string, start: number, end: number): Suggestion {
  return { start, end, kind: "quote", text: text.slice(start, end) };
}

/** Index of the first token starting at or after `offset` (tokens sorted by start). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Attribution {
  /** Offset where the attribution starts (before the quote) or ends (after it). */
  edge: number;
  speaker: TokenSpan | null;
}

/** `, afirmó el ministro` / `, según la fiscalía` / `, el ministro dijo` right after token index `k` (the first token after the closing mark). */
function attributionAfter(tokens: readonly Token[], k: number): Attribution | null {
  if (tokens[k]?.text !== "," || tokens[k]!.gapBefore.includes("\n")) return null;
  const first = tokens[k + 1];
  if (!first || first.kind !== "word" || first.gapBefore.includes("\n")) return null;
  if (SPANISH_SPEECH_VERBS.has(first.lower) || first.lower === ACCORDING_TO) {
    const speaker = speakerAfter(tokens, k + 2);
    if (first.lower === ACCORDING_TO && !speaker) return null;
    const last = speaker ? speaker[1] : k + 2;
    return { edge: tokens[last - 1]!.end, speaker };
  }
  // "el ministro dijo"
  for (let v = k + 2; v < k + 2 + 6 && v < tokens.length; v++) {
    const token = tokens[v]!;
    if (token.kind !== "word" || token.gapBefore.includes("\n")) return null;
    if (SPANISH_SPEECH_VERBS.has(token.lower)) {
      const speaker = speakerBefore(tokens, v, k + 1);
      return speaker && speaker[0] === k + 1 ? { edge: token.end, speaker } : null;
    }
  }
  return null;
}

/** `El ministro dijo: «` / `Según el ministro, «` ending right before token index `k` (the opening mark). */
function attributionBefore(tokens: readonly Token[], k: number, lineStart: number): Attribution | null {
  const mark = tokens[k - 1];
  if (!mark || k - 1 < lineStart || (mark.text !== ":" && mark.text !== ",")) return null;
  const verb = tokens[k - 2];
  if (verb && k - 2 >= lineStart && verb.kind === "word" && SPANISH_SPEECH_VERBS.has(verb.lower)) {
    const speaker = speakerBefore(tokens, k - 2, lineStart);
    return { edge: tokens[speaker ? speaker[0] : k - 2]!.start, speaker };
  }
  if (mark.text !== ",") return null;
  // "Según el ministro, «…»"
  for (let s = k - 2; s >= lineStart && s >= k - 2 - 8; s--) {
    const token = tokens[s]!;
    if (token.kind !== "word") return null;
    if (token.lower === ACCORDING_TO) {
      const speaker = speakerAfter(tokens, s + 1);
      return speaker && speaker[1] === k - 1 ? { edge: token.start, speaker } : null;
    }
  }
  return null;
}

/** The quotations of one line [lineStart, lineEnd) of `text`, with their speakers. */
function quotesOfLine(text: string, tokens: readonly Token[], lineStart: number, lineEnd: number, out: SpokenQuote[]): void {
  const first = tokenAt(tokens, lineStart);
  const speakerOf = (span: TokenSpan | null) => (span ? quote(text, tokens[span[0]]!.start, tokens[span[1] - 1]!.end) : null);
  const line = text.slice(lineStart, lineEnd);
  const leading = line.length - line.trimStart().length;
  if (DIALOGUE_DASHES.has(line[leading] ?? "")) {
    dialogueLine(text, tokens, first, lineStart + leading, lineEnd, out, speakerOf);
    return;
  }
  let open = -1;
  let closer = "";
  for (let at = lineStart; at < lineEnd; at++) {
    const c = text[at]!;
    if (open !== -1 && c === closer) {
      const inner = text.slice(open + 1, at);
      const after = attributionAfter(tokens, tokenAt(tokens, at + 1));
      const before = attributionBefore(tokens, tokenAt(tokens, open), first);
      if (after || before || wordsIn(inner) >= MIN_BARE_QUOTE_WORDS) {
        const start = before ? before.edge : open;
        const end = after ? after.edge : at + 1;
        out.push({ quote: quote(text, start, end), speaker: speakerOf(after?.speaker ?? null) ?? speakerOf(before?.speaker ?? null) });
      }
      open = -1;
      continue;
    }
    const closes = PAIRS[c];
    if (closes !== undefined && (open === -1 || closes === closer)) {
      open = at;
      closer = closes;
    }
  }
}

/** "—Nadie nos avisó —afirmó la madre—. Nos enteramos por la tele." */
function dialogueLine(
  text: string,
  tokens: readonly Token[],
  first: number,
  start: number,
  lineEnd: number,
  out: SpokenQuote[],
  speakerOf: (span: TokenSpan | null) => Suggestion | null,
): void {
  let end = lineEnd;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  let speaker: TokenSpan | null = null;
  let attributed = false;
  for (let k = first; k < tokens.length && tokens[k]!.start < end; k++) {
    const dash = tokens[k]!;
    if (dash.start <= start || !DIALOGUE_DASHES.has(dash.text) || dash.gapBefore === "") continue;
    const verb = tokens[k + 1];
    if (verb && verb.kind === "word" && verb.gapBefore === "" && (SPANISH_SPEECH_VERBS.has(verb.lower) || verb.lower === ACCORDING_TO)) {
      attributed = true;
      speaker = speakerAfter(tokens, k + 2);
      break;
    }
  }
  if (!attributed && wordsIn(text.slice(start, end)) < MIN_BARE_QUOTE_WORDS) return;
  out.push({ quote: quote(text, start, end), speaker: speakerOf(speaker) });
}

/** See the module comment. */
export function findSpanishSpokenQuotes(text: string): SpokenQuote[] {
  const tokens = tokenize(text, "es");
  const out: SpokenQuote[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const lineBreak = text.indexOf("\n", lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    if (lineEnd > lineStart) quotesOfLine(text, tokens, lineStart, lineEnd, out);
    if (lineBreak === -1) break;
    lineStart = lineBreak + 1;
  }
  return out;
}

/** The quote suggestions of {@link findSpanishSpokenQuotes}. */
export function findSpanishQuotes(text: string): Suggestion[] {
  return findSpanishSpokenQuotes(text).map(({ quote }) => quote);
}
