/**
 * The names a claim mentions (people, places, organisations), folded so that they meet across
 * English and Spanish.
 *
 * Contract of {@link namesOf}: a name is a run of capitalised words (or an all-capitals
 * acronym: "CECOT", "ICE"), joined by "de"/"del"/"of"; titles and function words that start a
 * sentence are not names ("The", "El", "President", "Presidente"); the first word of a
 * sentence counts unless the bilingual lexicons know it as a word ("Deforestation", "Inmates"). Each name is
 * lower case, accents folded, and looked up in a small lexicon of names spelt differently in
 * the two languages ("Estados Unidos" = "United States" → "usa"); a demonym in any case names
 * its country ("venezolanos", "Venezuelan" → "venezuela"). Returned as the
 * distinct single words of the names ("nayib", "bukele"), so that "Nayib Bukele" and
 * "Bukele" share one. Never throws.
 */
import { conceptOf } from "./concepts";
import { countedThingOfWord } from "./known-words";
import { fold } from "./words";

/** Names written differently in English and Spanish, folded, to one key. */
const ALIASES: Readonly<Record<string, string>> = {
  "united states": "usa",
  "estados unidos": "usa",
  us: "usa",
  usa: "usa",
  eeuu: "usa",
  "ee uu": "usa",
  "u s": "usa",
  mexico: "mexico",
  spain: "espana",
  espana: "espana",
  brazil: "brasil",
  brasil: "brasil",
  peru: "peru",
  panama: "panama",
  colombia: "colombia",
  guatemala: "guatemala",
  honduras: "honduras",
  haiti: "haiti",
  cuba: "cuba",
  nicaragua: "nicaragua",
  "white house": "casablanca",
  "casa blanca": "casablanca",
  "supreme court": "supremecourt",
  "corte suprema": "supremecourt",
  "tribunal supremo": "supremecourt",
  "european union": "eu",
  "union europea": "eu",
  ue: "eu",
  eu: "eu",
  "united nations": "un",
  "naciones unidas": "un",
  onu: "un",
  un: "un",
  "alien enemies act": "alienenemiesact",
  "ley de enemigos extranjeros": "alienenemiesact",
  "tren de aragua": "trendearagua",
  "department of homeland security": "dhs",
  "departamento de seguridad nacional": "dhs",
  dhs: "dhs",
  ice: "ice",
  cecot: "cecot",
  "terrorism confinement center": "cecot",
  "centro de confinamiento del terrorismo": "cecot",
  amazon: "amazon",
  amazonia: "amazon",
  amazonas: "amazon",
  "border patrol": "borderpatrol",
  "patrulla fronteriza": "borderpatrol",
};

/**
 * Demonyms (folded, singular, both genders in Spanish) to their country's key: "Venezuelan
 * crude" and "Venezuela's crude", "salvadoreños" and "El Salvador" name one country.
 */
const DEMONYMS: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ["venezuela", "venezuelan venezolano venezolana"],
      ["salvador", "salvadoran salvadorean salvadoreno salvadorena"],
      ["mexico", "mexican mexicano mexicana"],
      ["cuba", "cuban cubano cubana"],
      ["haiti", "haitian haitiano haitiana"],
      ["colombia", "colombian colombiano colombiana"],
      ["brasil", "brazilian brasileno brasilena"],
      ["argentina", "argentine argentinian argentino"],
      ["guatemala", "guatemalan guatemalteco guatemalteca"],
      ["honduras", "honduran hondureno hondurena"],
      ["peru", "peruvian peruano peruana"],
      ["espana", "spanish espanol espanola"],
      ["usa", "american estadounidense"],
      ["chile", "chilean chileno chilena"],
      ["germany", "german aleman alemana"],
      ["nicaragua", "nicaraguan nicaraguense"],
    ] as const
  ).flatMap(([country, words]) => words.split(" ").map((word) => [word, country] as const)),
);

/** The country a folded word is the demonym of ("salvadoreños" → "salvador"), or null. */
function countryOfDemonym(word: string): string | null {
  for (const form of [word, word.replace(/e?s$/, ""), word.replace(/s$/, "")]) if (Object.hasOwn(DEMONYMS, form)) return DEMONYMS[form]!;
  return null;
}

const ALIAS_ENTRIES = Object.entries(ALIASES);
const LONG_ALIASES = ALIAS_ENTRIES.filter(([alias]) => alias.length > 3);
const MULTIWORD_ALIASES = ALIAS_ENTRIES.filter(([alias]) => alias.includes(" "));

/** Capitalised words that are not names on their own: titles, months, weekdays, sentence-initial function words. */
const NOT_NAMES = new Set(
  (
    "the a an in on at of for and but or if as by to from with this that these those it its there he she they we i " +
    "president presidente presidenta minister ministro ministra secretary secretario secretaria senator senador senadora " +
    "governor gobernador gobernadora mayor alcalde alcaldesa general judge juez jueza mr mrs ms dr sr sra don dona " +
    "el la los las un una unos unas en de del al y o pero por para con sin segun desde hasta este esta estos estas ese esa " +
    "january february march april may june july august september october november december " +
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre " +
    "monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo " +
    "according about around some nearly almost more over unos unas casi mas alrededor cerca"
  ).split(" "),
);

/** Small words that may sit inside a name ("Tren de Aragua", "Department of Homeland Security"). */
const JOINERS = new Set(["de", "del", "of", "la", "las", "los", "el"]);

interface Token {
  word: string;
  capitalised: boolean;
  acronym: boolean;
  sentenceStart: boolean;
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  for (const match of text.matchAll(/[\p{L}][\p{L}\p{M}'’.-]*|[.!?¿¡:;"“”]/gu)) {
    const raw = match[0];
    if (/^[.!?¿¡:;"“”]$/.test(raw)) {
      sentenceStart = true;
      continue;
    }
    const word = raw
      .replace(/['’]s$/u, "")
      .replace(/[.'’-]+$/g, "")
      .replace(/\./g, "");
    if (word === "") continue;
    const first = word[0]!;
    tokens.push({
      word,
      capitalised: first !== first.toLowerCase(),
      acronym: word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase(),
      sentenceStart,
    });
    sentenceStart = false;
  }
  return tokens;
}

/** Runs of capitalised words, joiners inside allowed, folded. */
function runsOf(tokens: readonly Token[]): { words: string[]; written: string[]; sentenceStart: boolean; acronym: boolean }[] {
  const runs: { words: string[]; written: string[]; sentenceStart: boolean; acronym: boolean }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const folded = fold(token.word);
    if (!token.capitalised || (NOT_NAMES.has(folded) && !token.acronym)) {
      i++;
      continue;
    }
    const run = [folded];
    const written = [token.word];
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j]!;
      if (next.sentenceStart) break;
      if (next.capitalised && !NOT_NAMES.has(fold(next.word))) {
        run.push(fold(next.word));
        written.push(next.word);
        j++;
        continue;
      }
      const after = tokens[j + 1];
      if (JOINERS.has(fold(next.word)) && after && after.capitalised && !after.sentenceStart) {
        run.push(fold(next.word));
        written.push(next.word);
        j++;
        continue;
      }
      break;
    }
    runs.push({ words: run, written, sentenceStart: token.sentenceStart, acronym: token.acronym });
    i = j;
  }
  return runs;
}

/**
 * True for a nationality or group written capitalised in English but not in Spanish
 * ("Venezuelans", "Salvadorans"): a counted thing of lib/quantities' lexicon, or a plural
 * demonym shape. Such a word is what a figure counts, not a name.
 */
function isGroupWord(folded: string): boolean {
  if (/(?:ian|ean|an|ese)s$/.test(folded)) return true;
  return countedThingOfWord(folded, "en")?.kind === "lexicon";
}

export interface NamesOf {
  /** Distinct name keys, sorted: aliases whole ("usa"), other names as their single words ("nayib", "bukele"). */
  names: string[];
  /** Every folded word that was part of a name, so that word similarity does not count it twice. */
  nameWords: Set<string>;
  /** Each name key as the text writes it ("Bukele", "Estados Unidos"), for reasons a person reads. */
  written: Map<string, string>;
}

/** A key's words with capitals, when the text gives no spelling ("salvador" → "Salvador"). */
function capitalised(key: string): string {
  return key.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** See the module comment. */
export function namesOf(text: string): NamesOf {
  const tokens = tokensOf(text);
  const names = new Set<string>();
  const nameWords = new Set<string>();
  const written = new Map<string, string>();
  const spelt = new Set<string>();
  // `asWritten` from the text's own capitalised words wins over a key given capitals.
  const add = (key: string, asWritten: string, fromText = false) => {
    names.add(key);
    if (spelt.has(key)) return;
    if (fromText) spelt.add(key);
    if (fromText || !written.has(key)) written.set(key, asWritten);
  };
  // Aliases are looked up across the folded text first, so lower-case Spanish forms ("ley de enemigos extranjeros") count too.
  const foldedText = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  for (const [alias, key] of LONG_ALIASES) {
    if (foldedText.includes(` ${alias} `)) {
      add(key, capitalised(alias));
      for (const word of alias.split(" ")) nameWords.add(word);
    }
  }
  for (const word of foldedText.split(" ")) {
    const country = countryOfDemonym(word);
    if (country !== null) add(country, capitalised(country));
  }
  for (const run of runsOf(tokens)) {
    if (run.sentenceStart && run.words.length === 1 && !run.acronym) {
      const word = run.words[0]!;
      // A capitalised first word is a name unless it is a word the lexicons know ("Deforestation", "Inmates").
      if (
        word.length <= 3 ||
        conceptOf(word) !== null ||
        countedThingOfWord(word, "en")?.kind === "lexicon" ||
        countedThingOfWord(word, "es")?.kind === "lexicon"
      )
        continue;
    }
    const whole = run.words.join(" ");
    if (Object.hasOwn(ALIASES, whole)) {
      for (const word of run.words) nameWords.add(word);
      add(ALIASES[whole]!, run.written.join(" "), true);
      continue;
    }
    let aliased = false;
    for (const [alias, key] of MULTIWORD_ALIASES) {
      if (` ${whole} `.includes(` ${alias} `)) {
        add(key, capitalised(alias));
        aliased = true;
      }
    }
    for (const word of run.words) if (!isGroupWord(word)) nameWords.add(word);
    if (aliased) continue;
    run.words.forEach((word, at) => {
      if (JOINERS.has(word) || word.length < 2 || isGroupWord(word) || countryOfDemonym(word) !== null) return;
      add(Object.hasOwn(ALIASES, word) ? ALIASES[word]! : word, run.written[at]!, true);
    });
  }
  return { names: [...names].sort(), nameWords, written };
}
