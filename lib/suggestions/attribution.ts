/**
 * Finds who said a quotation: the SPEAKER + speech VERB right next to it.
 *
 * Contract:
 * - VERB is one of {@link SPEECH_VERBS}; SPEAKER is a pronoun, up to four
 *   proper nouns, or a short determiner/adjective/noun phrase ("a
 *   spokesperson", "the interior minister") with at most one of/for/at/from
 *   phrase ("a spokesperson for the ministry"), matched with compromise
 *   `.match()` patterns within {@link ATTRIBUTION_WINDOW} terms.
 * - After a quote: SPEAKER VERB, VERB SPEAKER or "according to SPEAKER",
 *   starting at the first term after the closing mark.
 * - Before a quote: SPEAKER VERB, ending at the term before the opening mark.
 * - A match is cut at punctuation, keeping the part next to the quote ("said
 *   Ana Ruiz, a lawyer" keeps "said Ana Ruiz"; "In a post, Bukele wrote"
 *   keeps "Bukele wrote"), and must then still end with the verb or — after
 *   a quote — start with the verb (or "according to") and name a speaker.
 * - Each pattern runs once over a view of all the windows, not once per
 *   quote; the result maps each window's quote-side term ("n:t") to the
 *   longest attribution found there.
 */
import type { Doc, ParsedSource, Term, TermRange } from "./parse";
import { joined } from "./terms";

export const SPEECH_VERBS = [
  "said",
  "says",
  "say",
  "told",
  "tells",
  "added",
  "adds",
  "wrote",
  "writes",
  "posted",
  "posts",
  "stated",
  "states",
  "declared",
  "announced",
  "explained",
  "argued",
  "insisted",
  "claimed",
  "noted",
  "asked",
  "tweeted",
  "warned",
  "replied",
  "responded",
  "continued",
  "acknowledged",
  "recalled",
  "admitted",
  "testified",
  "remarked",
  "countered",
  "conceded",
  "stressed",
];
const VERB = `(${SPEECH_VERBS.join("|")})`;
const NOUN_PHRASE = "#Determiner? (#Adjective|#Noun){1,4}";
/** "a spokesperson for the ministry", "the mayor of Soyapango". */
const WITH_OF = `${NOUN_PHRASE} (of|for|at|from) ${NOUN_PHRASE}`;

/** How many terms on the quote's side to look at. */
export const ATTRIBUTION_WINDOW = 10;

const AFTER_PATTERNS = [
  `#Pronoun ${VERB}`,
  `#ProperNoun{1,4} ${VERB}`,
  `${NOUN_PHRASE} ${VERB}`,
  `${WITH_OF} ${VERB}`,
  `${VERB} #ProperNoun{1,4}`,
  `${VERB} ${NOUN_PHRASE}`,
  `${VERB} ${WITH_OF}`,
  `according to #ProperNoun{1,4}`,
  `according to ${NOUN_PHRASE}`,
  `according to ${WITH_OF}`,
];
const BEFORE_PATTERNS = [`#Pronoun ${VERB}`, `#ProperNoun{1,4} ${VERB}`, `${NOUN_PHRASE} ${VERB}`, `${WITH_OF} ${VERB}`];

/** True if only whitespace on one line separates term t from term t + 1. */
function tight(terms: Term[], t: number): boolean {
  return joined(terms[t], terms[t + 1]);
}

function isSpeechVerb(term: Term | undefined): boolean {
  return term !== undefined && SPEECH_VERBS.includes(term.normal);
}

/**
 * Attributions for many quotes at once. `windows` are term ranges beside
 * the quotes; with side "after" a match must start at its window's start,
 * with side "before" it must end at its window's end. Keys are "n:t" of that
 * edge.
 */
export function findAttributions(parsed: ParsedSource, windows: readonly TermRange[], side: "after" | "before"): Map<string, TermRange> {
  const best = new Map<string, TermRange>();
  if (windows.length === 0) return best;
  const after = side === "after";
  const wanted = new Set(windows.map(([n, s, e]) => `${n}:${after ? s : e}`));
  const view: Doc = parsed.viewOf(windows);
  for (const pattern of after ? AFTER_PATTERNS : BEFORE_PATTERNS) {
    for (const [n, s, e] of parsed.ranges(view.match(pattern))) {
      const key = `${n}:${after ? s : e}`;
      if (!wanted.has(key)) continue;
      const terms = parsed.sentences[n]!;
      let a = s;
      let b = e;
      if (after) {
        for (let t = a; t < b - 1; t++) {
          if (!tight(terms, t)) {
            b = t + 1;
            break;
          }
        }
      } else {
        for (let t = b - 2; t >= a; t--) {
          if (!tight(terms, t)) {
            a = t + 1;
            break;
          }
        }
      }
      if (b - a < 2) continue;
      const verbLast = isSpeechVerb(terms[b - 1]) && (!after || b === e);
      const verbFirst = after && (isSpeechVerb(terms[a]) || (terms[a]?.normal === "according" && b - a >= 3));
      if (!verbLast && !verbFirst) continue;
      const prev = best.get(key);
      if (!prev || b - a > prev[2] - prev[1]) best.set(key, [n, a, b]);
    }
  }
  return best;
}
