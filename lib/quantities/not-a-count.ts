/**
 * Numbers that are not amounts: calendar dates, times, ordinals, decades, fractions,
 * signed numbers and identifiers. (Years need the counted noun and the hedge, so
 * `findQuantities` decides them with {@link isYearContext}.)
 *
 * Contract: every function looks only at the tokens right around the number (no more than
 * three on either side) and never throws. They answer "skip this number"; none of them
 * reads anything.
 *
 * What is skipped:
 * - signed or joined numbers: a "-", "−", "+", "/", ".", ":", "#", "§", "№" or "’" touching the
 *   number on its left ("-5", "MS-13", "COVID-19", "#5", "2025-03-16", "’90s"); an ASCII "'"
 *   is taken for a quotation mark ('250 people');
 * - ordinals and decades: "16th", "1st", "1990s", "1990's";
 * - times: "3pm", "3 p.m.", "3 am", "15:00", "three o'clock", "15h";
 * - dates and fractions in digits: "3/16/2025", "1/2", "24/7" (a "/" touching the right);
 * - calendar dates: an integer 1–31 in digits next to a capitalised month name
 *   ("16 March", "March 16", "16 of March", "Mar. 16");
 * - fractions in words: "two thirds", "one half", "three quarters";
 * - identifiers: a number right after a word that names a numbered thing ("Flight 123",
 *   "Section 212", "Title 8", "Article 5", "Room 101", "No. 5", "page 3"), or touching a "("
 *   on its right ("212(f)"). A number right after any other capitalised word that does not
 *   start a sentence ("Boeing 737") is an identifier too, but only when it is not hedged and
 *   counts nothing — see {@link isProperNounBefore}.
 *
 * In Spanish (`language` "es") the same rules read Spanish words: ordinals "1.º", "3.ª",
 * "1er", "2do"; times "a las 10", "las 10 de la mañana", "10 h"; dates "16 de marzo" (month
 * names in lower case, as Spanish writes them), "el lunes 17"; fractions "dos tercios";
 * labels "vuelo 123", "artículo 5", "núm. 5", "n.º 5", "los años 90"; decades "en los 90";
 * year cues "en", "desde", "a finales de", "marzo de 2025".
 */
import {
  SPANISH_ABBREVIATIONS,
  SPANISH_FRACTIONS,
  SPANISH_HOUR_LEADS,
  SPANISH_HOUR_UNITS,
  SPANISH_IDENTIFIER_WORDS,
  SPANISH_ORDINAL_SUFFIXES,
  SPANISH_SENTENCE_OPENERS,
  SPANISH_TIMES_OF_DAY,
  SPANISH_YEAR_CUES,
} from "./es-words";
import type { ReadingLanguage } from "./language";
import { isEnglishMonthName, isSpanishMonthAbbreviation, isSpanishMonthName, isSpanishWeekday } from "./month-names";
import type { Amount } from "./read-amount";
import { isAttached, isCapitalised, isInline, isPunct, isWord, type Token } from "./tokenize";

const JOINING_MARKS = new Set(["-", "‐", "‑", "–", "—", "−", "+", "/", ".", ":", "#", "§", "№", "’", "_", "@", "\\"]);
const ORDINAL_OR_DECADE = new Set(["st", "nd", "rd", "th", "s", "am", "pm", "h"]);

const FRACTIONS = new Set([
  "half",
  "halves",
  "third",
  "thirds",
  "quarter",
  "quarters",
  "fourth",
  "fourths",
  "fifth",
  "fifths",
  "sixth",
  "sixths",
  "seventh",
  "sevenths",
  "eighth",
  "eighths",
  "ninth",
  "ninths",
  "tenth",
  "tenths",
  "hundredth",
  "hundredths",
  "thousandth",
  "thousandths",
]);
/** Words naming a numbered thing: the number after them is its label, not an amount. */
const IDENTIFIER_WORDS = new Set([
  "flight",
  "section",
  "sec",
  "article",
  "art",
  "title",
  "chapter",
  "clause",
  "paragraph",
  "para",
  "rule",
  "amendment",
  "proclamation",
  "order",
  "case",
  "docket",
  "bill",
  "resolution",
  "page",
  "pages",
  "p",
  "pp",
  "volume",
  "vol",
  "no",
  "nos",
  "number",
  "route",
  "highway",
  "interstate",
  "room",
  "gate",
  "terminal",
  "platform",
  "seat",
  "row",
  "exhibit",
  "appendix",
  "table",
  "figure",
  "fig",
  "version",
  "model",
  "level",
  "phase",
  "stage",
  "season",
  "episode",
  "part",
  "unit",
  "building",
  "block",
  "district",
  "ward",
  "precinct",
  "station",
  "line",
  "bus",
  "train",
  "tier",
  "category",
  "class",
  "type",
  "form",
  "code",
  "item",
  "question",
  "step",
  "lane",
  "apartment",
  "apt",
  "suite",
  "zone",
  "sector",
  "grade",
  "cell",
  "wing",
  "camp",
  "module",
  "week",
  "day",
  "round",
  "game",
  "session",
  "act",
  "law",
  "decree",
  "regulation",
  "ch",
  "footnote",
  "note",
  "annex",
  "schedule",
  "box",
  "flat",
  "pavilion",
]);
/** Abbreviations followed by a period before the label: "No. 5", "Vol. 2". */
const ABBREVIATIONS = new Set(["no", "nos", "p", "pp", "vol", "sec", "art", "fig", "apt", "ch", "para"]);
const SENTENCE_OPENERS = new Set([".", "!", "?", ":", ";", '"', "“", "”", "'", "‘", "’", "(", "[", "—", "–", "-", "•", "*"]);

/** A month name written with a capital ("March", "Mar"), so that "may" and "march" as verbs are not months. */
export function isMonth(token: Token | undefined, language: ReadingLanguage = "en"): boolean {
  if (token === undefined || token.kind !== "word") return false;
  if (language === "es") return isSpanishMonthName(token.lower) || (isCapitalised(token) && isSpanishMonthAbbreviation(token.lower));
  return isCapitalised(token) && isEnglishMonthName(token.lower);
}

/** Something touching the number on its left joins it to other text, or signs it. */
export function hasJoiningMarkBefore(tokens: readonly Token[], amount: Amount): boolean {
  const first = tokens[amount.start]!;
  const before = tokens[amount.start - 1];
  return isAttached(first) && before !== undefined && before.kind === "punct" && JOINING_MARKS.has(before.text);
}

/** Ordinal, decade, time and slash suffixes, or a "(" touching the number on its right. */
export function hasDateOrTimeAfter(tokens: readonly Token[], amount: Amount, language: ReadingLanguage = "en"): boolean {
  const after = tokens[amount.numberEnd];
  if (!after || !isInline(after)) return false;
  if (language === "es") return hasSpanishDateOrTimeAfter(tokens, amount, after);
  if (isAttached(after)) {
    if (after.kind === "word" && ORDINAL_OR_DECADE.has(after.lower)) return true;
    if (after.kind === "punct") {
      const next = tokens[amount.numberEnd + 1];
      if ((after.text === ":" || after.text === "/") && next && isAttached(next) && next.kind === "number") return true;
      if ((after.text === "'" || after.text === "’") && isWord(next, "s") && isAttached(next)) return true;
      if (after.text === "(") return true;
    }
  }
  // Spaced "am", "pm", "a.m.", "p.m.", "o'clock".
  if (after.kind === "word" && after.gapBefore !== "") {
    if (after.lower === "am" || after.lower === "pm" || after.lower === "o'clock" || after.lower === "o’clock") return true;
    if ((after.lower === "a" || after.lower === "p") && isPunct(tokens[amount.numberEnd + 1], ".") && isAttached(tokens[amount.numberEnd + 1])) {
      return isWord(tokens[amount.numberEnd + 2], "m") && isAttached(tokens[amount.numberEnd + 2]);
    }
  }
  return false;
}

/** Spanish ordinals ("1º", "1.º", "3.ª", "1er"), times ("10:30", "10 h", "10 de la mañana") and "(" on the right. */
function hasSpanishDateOrTimeAfter(tokens: readonly Token[], amount: Amount, after: Token): boolean {
  const next = tokens[amount.numberEnd + 1];
  if (isAttached(after)) {
    if (after.kind === "word" && (SPANISH_ORDINAL_SUFFIXES.has(after.lower) || after.lower === "s" || after.lower === "h")) return true;
    if (after.kind === "punct") {
      if ((after.text === ":" || after.text === "/") && next && isAttached(next) && next.kind === "number") return true;
      if (after.text === "." && next && isAttached(next) && next.kind === "word" && SPANISH_ORDINAL_SUFFIXES.has(next.lower)) return true;
      if (after.text === "(") return true;
    }
  }
  if (after.kind === "word" && after.gapBefore !== "") {
    if (SPANISH_HOUR_UNITS.has(after.lower)) return true;
    // "las 10 de la mañana"
    if (after.lower === "de" && isWord(next, "la") && SPANISH_TIMES_OF_DAY.has(tokens[amount.numberEnd + 2]?.lower ?? "")) return true;
  }
  return false;
}

/**
 * Spanish hours: a number up to 24 after "las" (or "la" for one o'clock) that follows "a",
 * "desde", "hasta", "de", "sobre", "hacia", "entre" or "y" ("a las 10", "entre las 8 y las 9").
 */
export function isSpanishHour(tokens: readonly Token[], amount: Amount): boolean {
  if (amount.kind !== "digits" || amount.scaled || amount.currency || amount.percent || amount.value > 24) return false;
  const article = tokens[amount.start - 1];
  if (!(isWord(article, "las") || isWord(article, "la")) || !isInline(tokens[amount.start])) return false;
  const lead = tokens[amount.start - 2];
  return lead !== undefined && lead.kind === "word" && SPANISH_HOUR_LEADS.has(lead.lower);
}

/** "en los 90", "de los 80", "los años 90": a decade, when it counts nothing (the caller checks). */
export function isSpanishDecade(tokens: readonly Token[], amount: Amount): boolean {
  if (amount.kind !== "digits" || amount.scaled || amount.currency || amount.percent) return false;
  const digits = tokens[amount.numberIndex]!.text;
  if (!/^(?:[1-9]0|1[0-9][0-9]0|20[0-9]0)$/.test(digits)) return false;
  const before = tokens[amount.start - 1];
  if (!isWord(before, "los") || !isInline(tokens[amount.start])) return false;
  const lead = tokens[amount.start - 2];
  return (
    lead !== undefined &&
    lead.kind === "word" &&
    (lead.lower === "en" || lead.lower === "de" || lead.lower === "desde" || lead.lower === "hasta" || lead.lower === "durante")
  );
}

/** An integer 1–31 in digits next to a capitalised month name: "16 March", "March 16", "16 of March", "Mar. 16". */
export function isCalendarDay(tokens: readonly Token[], amount: Amount, language: ReadingLanguage = "en"): boolean {
  if (language === "es") return isSpanishCalendarDay(tokens, amount);
  if (amount.kind !== "digits" || amount.scaled || amount.currency || amount.percent || amount.attachedUnit) return false;
  const digits = tokens[amount.numberIndex]!.text;
  if (!/^\d{1,2}$/.test(digits) || amount.value < 1 || amount.value > 31) return false;
  const before = tokens[amount.start - 1];
  const number = tokens[amount.start]!;
  if (isInline(number) && isMonth(before)) return true;
  if (isInline(number) && isPunct(before, ".") && isMonth(tokens[amount.start - 2]) && isAttached(before)) return true;
  const after = tokens[amount.end];
  if (isInline(after) && isMonth(after)) return true;
  return isWord(after, "of") && isInline(after) && isInline(tokens[amount.end + 1]) && isMonth(tokens[amount.end + 1]);
}

/** "16 de marzo", "el lunes 17", "marzo 16": an integer 1–31 in digits as a day of the month. */
function isSpanishCalendarDay(tokens: readonly Token[], amount: Amount): boolean {
  if (amount.kind !== "digits" || amount.scaled || amount.currency || amount.percent || amount.attachedUnit) return false;
  const digits = tokens[amount.numberIndex]!.text;
  if (!/^\d{1,2}$/.test(digits) || amount.value < 1 || amount.value > 31) return false;
  const before = tokens[amount.start - 1];
  const number = tokens[amount.start]!;
  if (isInline(number) && before?.kind === "word" && (isSpanishWeekday(before.lower) || isMonth(before, "es"))) return true;
  const after = tokens[amount.end];
  if (isSpanishDayOfMonthAt(tokens, amount.end)) return true;
  if (isInline(after) && isMonth(after, "es")) return true;
  // "16 y 17 de marzo", "del 15 al 16 de marzo": the first day of two.
  const joiner = after?.lower ?? "";
  const day = tokens[amount.end + 1];
  if (!(joiner === "y" || joiner === "al" || joiner === "a" || joiner === "o") || !isInline(after) || day?.kind !== "number" || !/^\d{1,2}$/.test(day.text))
    return false;
  return isSpanishDayOfMonthAt(tokens, amount.end + 2);
}

/** "de marzo" at token `k` (on the same line). */
function isSpanishDayOfMonthAt(tokens: readonly Token[], k: number): boolean {
  return isWord(tokens[k], "de") && isInline(tokens[k]) && isInline(tokens[k + 1]) && isMonth(tokens[k + 1], "es");
}

/** "two thirds", "one half", "three quarters": a fraction, not a count. */
export function isFractionWord(tokens: readonly Token[], amount: Amount, language: ReadingLanguage = "en"): boolean {
  const after = tokens[amount.end];
  const fractions = language === "es" ? SPANISH_FRACTIONS : FRACTIONS;
  return after !== undefined && after.kind === "word" && isInline(after) && after.gapBefore !== "" && fractions.has(after.lower);
}

/** A word naming a numbered thing right before the number ("Flight 123", "No. 5", "§ 1182"), or a "(" right after ("212(f)"). */
export function isLabelledIdentifier(tokens: readonly Token[], amount: Amount, language: ReadingLanguage = "en"): boolean {
  const first = tokens[amount.start]!;
  if (!isInline(first)) return false;
  const before = tokens[amount.start - 1];
  if (!before) return false;
  const [words, abbreviations] = language === "es" ? [SPANISH_IDENTIFIER_WORDS, SPANISH_ABBREVIATIONS] : [IDENTIFIER_WORDS, ABBREVIATIONS];
  if (before.kind === "word" && words.has(before.lower) && (first.gapBefore !== "" || (language === "es" && before.lower === "º"))) return true;
  if (before.kind === "punct" && (before.text === "§" || before.text === "№" || before.text === "#")) return true;
  if (isPunct(before, ".") && isAttached(before)) {
    const word = tokens[amount.start - 2];
    return word !== undefined && word.kind === "word" && abbreviations.has(word.lower) && first.gapBefore !== "";
  }
  return false;
}

/**
 * True when the number comes right after a capitalised word that does not start a sentence
 * ("Boeing 737", "Apollo 11"). `findQuantities` skips such a number only when it is not
 * hedged and counts nothing, so a title-case headline ("Trump Sends 238 Venezuelans") still
 * reads.
 */
export function isProperNounBefore(tokens: readonly Token[], amount: Amount, language: ReadingLanguage = "en"): boolean {
  const first = tokens[amount.start]!;
  const before = tokens[amount.start - 1];
  if (!before || !isInline(first) || first.gapBefore === "" || !isCapitalised(before) || isMonth(before, language)) return false;
  const opener = tokens[amount.start - 2];
  if (!opener || !isInline(before)) return false; // the capitalised word starts the text or a line
  if (language === "es" && opener.kind === "punct" && SPANISH_SENTENCE_OPENERS.has(opener.text)) return false;
  return !(opener.kind === "punct" && SENTENCE_OPENERS.has(opener.text));
}

/** Words before a four-digit number that make it a year ("in 2025", "the 2025 flights", "March 2025"). */
const YEAR_CUES = new Set([
  "in",
  "since",
  "by",
  "from",
  "until",
  "till",
  "through",
  "thru",
  "during",
  "before",
  "after",
  "the",
  "early",
  "late",
  "mid",
  "fiscal",
  "fy",
  "year",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
]);

/**
 * Context that makes a plain four-digit number a year: a year cue or a month right before it,
 * or a comma right before it after a day number ("March 16, 2025").
 */
export function isYearContext(tokens: readonly Token[], amount: Amount, language: ReadingLanguage = "en"): boolean {
  const before = tokens[amount.start - 1];
  if (!before || !isInline(tokens[amount.start])) return false;
  if (language === "es") {
    if (before.kind !== "word") return before.text === ",";
    // "de 2025" only after a month or a year cue: "marzo de 2025", "a finales de 2024" (not "la llegada de 2000 personas").
    if (before.lower === "de") return isMonth(tokens[amount.start - 2], "es") || SPANISH_YEAR_CUES.has(tokens[amount.start - 2]?.lower ?? "");
    return SPANISH_YEAR_CUES.has(before.lower) || isMonth(before, "es");
  }
  if (before.kind === "word") return YEAR_CUES.has(before.lower) || isMonth(before);
  return before.text === ",";
}
