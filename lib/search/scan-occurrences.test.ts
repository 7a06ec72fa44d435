import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { occurrencesOf } from "./find-clauses";
import { parseSearchQuery } from "./parse-query";
import { scanOccurrences } from "./scan-occurrences";
import { termsOfTokens } from "./terms";
import { PROPERTY_TIMEOUT, queryLike } from "./test-arbitraries";
import { tokensOf } from "./tokenize";

/** Words whose stems change more than an ending, or start with y, capitals, digits, accents and other scripts. */
const trickyWords =
  "dying lying tying skies ugly early only Yelling yes You gently idly news Cities 40.000 40,000 1,234 Árbol árboles Élections élection ñandú Ñoño " +
  "deportados Deportación cárcel CARCEL inmates Inmate ＡＢＣ ﬁn İstanbul Москва москве a½ y Y 19s";
const tricky = trickyWords.split(" ");
const text = fc.array(fc.oneof(fc.constantFrom(...tricky), fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 60 }).map((words) => words.join(" "));
const query = fc.oneof(
  fc.array(fc.constantFrom(...tricky), { minLength: 1, maxLength: 4 }).map((words) => words.join(" ")),
  fc.array(fc.constantFrom(...tricky), { minLength: 2, maxLength: 3 }).map((words) => `"${words.join(" ")}"`),
  queryLike,
);

describe("scanOccurrences", () => {
  it(
    "finds what find-clauses finds over every word's term, for any text, query and language",
    () => {
      fc.assert(
        fc.property(text, query, fc.constantFrom("es", "en", "fr", null), (body, q, language) => {
          const parsed = parseSearchQuery(q);
          const tokens = tokensOf(body);
          const scanned = scanOccurrences(body, parsed.include, language);
          expect(scanned.occurrences).toEqual(occurrencesOf(termsOfTokens(tokens, language), parsed.include));
          expect({ count: scanned.count, starts: [...scanned.starts.slice(0, scanned.count)], ends: [...scanned.ends.slice(0, scanned.count)] }).toEqual({
            count: tokens.length,
            starts: tokens.map((token) => token.start),
            ends: tokens.map((token) => token.end),
          });
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it("finds words whose stem changes more than the ending (dying → die) and words of other scripts", () => {
    expect(scanOccurrences("Nobody was dying there", parseSearchQuery("die").include, "en").occurrences).toEqual([{ clause: 0, first: 2, end: 3 }]);
    expect(scanOccurrences("В Москве и Москва", parseSearchQuery("москва").include, "ru").occurrences).toEqual([{ clause: 0, first: 3, end: 4 }]);
    // A word starting with an ASCII letter whose term is spelt "zz…" all the same.
    expect(scanOccurrences("x a½ y", parseSearchQuery("a½").include, "es").occurrences).toEqual([{ clause: 0, first: 1, end: 2 }]);
  });
});
