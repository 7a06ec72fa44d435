/**
 * Every figure in a text, in reading order, each read as a Quantity (see `readQuantity`
 * for the semantics of hedges, units and what is not a count).
 *
 * Contract of {@link findQuantities}:
 * - Linear in the length of the text; never throws on any string.
 * - Figures do not overlap: after a figure (hedge, number, range, counted noun) reading goes
 *   on after it, and the numbers of a skipped date, time, identifier or year are passed over
 *   as a whole ("16 March 2025" yields nothing).
 * - Offsets are those of `quantity.text` in `text`, UTF-16 code units, half-open.
 * - `options.language` "es" reads Spanish (README, "En español"); anything else English.
 *
 * @throws RangeError only for invalid options (see `resolveBands`).
 */
import { looksPlural } from "./counted-noun";
import { readFigureUnit } from "./figure-unit";
import { matchPostfixHedge, matchPrefixHedge, type HedgeMatch, type HedgeMeaning } from "./hedge-phrases";
import { hedgedInterval, type Bands } from "./hedged-interval";
import type { Interval } from "./interval";
import { readingLanguage, type ReadingLanguage } from "./language";
import {
  hasDateOrTimeAfter,
  hasJoiningMarkBefore,
  isCalendarDay,
  isFractionWord,
  isLabelledIdentifier,
  isProperNounBefore,
  isSpanishDecade,
  isSpanishHour,
  isYearContext,
} from "./not-a-count";
import { readAmount, type Amount } from "./read-amount";
import { resolveBands } from "./read-options";
import { readRangeEnd } from "./read-range";
import { isInline, isWord, tokenize, type Token } from "./tokenize";
import type { Hedge, QuantityMatch, ReadQuantityOptions } from "./types";
import { readVagueAmount } from "./vague-amounts";

interface Step {
  match: QuantityMatch | null;
  /** Token index to go on from. */
  next: number;
}

const HEDGE_OF: Readonly<Record<HedgeMeaning, Hedge>> = {
  exact: "exact",
  "more-than": "more-than",
  "just-over": "more-than",
  "at-least": "at-least",
  nearly: "nearly",
  approximately: "approximately",
  "at-most": "at-most",
  "fewer-than": "fewer-than",
};

/** See the module comment. */
export function findQuantities(text: string, options?: ReadQuantityOptions): QuantityMatch[] {
  const bands = resolveBands(options);
  if (typeof text !== "string") return [];
  const language = readingLanguage(options?.language);
  const tokens = tokenize(text, language);
  const out: QuantityMatch[] = [];
  let i = 0;
  let floor = 0; // tokens before this belong to the last figure
  while (i < tokens.length) {
    const step = readFigureAt(text, tokens, i, bands, floor, language);
    const next = Math.max(i + 1, step.next);
    if (step.match) {
      out.push(step.match);
      floor = next;
    }
    i = next;
  }
  return out;
}

function match(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  unitTo: number,
  fields: Omit<QuantityMatch["quantity"], "text"> & { minor: boolean },
): QuantityMatch {
  const { minor, ...quantity } = fields;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const unitEnd = fields.unit !== null && unitTo > to ? tokens[unitTo - 1]!.end : end;
  return { quantity: { ...quantity, text: text.slice(start, end) }, start, end, minor, unitEnd };
}

/** The figure starting with the number at token `i`; hedge words are looked for back to token `floor`. */
function readFigureAt(text: string, tokens: readonly Token[], i: number, bands: Bands, floor: number, language: ReadingLanguage): Step {
  const spanish = language === "es";
  const vague = readVagueAmount(tokens, i, language);
  if (vague) {
    const unit = readFigureUnit(tokens, vague.end, { currency: null, percent: false, attachedUnit: null, start: i }, language);
    return {
      match: match(text, tokens, i, vague.textEnd, unit.end, {
        low: vague.low,
        high: vague.high,
        lowInclusive: true,
        highInclusive: true,
        hedge: "order-of-magnitude",
        value: vague.low,
        unit: unit.unit,
        minor: false,
      }),
      next: Math.max(unit.end, vague.end),
    };
  }

  const a = readAmount(tokens, i, language);
  if (!a) return { match: null, next: i + 1 };
  const skip: Step = { match: null, next: a.end };
  if (
    a.malformed ||
    hasJoiningMarkBefore(tokens, a) ||
    hasDateOrTimeAfter(tokens, a, language) ||
    isCalendarDay(tokens, a, language) ||
    isFractionWord(tokens, a, language) ||
    isLabelledIdentifier(tokens, a, language) ||
    (spanish && isSpanishHour(tokens, a))
  ) {
    return skip;
  }

  const hedgeBefore = matchPrefixHedge(tokens, a.start, language);
  const prefix = hedgeBefore && hedgeBefore.index >= floor ? hedgeBefore : null;
  const before = a.start > floor ? tokens[a.start - 1] : undefined;
  const [betweenWord, fromWords] = spanish ? ["entre", ["de", "desde", "del"]] : ["between", ["from"]];
  // Spanish puts an article after the range word: "entre el 30 y el 40 %" ("del" is "de el").
  const article = spanish && a.start - 2 >= floor && isInline(before) && ["el", "la", "los", "las"].some((word) => isWord(before, word)) ? 1 : 0;
  const marker = article ? tokens[a.start - 2] : before;
  const isBetween = isWord(marker, betweenWord);
  const rangeMarker =
    !prefix && (isBetween || fromWords.some((word) => isWord(marker, word))) && isInline(tokens[a.start]) && isInline(tokens[a.start - article])
      ? a.start - 1 - article
      : null;
  const range = readRangeEnd(tokens, a, rangeMarker !== null && isBetween, language);
  if (range?.kind === "reject") return { match: null, next: range.end };
  // A postfix after a prefix ("some 200-odd") is part of the figure; the prefix gives the meaning.
  const postfix: HedgeMatch | null = range ? null : matchPostfixHedge(tokens, a.end, language);

  const textEnd = range ? range.end : postfix ? postfix.index : a.end;
  const hedged = prefix !== null || postfix !== null;
  const second: Amount | null = range ? range.second : null;
  const figureStart = range ? (prefix?.meaning === "approximately" ? prefix.index : (rangeMarker ?? a.start)) : (prefix?.index ?? a.start);
  const last = second ?? a;
  const unit = readFigureUnit(
    tokens,
    textEnd,
    {
      currency: range ? range.currency : a.currency,
      percent: range ? range.percent : a.percent,
      attachedUnit: a.attachedUnit ?? second?.attachedUnit ?? null,
      start: figureStart,
      deBeforeNoun: spanish && (last.multiplier >= 1e6 || last.multiplier === 12 || last.approximate),
    },
    language,
  );
  const next = Math.max(textEnd, unit.end);

  // "one of", "no one", a lone "one" (Spanish "uno", "uno de ellos"): a pronoun, not a count.
  const one = spanish ? "uno" : "one";
  if (!hedged && !range && a.kind === "words" && tokens[a.numberIndex]!.lower === one && a.end === a.numberIndex + 1) {
    if (unit.unit === null || isWord(before, "no") || isWord(tokens[textEnd], spanish ? "de" : "of")) return { match: null, next };
  }
  // Years: "in 2025", "2019-2025", "the 2025 flights"; but "2000 people" is a count.
  if (!hedged && a.yearLike && (!second || second.yearLike)) {
    const countsSomething = unit.fromNoun && unit.unit !== null && looksPlural(unit.unit.toLowerCase().split(" ").at(-1)!, language);
    if (!countsSomething || isYearContext(tokens, a, language)) return { match: null, next };
  }
  // "Boeing 737": a label after a proper noun, when nothing is hedged or counted.
  if (!hedged && !range && unit.unit === null && isProperNounBefore(tokens, a, language)) return { match: null, next };
  // "en los 90": a decade, when nothing is hedged or counted.
  if (spanish && !hedged && !range && unit.unit === null && isSpanishDecade(tokens, a)) return { match: null, next };

  let interval: Interval | null;
  let hedge: Hedge;
  if (range) {
    const widen = prefix?.meaning === "approximately" ? bands.approximateTolerance : 0;
    interval = { low: Math.max(0, range.low - widen * range.low), high: range.high + widen * range.high, lowInclusive: true, highInclusive: true };
    if (interval.high === Infinity) interval.highInclusive = false;
    hedge = "range";
  } else {
    const meaning = prefix?.meaning ?? postfix?.meaning ?? (a.approximate ? "approximately" : "exact");
    interval = hedgedInterval(meaning, a.value, bands);
    hedge = HEDGE_OF[meaning];
  }
  if (!interval) return { match: null, next };

  const value = range ? range.low : a.value;
  const minor = !hedged && !range && ((a.kind === "words" && a.value < 10) || unit.unit === "years old");
  return {
    match: match(text, tokens, figureStart, textEnd, unit.end, { ...interval, hedge, value, unit: unit.unit, minor }),
    next,
  };
}
