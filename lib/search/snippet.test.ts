import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./parse-query";
import { snippetOf, snippetWithHighlights, type SnippetSegment } from "./snippet";
import { PROPERTY_TIMEOUT, queryLike } from "./test-arbitraries";

const marked = (segments: SnippetSegment[]) => segments.filter((segment) => segment.match).map((segment) => segment.text);
const plain = (segments: SnippetSegment[]) => segments.map((segment) => segment.text).join("");

const report =
  "Según el informe, más de 40.000 personas fueron Deportadas el año pasado. Los deportados\nllegaron a la Cárcel de Tecoluca, " +
  "donde el gobierno dice que hay espacio para todos. La cárcel es la más grande del continente y se construyó en 2023 con fondos públicos.";

describe("snippetOf", () => {
  it("marks the other forms of a query word through the stems, keeping the text's own case and accents", () => {
    const segments = snippetOf(report, parseSearchQuery("deportado carcel"), "es");
    expect(marked(segments)).toEqual(["Deportadas", "deportados", "Cárcel", "cárcel"]);
  });

  it("marks an English word's other forms", () => {
    expect(marked(snippetOf("About 40,000 inmates; each inmate was moved.", parseSearchQuery("inmate"), "en"))).toEqual(["inmates", "inmate"]);
  });

  it("marks a phrase as one segment, only where its words follow each other, across a line break shown as a space", () => {
    const segments = snippetOf(report, parseSearchQuery('"los deportados llegaron"'), "es");
    expect(marked(segments)).toEqual(["Los deportados llegaron"]);
    expect(marked(snippetOf(report, parseSearchQuery('"deportados los"'), "es"))).toEqual([]);
  });

  it("marks overlapping matches of a phrase and a word once, as one segment", () => {
    const segments = snippetOf(report, parseSearchQuery('"los deportados" deportados'), "es");
    expect(marked(segments)).toEqual(["Deportadas", "Los deportados"]);
    expect(plain(segments)).toContain("pasado. Los deportados llegaron");
  });

  it("cuts a window of about 30 words around the best match, with ellipses where it cuts", () => {
    const text = `${"palabra ".repeat(100)}la cárcel y los deportados ${"otra ".repeat(100)}`;
    const segments = snippetOf(text, parseSearchQuery("deportados cárcel"), "es");
    const snippet = plain(segments);
    expect(snippet.startsWith("… palabra")).toBe(true);
    expect(snippet.endsWith("otra …")).toBe(true);
    expect(snippet.split(" ").filter((word) => word !== "…")).toHaveLength(30);
    expect(marked(segments)).toEqual(["cárcel", "deportados"]);
  });

  it("prefers the window with more different query words over one word repeated", () => {
    const text = `cárcel cárcel cárcel cárcel ${"relleno ".repeat(60)} cárcel de deportados ${"fin ".repeat(60)}`;
    expect(marked(snippetOf(text, parseSearchQuery("cárcel deportados"), "es"))).toEqual(["cárcel", "deportados"]);
  });

  it("shows the start of the text when nothing matches, and nothing for a text without characters", () => {
    expect(snippetOf("Una frase corta.", parseSearchQuery("ausente"), "es")).toEqual([{ text: "Una frase corta.", match: false }]);
    expect(snippetOf("  \n ", parseSearchQuery("x"), "es")).toEqual([]);
    expect(snippetOf(" — ¡! ", parseSearchQuery("x"), "es")).toEqual([{ text: "— ¡!", match: false }]);
    expect(plain(snippetOf(report, parseSearchQuery(""), "es", { words: 5 }))).toBe("Según el informe, más de …");
  });

  it("bounds the snippet's length when the words are very long", () => {
    const text = `${"a".repeat(500)} ${"b".repeat(500)} ${"c".repeat(500)}`;
    expect(plain(snippetOf(text, parseSearchQuery("zzz"), "en", { maxLength: 600 }))).toBe(`${"a".repeat(500)} …`);
  });

  it(
    "gives alternating, non-empty segments whose offsets are UTF-16 code units, for any text and query",
    () => {
      fc.assert(
        fc.property(
          fc.string({ unit: "binary", maxLength: 300 }),
          fc.oneof(queryLike, fc.string({ maxLength: 20 })),
          fc.constantFrom("es", "en", null),
          (text, q, language) => {
            const segments = snippetOf(text, parseSearchQuery(q), language);
            expect(segments.every((segment) => segment.text.length > 0)).toBe(true);
            expect(segments.every((segment, i) => i === 0 || segment.match !== segments[i - 1]!.match)).toBe(true);
            const { snippet, highlights } = snippetWithHighlights(segments);
            expect(snippet).toBe(plain(segments));
            expect(highlights.map(([start, end]) => snippet.slice(start, end))).toEqual(marked(segments));
          },
        ),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("snippetWithHighlights", () => {
  it("gives the plain snippet and the [start, end) of each marked part", () => {
    const segments = snippetOf("🙂 Los deportados llegaron", parseSearchQuery("deportados"), "es");
    expect(snippetWithHighlights(segments)).toEqual({ snippet: "🙂 Los deportados llegaron", highlights: [[7, 17]] });
  });
});
