/**
 * fast-check generators for the quantity property tests (test-only module): texts dense
 * with figures, hedges, dates, units and punctuation, so the reader's paths are exercised
 * in odd combinations; and well-formed Quantities and intervals.
 */
import fc from "fast-check";
import type { Interval } from "./interval";
import { hedges, type Quantity } from "./types";

const PIECES = [
  "over",
  "more than",
  "roughly",
  "about",
  "some",
  "nearly",
  "almost",
  "just under",
  "just over",
  "at least",
  "up to",
  "as many as",
  "fewer than",
  "under",
  "between",
  "and",
  "to",
  "or",
  "or more",
  "or so",
  "-odd",
  "+",
  "~",
  "<",
  ">",
  "a",
  "dozen",
  "half",
  "hundred",
  "hundreds",
  "of",
  "tens",
  "thousands",
  "thousand",
  "million",
  "billion",
  "k",
  "m",
  "bn",
  "two",
  "twenty",
  "-",
  "three",
  "one",
  "zero",
  "eleven",
  "ninety",
  "several",
  "few",
  "handful",
  "percent",
  "per cent",
  "%",
  "$",
  "€",
  "£",
  "US$",
  "USD",
  "dollars",
  "Venezuelans",
  "alleged",
  "gang",
  "members",
  "people",
  "deportees",
  "days",
  "years",
  "old",
  "year",
  "aged",
  "March",
  "May",
  "16",
  "16th",
  "2025",
  "1990s",
  "3",
  "p.m.",
  "pm",
  ":",
  "/",
  "(",
  ")",
  "Flight",
  "Section",
  "No.",
  "#",
  "MS-13",
  "238",
  "250",
  "40,000",
  "1,500.5",
  "1.5",
  "0",
  "0.0",
  "99999999999999999999",
  "1e308",
  ".",
  ",",
  "—",
  "–",
  "\n",
  "the",
  "in",
  "were",
  "deported",
  "constructor",
  "__proto__",
  "toString",
  "٢٥٠",
];

/** A text of 0–25 pieces joined by spaces or nothing. */
export const figureText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(" ", " ", " ", "", "\u00a0", "\n")), { maxLength: 25 })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(""));

/** Any string, figure-ish or not. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  figureText,
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(..."0123456789,.- %$abc~"), maxLength: 40 }),
);

const bound = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom(0, 0.5, 1.5, 200, 250));

/** A non-empty interval with small ends (so equal ends are common), possibly unbounded. */
export const nonEmptyInterval: fc.Arbitrary<Interval> = fc.tuple(bound, bound, fc.boolean(), fc.boolean(), fc.boolean()).map(([x, y, li, hi, unbounded]) => {
  const low = Math.min(x, y);
  const high = unbounded ? Infinity : Math.max(x, y);
  if (high === Infinity) return { low, high, lowInclusive: li, highInclusive: false };
  if (low === high) return { low, high, lowInclusive: true, highInclusive: true };
  return { low, high, lowInclusive: li, highInclusive: hi };
});

/** A Quantity that keeps the invariants, with a unit from a small list. */
export const quantity: fc.Arbitrary<Quantity> = fc
  .tuple(nonEmptyInterval, fc.constantFrom(...hedges), fc.constantFrom(null, "Venezuelans", "alleged Venezuelans", "people", "%", "USD"), fc.boolean())
  .map(([i, hedge, unit, valueAtLow]) => ({
    ...i,
    hedge,
    unit,
    value: valueAtLow || i.high === Infinity ? i.low : i.high,
    text: "figure",
  }));

const SPANISH_PIECES = [
  "más de",
  "al menos",
  "como mínimo",
  "unos",
  "unas",
  "alrededor de",
  "cerca de",
  "aproximadamente",
  "casi",
  "menos de",
  "hasta",
  "no más de",
  "entre",
  "y",
  "o",
  "a",
  "de",
  "desde",
  "un centenar de",
  "cientos de",
  "decenas de",
  "miles de",
  "o más",
  "y pico",
  "un",
  "una",
  "uno",
  "docena",
  "media",
  "medio",
  "millón",
  "millones",
  "mil",
  "doscientos",
  "treinta",
  "veintiún",
  "ciento",
  "por ciento",
  "%",
  "$",
  "€",
  "dólares",
  "venezolanos",
  "presuntos",
  "pandilleros",
  "personas",
  "años",
  "de edad",
  "marzo",
  "Mar.",
  "lunes",
  "las",
  "16",
  "1.º",
  "3.ª",
  "2025",
  "1798",
  "40.000",
  "1,5",
  "1.500",
  "1,500",
  "40\u00a0000",
  "40 000",
  "1.2.3",
  "0,0",
  "99.999.999.999.999.999",
  ":",
  "/",
  "-",
  "—",
  "\n",
  "los",
  "en",
  "el",
  "MS-13",
  "Ley",
  "vuelo",
  "núm.",
  "n.º",
  "constructor",
  "__proto__",
];

/** A Spanish text of 0–25 pieces joined by spaces or nothing, dense with figures, hedges and dates. */
export const spanishFigureText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...SPANISH_PIECES), fc.constantFrom(" ", " ", " ", "", "\u00a0", "\n")), { maxLength: 25 })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(""));

const ES_UNITS = ["", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];
const ES_TEENS = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"];
const ES_TWENTIES = ["veinte", "veintiún", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"];
const ES_TENS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
const ES_HUNDREDS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"];

/** 1–999 in Spanish words, as written before a noun ("veintiún", "ciento un"); "" for 0. */
function spanishBelowThousand(n: number): string {
  if (n === 0) return "";
  if (n === 100) return "cien";
  const hundreds = ES_HUNDREDS[Math.floor(n / 100)]!;
  const rest = n % 100;
  let tail = "";
  if (rest >= 30) tail = ES_TENS[Math.floor(rest / 10)]! + (rest % 10 ? ` y ${ES_UNITS[rest % 10]!}` : "");
  else if (rest >= 20) tail = ES_TWENTIES[rest - 20]!;
  else if (rest >= 10) tail = ES_TEENS[rest - 10]!;
  else tail = ES_UNITS[rest]!;
  return [hundreds, tail].filter(Boolean).join(" ");
}

/**
 * A whole number from 1 to 999,999,999 in Spanish words, as written before a noun (test-only):
 * 238 → "doscientos treinta y ocho", 21000 → "veintiún mil", 1500000 → "un millón quinientos mil".
 */
export function spanishNumberWords(n: number): string {
  const millions = Math.floor(n / 1e6);
  const thousands = Math.floor((n % 1e6) / 1e3);
  const rest = n % 1e3;
  const parts: string[] = [];
  if (millions === 1) parts.push("un millón");
  else if (millions > 1) parts.push(`${spanishBelowThousand(millions)} millones`);
  if (thousands === 1) parts.push("mil");
  else if (thousands > 1) parts.push(`${spanishBelowThousand(thousands)} mil`);
  if (rest > 0) parts.push(spanishBelowThousand(rest));
  return parts.join(" ");
}

/** `n` with Spanish grouping: a dot, a non-breaking space or a narrow no-break space every three digits ("40.000"). */
export function spanishGrouped(n: number, separator: "." | "\u00a0" | "\u202f"): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
