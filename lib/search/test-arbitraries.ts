/** fast-check arbitraries shared by the search tests (lib/search and db/search-syntax.test.ts). */
import fc from "fast-check";

/** Property tests run a few hundred cases: generous, for a machine shared by several test runs. */
export const PROPERTY_TIMEOUT = 60_000;

/** Strings made of the query language's own pieces and the engines' operators. */
export const queryLike = fc
  .array(
    fc.constantFrom(
      ...'deportados cárcel carcel inmates "los deportados" -niños -"año pasado" NEAR( ) OR AND NOT * ^ : col:x " “ » - \' \\ & | ! <-> ( ) ; -- 🙂 \u0000 40.000 covid-19 DROP'.split(
        " ",
      ),
      " ",
      '"',
      "-",
    ),
    { maxLength: 25 },
  )
  .map((pieces) => pieces.join(""));
