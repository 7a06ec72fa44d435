/**
 * Who said a Spanish quotation: the speech verb and the speaker beside it — `«…», afirmó el
 * ministro`, `«…», según la fiscalía`, `El ministro dijo: «…»`, `Según el ministro, «…»`,
 * `—… —aseguró la madre—.`.
 *
 * Contract: functions of the tokens of one line (`tokenize(line, "es")`); a speaker is at most
 * {@link MAX_SPEAKER_WORDS} words, stops at punctuation, a quotation mark, a dash or a line
 * break, and is a pronoun-free noun phrase or name ("él dijo" names nobody: speaker null).
 * Table lookups only; never throws.
 */
import { isInline, type Token } from "../../quantities/tokenize";

/** Speech verbs, as a Spanish news text writes them (third person, past and present). */
export const SPANISH_SPEECH_VERBS = new Set([
  "dijo",
  "dice",
  "decía",
  "dijeron",
  "afirmó",
  "afirma",
  "afirmaba",
  "afirmaron",
  "aseguró",
  "asegura",
  "aseguraba",
  "aseguraron",
  "declaró",
  "declara",
  "declararon",
  "señaló",
  "señala",
  "señalaron",
  "indicó",
  "indica",
  "indicaron",
  "explicó",
  "explica",
  "explicaron",
  "añadió",
  "añade",
  "añadieron",
  "agregó",
  "agrega",
  "agregaron",
  "sostuvo",
  "sostiene",
  "manifestó",
  "expresó",
  "advirtió",
  "advierte",
  "comentó",
  "respondió",
  "contestó",
  "insistió",
  "recordó",
  "subrayó",
  "destacó",
  "precisó",
  "escribió",
  "escribe",
  "publicó",
  "tuiteó",
  "denunció",
  "reconoció",
  "admitió",
  "apuntó",
  "relató",
  "contó",
  "preguntó",
  "aseveró",
  "remarcó",
  "enfatizó",
  "puntualizó",
  "detalló",
  "concluyó",
  "anunció",
  "afirmó",
  "lamentó",
  "criticó",
  "exclamó",
  "replicó",
]);

/** "según" stands for a speech verb before its speaker: «…», según la fiscalía. */
export const ACCORDING_TO = "según";

/** Pronouns that name nobody as a speaker. */
const PRONOUNS = new Set(["él", "ella", "ellos", "ellas", "usted", "ustedes", "yo", "nosotros", "nosotras", "este", "esta", "aquel", "aquella"]);

/** Longest speaker, in words. */
export const MAX_SPEAKER_WORDS = 8;

/**
 * Words that end a speaker: prepositions other than "de" and conjunctions start what is said
 * about the saying, not who said it ("dijo el ministro en una rueda de prensa").
 */
const SPEAKER_ENDS = new Set([
  "en",
  "con",
  "a",
  "al",
  "durante",
  "tras",
  "ante",
  "para",
  "por",
  "sobre",
  "desde",
  "hasta",
  "según",
  "que",
  "quien",
  "cuando",
  "mientras",
  "donde",
  "porque",
  "aunque",
  "pero",
  "hoy",
  "ayer",
  "anoche",
  "después",
  "antes",
  "luego",
  "también",
  "además",
  "este",
  "esta",
  "no",
  "se",
  "le",
  "les",
  "lo",
  "la",
  "y",
  "e",
]);
/** Words a speaker may start with although they end one elsewhere: "la madre", "la fiscalía". */
const SPEAKER_STARTS = new Set(["la"]);

/** Token range [from, to) of a speaker, or null. */
export type TokenSpan = readonly [from: number, to: number];

/** True when token `k` is a word that may be part of a speaker (reading forwards: on the same line as the one before). */
function speakerWord(tokens: readonly Token[], k: number, first: boolean, backwards = false): boolean {
  const token = tokens[k];
  if (token === undefined || token.kind !== "word" || (!backwards && !isInline(token)) || SPANISH_SPEECH_VERBS.has(token.lower)) return false;
  return !SPEAKER_ENDS.has(token.lower) || (first && SPEAKER_STARTS.has(token.lower));
}

/** The speaker after token `k - 1` (after the verb or "según"): words up to punctuation. */
export function speakerAfter(tokens: readonly Token[], k: number): TokenSpan | null {
  let to = k;
  while (to - k < MAX_SPEAKER_WORDS && speakerWord(tokens, to, to === k)) to++;
  return named(tokens, k, to);
}

/** The speaker ending right before token `k` (the verb): words back to punctuation. */
export function speakerBefore(tokens: readonly Token[], k: number, lineStart: number): TokenSpan | null {
  let from = k;
  while (k - from < MAX_SPEAKER_WORDS && from - 1 >= lineStart && speakerWord(tokens, from - 1, true, true) && isInline(tokens[from])) from--;
  return named(tokens, from, k);
}

function named(tokens: readonly Token[], from: number, to: number): TokenSpan | null {
  if (to <= from) return null;
  if (to - from === 1 && PRONOUNS.has(tokens[from]!.lower)) return null;
  return [from, to];
}
