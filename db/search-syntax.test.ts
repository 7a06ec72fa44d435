import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { indexTermsOf, matchesSearchQuery, parseSearchQuery, toFts5AnyTerm, toFts5Match, toTsquery, toTsqueryAnyTerm } from "@/lib/search";
import { PROPERTY_TIMEOUT, queryLike } from "@/lib/search/test-arbitraries";
import type { Engine } from "./client";
import { installTestDatabase } from "./test-database";

/**
 * lib/search's renderings against the real engines (both projects: SQLite FTS5 with its default
 * unicode61 tokenizer, PostgreSQL's to_tsquery/to_tsvector with 'simple'). For any input the
 * expression parses, and the engine selects exactly the texts lib/search's own reading
 * (matchesSearchQuery) selects, so the two engines agree with each other.
 */
type Document = { id: number; text: string; language: string | null };

const corpus: Document[] = [
  { id: 1, text: "Más de 40.000 deportados llegaron a la cárcel de Tecoluca.", language: "es" },
  { id: 2, text: "La deportación de una mujer deportada el año pasado.", language: "es" },
  { id: 3, text: "About 40,000 inmates were deported; each inmate was moved to the prison.", language: "en" },
  { id: 4, text: "The carcel is a word for prison; deportados is Spanish.", language: "en" },
  { id: 5, text: "Los niños no llegaron a la carcel: NEAR OR AND NOT * ^ col:x.", language: "es" },
  { id: 6, text: "Déportés à la frontière, selon le ministère.", language: "fr" },
  { id: 7, text: "COVID-19's toll in Москва was 1,234,567 per the data.", language: "en" },
  { id: 8, text: "Según las elecciones, la elección aumentó la pobreza de los pobres.", language: "es" },
  { id: 9, text: "Una cárcel, dos cárceles; los deportados no llegaron.", language: null },
  { id: 10, text: "", language: "es" },
];
const wordsOf = (document: Document) => document.text.split(/[\s.,;:]+/).filter(Boolean);
const texts = corpus.filter((document) => document.text !== "");

type Spelling = "as written" | "unaccented" | "upper";
const spelt = (text: string, spelling: Spelling) =>
  spelling === "unaccented" ? text.normalize("NFD").replace(/\p{M}/gu, "") : spelling === "upper" ? text.toUpperCase() : text;
const spelling = fc.constantFrom<Spelling>("as written", "unaccented", "upper");

/**
 * Queries from the corpus's own words, so that many match: runs of 1–3 consecutive words of one
 * document (quoted or not, some without accents or in capitals), and exclusions of a run of any
 * document.
 */
const corpusQuery = fc
  .tuple(
    fc.constantFrom(...texts),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 }), fc.boolean(), spelling), { minLength: 1, maxLength: 2 }),
    fc.array(fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({ min: 1, max: 2 }), spelling), { maxLength: 2 }),
  )
  .map(([document, positives, negatives]) => {
    const run = (of: Document, start: number, length: number) => {
      const words = wordsOf(of);
      const first = start % words.length;
      return words.slice(first, first + length);
    };
    const clause = (words: string[], quoted: boolean, how: Spelling) => spelt(quoted || words.length > 1 ? `"${words.join(" ")}"` : words.join(" "), how);
    return [
      ...positives.map(([start, length, quoted, how]) => clause(run(document, start, length), quoted, how)),
      ...negatives.map(([of, start, length, how]) => `-${clause(run(of, start, length), false, how)}`),
    ].join(" ");
  });

interface Searcher {
  /** The ids of the corpus documents the expression selects, in order. */
  search(expression: string): Promise<number[]>;
  /** The (term, 0-based position) pairs the engine reads from a terms string, sorted. */
  lexemesOf(terms: string): Promise<[string, number][]>;
}

const byTermThenPosition = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);

async function searcherOn(engine: Engine): Promise<Searcher> {
  if (engine.kind === "sqlite") {
    const sqlite = engine.writer;
    sqlite.exec("create virtual table temp.search_syntax using fts5(terms)");
    sqlite.exec("create virtual table temp.lexemes using fts5(terms)");
    sqlite.exec("create virtual table temp.lexemes_vocabulary using fts5vocab(lexemes, instance)");
    const insert = sqlite.prepare("insert into search_syntax (rowid, terms) values (?, ?)");
    for (const document of corpus) insert.run(document.id, indexTermsOf(document.text, document.language));
    const select = sqlite.prepare("select rowid as id from search_syntax where search_syntax match ? order by rowid");
    return {
      search: async (expression) => (select.all(expression) as { id: number }[]).map((row) => row.id),
      lexemesOf: async (terms) => {
        sqlite.exec("delete from lexemes");
        sqlite.prepare("insert into lexemes (terms) values (?)").run(terms);
        const rows = sqlite.prepare("select term, offset from lexemes_vocabulary").all() as { term: string; offset: number }[];
        return rows.map((row): [string, number] => [row.term, row.offset]).sort(byTermThenPosition);
      },
    };
  }
  const pool = engine.pool;
  await pool.query("create table search_syntax (id integer primary key, terms tsvector not null)");
  for (const document of corpus) {
    await pool.query("insert into search_syntax (id, terms) values ($1, to_tsvector('simple', $2))", [
      document.id,
      indexTermsOf(document.text, document.language),
    ]);
  }
  return {
    search: async (expression) => {
      const { rows } = await pool.query<{ id: number }>("select id from search_syntax where terms @@ to_tsquery('simple', $1) order by id", [expression]);
      return rows.map((row) => row.id);
    },
    lexemesOf: async (terms) => {
      const { rows } = await pool.query<{ lexeme: string; positions: number[] }>("select lexeme, positions from unnest(to_tsvector('simple', $1))", [terms]);
      return rows.flatMap((row) => row.positions.map((position): [string, number] => [row.lexeme, position - 1])).sort(byTermThenPosition);
    },
  };
}

let engine: Engine;
let searcher: Searcher;
let render: (query: ReturnType<typeof parseSearchQuery>) => string | null;

beforeAll(async () => {
  engine = await installTestDatabase();
  searcher = await searcherOn(engine);
  // On SQLite through a column filter, as an index with several columns would query its terms.
  render = engine.kind === "sqlite" ? (parsed) => toFts5Match(parsed, { column: "terms" }) : toTsquery;
});

const expected = (q: string) => {
  const parsed = parseSearchQuery(q);
  return corpus.filter((document) => matchesSearchQuery(document.text, parsed, document.language)).map((document) => document.id);
};
const found = async (q: string) => {
  const expression = render(parseSearchQuery(q));
  return expression === null ? [] : searcher.search(expression);
};

describe("search expressions on the engine", () => {
  it("find a word's other forms and spellings: carcel, deportacion, inmate", async () => {
    expect(await found("carcel")).toEqual([1, 4, 5, 9]);
    expect(await found("CÁRCELES")).toEqual([1, 4, 5, 9]);
    expect(await found("deportacion")).toEqual([1, 2, 3]);
    expect(await found("deportada")).toEqual([1, 2, 3]);
    expect(await found("inmate")).toEqual([3]);
    expect(await found("eleccion")).toEqual([8]);
    expect(await found("40000")).toEqual([1, 3]);
  });

  it("find phrases only where the words follow each other, and leave out exclusions", async () => {
    expect(await found('"los deportados"')).toEqual([9]);
    expect(await found('"deportados llegaron"')).toEqual([1]);
    expect(await found('"la carcel"')).toEqual([1, 5]);
    expect(await found("carcel -niños")).toEqual([1, 4, 9]);
    expect(await found('carcel -"los niños"')).toEqual([1, 4, 9]);
    expect(await found('deportados -"dos cárceles" -inmates')).toEqual([1, 2, 4]);
  });

  it("read operators and punctuation in the query as text", async () => {
    expect(await found("NEAR OR AND NOT")).toEqual([5]);
    expect(await found("col:x")).toEqual([5]);
    expect(await found('"')).toEqual([]);
    expect(await found("москва covid-19")).toEqual([7]);
  });

  it("find the texts holding any of some terms (the OR of built terms)", async () => {
    const anyTerm = engine.kind === "sqlite" ? toFts5AnyTerm : toTsqueryAnyTerm;
    expect(await searcher.search(anyTerm(["inmat", "frontiere", "nothing"])!)).toEqual([3, 6]);
  });

  it("run the largest queries the parser makes: 32 words of several alternatives, a 32-word phrase, excluded phrases up to the word limit", async () => {
    const consonants = "bcdfglmnprstv";
    const words = Array.from({ length: 40 }, (_, i) => `co${consonants[i % 13]}${consonants[(i * 7) % 13]}eriamos`);
    const largest = [
      words.join(" "),
      `"${words.join(" ")}"`,
      `deportados ${words.slice(0, 15).join(" ")} -${words
        .slice(15, 31)
        .map((word) => `"${word} ${word}"`)
        .join(" -")}`,
    ];
    expect(parseSearchQuery(largest[0]).include.map((clause) => clause.words[0]!.alternatives.length > 1)).toEqual(Array(32).fill(true));
    expect(parseSearchQuery(largest[1]).include[0]!.words).toHaveLength(32);
    expect(parseSearchQuery(largest[2]).exclude).toHaveLength(8); // 32 words: "deportados", 15 words, 8 phrases of 2
    expect(await Promise.all(largest.map(found))).toEqual([[], [], []]);
  });

  it(
    "parse for any input and select exactly the texts lib/search reads as matching",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(corpusQuery, queryLike, fc.string({ unit: "binary", maxLength: 120 })), async (q) => {
          expect(await found(q)).toEqual(expected(q));
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "read a terms string as exactly its terms, at their positions, for any text",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: "binary", maxLength: 150 }), fc.constantFrom("es", "en", null), async (text, language) => {
          const terms = indexTermsOf(text, language);
          const positioned = terms === "" ? [] : terms.split(" ").map((term, position): [string, number] => [term, position]);
          expect(await searcher.lexemesOf(terms)).toEqual(positioned.sort(byTermThenPosition));
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
