/**
 * Spanish cardinal number words: "doscientos treinta y ocho", "veintiún", "ciento uno",
 * "mil quinientos", "dos mil", "un millón", "medio millón", "tres millones doscientos mil",
 * "mil millones", "una docena", "media docena", "un centenar", "un millón y medio".
 *
 * Contract of {@link readSpanishNumberWords}:
 * - Reads the longest well-formed number starting at token `i` and returns its value, the
 *   scale it ends on and the index one past its last token, or null.
 * - Well-formed: within a group below a thousand, a hundreds word ("cien", "ciento",
 *   "doscientos/as", …) comes first, then a tens word ("treinta", …) optionally followed by
 *   "y" and a unit ("treinta y ocho"), or a unit, a word from ten to fifteen, "dieci-" or
 *   "veinti-" words alone ("dieciséis", "veintiún"); "cien" takes no smaller word after it.
 *   "mil" multiplies the group before it (or stands alone: "mil" is 1000), "millón/millones"
 *   and "billón/billones" likewise, in decreasing order; "mil millones" is 10^9. Anything else
 *   ends the number: "dos tres" is two numbers.
 * - "un"/"una" count as one only before "millón", "billón", "docena" or a collective word
 *   ("un centenar"); alone they are the article. "uno" alone is one.
 * - "media docena" = 6, "medio millón" = 500000; "y medio"/"y media" after "millón",
 *   "millones" or "mil" adds half of it ("un millón y medio" = 1500000).
 * - Collective words read as about that many (`approximate`): "una decena" (10), "una
 *   veintena" (20), "un centenar" (100), "un millar" (1000), and their plurals after a
 *   number ("dos centenares" = about 200). A dozen ("una docena") is exact, as in English.
 * - Words must be on one line and separated by whitespace only. Accents may be missing
 *   ("veintidos", "dieciseis", "millon").
 */
import { lookupTable } from "./lookup-table";
import { isInline, type Token } from "./tokenize";

const UNITS: Readonly<Record<string, number>> = lookupTable({
  cero: 0,
  uno: 1,
  un: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
});
/** Words from ten to twenty-nine written as one word. */
const TEENS: Readonly<Record<string, number>> = lookupTable({
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiún: 21,
  veintiun: 21,
  veintiuna: 21,
  veintidós: 22,
  veintidos: 22,
  veintitrés: 23,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
});
const TENS: Readonly<Record<string, number>> = lookupTable({
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
});
const HUNDREDS: Readonly<Record<string, number>> = lookupTable({
  cien: 100,
  ciento: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900,
});
/** Scale words above a thousand (singular only after "un"/"uno"). */
const BIG_SCALES: Readonly<Record<string, number>> = lookupTable({
  millón: 1e6,
  millon: 1e6,
  millones: 1e6,
  billón: 1e12,
  billon: 1e12,
  billones: 1e12,
});
/** Words for a set of about so many: "un centenar" is about a hundred. */
const COLLECTIVES: Readonly<Record<string, number>> = lookupTable({
  decena: 10,
  decenas: 10,
  veintena: 20,
  veintenas: 20,
  centenar: 100,
  centenares: 100,
  millar: 1000,
  millares: 1000,
});
const DOZENS: Readonly<Record<string, number>> = lookupTable({ docena: 12, docenas: 12 });

/** Scale words that may follow digits: "2 mil", "1,5 millones", "2,3 mil millones", "3 docenas". */
export const SPANISH_SCALES_AFTER_DIGITS: Readonly<Record<string, number>> = lookupTable({ mil: 1e3, ...BIG_SCALES, ...DOZENS });

/** True when the lower-cased word is a Spanish cardinal, scale or collective word (not "un"/"una"). */
export function isSpanishNumberWord(lower: string): boolean {
  if (lower === "un" || lower === "una") return false;
  return (
    lower in UNITS || lower in TEENS || lower in TENS || lower in HUNDREDS || lower in BIG_SCALES || lower in COLLECTIVES || lower in DOZENS || lower === "mil"
  );
}

export interface SpanishNumberWords {
  value: number;
  /** The scale word the number ends on ("dos mil" → 1000, "tres docenas" → 12), else 1. */
  multiplier: number;
  end: number;
  /** Ends on a collective word ("un centenar"): the number is approximate. */
  approximate: boolean;
}

type Last = "start" | "unit" | "teen" | "tens" | "y" | "hundred" | "cien" | "mil" | "scale";

/** Token `j` is a word on the same line as the previous token, spaced from it. */
function spacedWord(tokens: readonly Token[], j: number): Token | undefined {
  const token = tokens[j];
  return token && token.kind === "word" && isInline(token) && token.gapBefore !== "" ? token : undefined;
}

/** See the module comment. Never throws. */
export function readSpanishNumberWords(tokens: readonly Token[], i: number): SpanishNumberWords | null {
  const first = tokens[i];
  if (!first || first.kind !== "word") return null;
  const second = spacedWord(tokens, i + 1);

  // "media docena", "medio millón".
  if ((first.lower === "media" || first.lower === "medio") && second) {
    if (second.lower === "docena") return { value: 6, multiplier: 12, end: i + 2, approximate: false };
    if (second.lower === "millón" || second.lower === "millon") return { value: 500000, multiplier: 1e6, end: i + 2, approximate: false };
    return null;
  }
  // "un"/"una" only before a scale, a dozen or a collective word.
  if ((first.lower === "un" || first.lower === "una") && !(second && (second.lower in BIG_SCALES || second.lower in COLLECTIVES || second.lower in DOZENS))) {
    return null;
  }

  let total = 0;
  let group = 0;
  let lastScale = Infinity;
  let last: Last = "start";
  let multiplier = 1;
  let end = i;
  let approximate = false;

  for (let j = i; j < tokens.length; j++) {
    const token = j === i ? first : spacedWord(tokens, j);
    if (!token) break;
    const w = token.lower;
    if (w in UNITS) {
      if (!(last === "start" || last === "y" || last === "hundred" || last === "mil" || last === "scale")) break;
      if (w === "cero" && last !== "start") break;
      group += UNITS[w]!;
      last = "unit";
      multiplier = 1;
    } else if (w in TEENS) {
      if (!(last === "start" || last === "hundred" || last === "mil" || last === "scale")) break;
      group += TEENS[w]!;
      last = "teen";
      multiplier = 1;
    } else if (w in TENS) {
      if (!(last === "start" || last === "hundred" || last === "mil" || last === "scale")) break;
      group += TENS[w]!;
      last = "tens";
      multiplier = 1;
    } else if (w === "y") {
      // "treinta y ocho"; "un millón y medio".
      const next = spacedWord(tokens, j + 1);
      if (last === "tens" && next && next.lower in UNITS && next.lower !== "cero") {
        last = "y";
        continue;
      }
      if ((last === "scale" || last === "mil") && next && (next.lower === "medio" || next.lower === "media") && group === 0) {
        total += multiplier / 2;
        end = j + 2;
        break;
      }
      break;
    } else if (w in HUNDREDS) {
      if (!(last === "start" || last === "mil" || last === "scale")) break;
      group += HUNDREDS[w]!;
      last = w === "cien" ? "cien" : "hundred";
      multiplier = 100;
    } else if (w === "mil") {
      if (last === "mil" || last === "y" || lastScale <= 1e3) break;
      const times = group === 0 && (last === "start" || last === "scale") ? 1 : group;
      if (times === 0) break;
      const next = spacedWord(tokens, j + 1);
      if (next && (next.lower === "millones" || next.lower === "millón" || next.lower === "millon") && lastScale > 1e9) {
        // "mil millones", "dos mil millones": thousands of millions.
        total += times * 1e9;
        lastScale = 1e9;
        multiplier = 1e9;
        group = 0;
        last = "scale";
        j++;
        end = j + 1;
        continue;
      }
      total += times * 1e3;
      group = 0;
      lastScale = 1e3;
      multiplier = 1e3;
      last = "mil";
    } else if (w in BIG_SCALES) {
      const scale = BIG_SCALES[w]!;
      if (last === "start" || last === "y" || last === "mil" || last === "scale" || scale >= lastScale || group === 0) break;
      const singular = !w.endsWith("es");
      if (singular !== (group === 1)) break; // "un millón", "dos millones"
      total += group * scale;
      group = 0;
      lastScale = scale;
      multiplier = scale;
      last = "scale";
    } else if (w in COLLECTIVES || w in DOZENS) {
      if (!(last === "unit" || last === "teen" || last === "tens") || total > 0) break;
      const singular = !w.endsWith("s");
      if (singular !== (group === 1)) break; // "un centenar", "dos centenares"
      const size = COLLECTIVES[w] ?? DOZENS[w]!;
      group *= size;
      multiplier = size;
      approximate = w in COLLECTIVES;
      end = j + 1;
      break;
    } else break;
    end = j + 1;
  }
  if (end === i) return null;
  // "un"/"una" alone are articles; they were only allowed before a scale.
  if (end === i + 1 && (first.lower === "un" || first.lower === "una")) return null;
  const value = total + group;
  return { value, multiplier, end, approximate };
}
