import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readWebAnnotations } from "../annotation-import/read-web-annotations";
import { locales } from "../i18n/locales";
import { catalogues } from "../i18n/messages";
import { translator } from "../i18n/translator";
import { toClaimReviews } from "./claim-review";
import { toMarkdown } from "./markdown";
import type { ExportDocument } from "./model";
import { toReportHtml } from "./report-html";
import { reportWords } from "./report-language";
import { sampleExportDocument } from "./test-document";
import { toAnnotationCollection } from "./web-annotation";

/** The sample investigation with its report language set to Spanish and its first source published on 17 March and written in Spanish. */
function spanishDocument(): ExportDocument {
  const doc = sampleExportDocument();
  return {
    ...doc,
    language: "es",
    sources: doc.sources.map((source, index) => (index === 0 ? { ...source, publishedAt: "2025-03-17", language: "es" } : source)),
  };
}

function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) => (element.textContent ?? "").replace(/\s+/g, " ").trim());
}

describe("the HTML report in Spanish", () => {
  const html = toReportHtml(spanishDocument());
  const { document } = parseHTML(html);

  it("names its language and writes its headings, kicker and title in Spanish", () => {
    expect(document.documentElement.getAttribute("lang")).toBe("es");
    expect(texts(document, "h2")).toEqual(["Fuentes", "Resumen", "Afirmaciones", "Hechos"]);
    expect(texts(document, ".kicker")).toEqual(["Informe de verificación"]);
    expect(document.querySelector("title")?.textContent).toBe("\u2068CECOT flights, March 2025\u2069 · Informe de verificación");
    expect(texts(document, "article.claim h4")).toContain("Justificación");
    expect(texts(document, "table:not(.chart):not(.chart-data-table) thead th")).toEqual([
      "Fuente",
      "Medio",
      "Publicada",
      "Redacción",
      "Cifra (intervalo)",
      "Veredicto",
    ]);
  });

  it("writes dates as Spanish does: day, month name, year", () => {
    expect(texts(document, ".sources li .meta")[0]).toContain("publicada el 17 de marzo de 2025");
    expect(texts(document, ".byline")).toEqual(["Informe de Corroborate Desk · Exportado el 20 de marzo de 2025, 08:00 UTC"]);
    const times = texts(document, "time");
    expect(times).toContain("19 de marzo de 2025");
    expect(times.filter((time) => /January|February|March|April|May|June|July|August|September|October|November|December/.test(time))).toEqual([]);
  });

  it("speaks the default verdict labels, statuses and stances in Spanish, and counts in Spanish", () => {
    expect(texts(document, ".chart th")).toEqual([
      "Verdadero",
      "Mayormente verdadero",
      "Mixto",
      "Mayormente falso",
      "Falso",
      "Engañoso",
      "No verificable",
      "Sin veredicto",
    ]);
    expect(texts(document, "article.claim h3")[0]).toBe("Afirmación 1 Mayormente verdadero");
    expect(texts(document, ".counts dt")).toEqual(["Afirmaciones", "Abierta", "En revisión", "Aprobada", "Hechos", "Con cifras en conflicto"]);
    expect(texts(document, ".stance")).toEqual(["Respalda", "Aporta contexto"]);
    expect(texts(document, ".sources li .meta")[0]).toContain("2 afirmaciones");
    expect(texts(document, "dd")).toContain("Mayormente verdadero calificación 4 de 5");
  });

  it("keeps what people wrote as written, including a verdict label an editor changed", () => {
    const doc = spanishDocument();
    const renamed = { key: "mostly-true", label: "Mostly accurate", ratingValue: 4 as const };
    const withRenamed: ExportDocument = {
      ...doc,
      ratingScale: doc.ratingScale.map((rating) => (rating.key === "mostly-true" ? renamed : rating)),
      claims: doc.claims.map((claim) => (claim.verdict?.key === "mostly-true" ? { ...claim, verdict: renamed } : claim)),
    };
    const page = parseHTML(toReportHtml(withRenamed)).document;
    expect(texts(page, "article.claim h3")[0]).toBe("Afirmación 1 Mostly accurate");
    expect(texts(page, "h1")).toEqual(["CECOT flights, March 2025"]);
    expect(texts(page, ".sources cite")).toEqual(["Deportees land in El Salvador", "What the flight logs show"]);
  });

  it("stays English, as it was, for an English report", () => {
    const english = parseHTML(toReportHtml(sampleExportDocument())).document;
    expect(english.documentElement.getAttribute("lang")).toBe("en");
    expect(texts(english, "h2")).toEqual(["Sources", "Summary", "Claims", "Facts"]);
    expect(texts(english, ".byline")).toEqual(["Report by Corroborate Desk · Exported 20 March 2025, 08:00 UTC"]);
  });
});

describe("the Markdown report in Spanish", () => {
  const markdown = toMarkdown(spanishDocument());

  it("writes its headings, labels and tables in Spanish", () => {
    expect(markdown.match(/^## .*$/gm)).toEqual(["## Fuentes", "## Resumen", "## Afirmaciones", "## Hechos"]);
    expect(markdown).toContain("| Veredicto | Afirmaciones |");
    expect(markdown).toContain("| Mayormente verdadero | 1 |");
    expect(markdown).toContain("| Fuente | Medio | Fecha | Redacción | Intervalo | Veredicto |");
    expect(markdown).toContain("Estado: Aprobada · Veredicto: Mayormente verdadero");
    expect(markdown).toContain("**Justificación**");
    expect(markdown).toContain("4 afirmaciones.");
  });

  it("writes dates out in Spanish", () => {
    expect(markdown).toContain("Exportado el 20 de marzo de 2025, 08:00 UTC por");
    expect(markdown).toContain("publicada el 17 de marzo de 2025");
    expect(markdown).toContain("(guardada el 17 de marzo de 2025, 08:00 UTC)");
    expect(markdown).not.toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  });

  it("keeps English Markdown's ISO dates", () => {
    expect(toMarkdown(sampleExportDocument())).toContain("Exported 2025-03-20 08:00 UTC by");
  });
});

describe("reportWords", () => {
  it("formats a day in each language, and says null for text that is no date", () => {
    expect(reportWords("es").formatUtc("2025-03-17", false)).toBe("17 de marzo de 2025");
    expect(reportWords("en").formatUtc("2025-03-17", false)).toBe("17 March 2025");
    expect(reportWords("es").formatUtc("2025-01-05T21:07:00.000Z", true)).toBe("5 de enero de 2025, 21:07 UTC");
    expect(reportWords("es").formatUtc("not a date", false)).toBeNull();
  });

  it.each(locales)("says every %s Report message exactly as the translator does, called once or many times", (locale) => {
    const entries = (node: unknown, prefix = ""): Array<[string, string]> =>
      typeof node === "string" ? [[prefix, node]] : Object.entries(node as object).flatMap(([key, value]) => entries(value, prefix ? `${prefix}.${key}` : key));
    const plain = translator(locale, "Report") as unknown as (key: string, values?: Record<string, string | number>) => string;
    const { t } = reportWords(locale);
    const compiledT = t as unknown as typeof plain;
    for (const [key, message] of entries(catalogues[locale].Report)) {
      const names = [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]!);
      for (const sample of [1, 2, 1000]) {
        const values = names.length === 0 ? undefined : Object.fromEntries(names.map((name, i) => [name, i === 0 ? sample : `<b>${name} {x} ${sample}</b>`]));
        expect(compiledT(key, values), key).toBe(plain(key, values));
      }
    }
  });

  it("writes numbers and lists as each language does", () => {
    expect(reportWords("es").number(12000)).toBe("12.000");
    expect(reportWords("en").number(12000)).toBe("12,000");
    expect(reportWords("es").list(["A", "B"])).toBe("A y B");
    expect(reportWords("en").list(["A", "B"])).toBe("A and B");
  });
});

describe("ClaimReview inLanguage", () => {
  it("names the report language on the review and the source's language on the claim", () => {
    const [review] = toClaimReviews(spanishDocument()).document["@graph"];
    expect(review?.inLanguage).toBe("es");
    expect(review?.itemReviewed.inLanguage).toBe("es");
    expect(review?.reviewRating.alternateName).toBe("Mayormente verdadero");
    expect(review?.reviewRating.name).toBe("Mayormente verdadero");
  });

  it("tells a Spanish claim in an English fact-check apart", () => {
    const doc = { ...spanishDocument(), language: "en" as const };
    const [review] = toClaimReviews(doc).document["@graph"];
    expect(review?.inLanguage).toBe("en");
    expect(review?.itemReviewed.inLanguage).toBe("es");
    expect(review?.reviewRating.alternateName).toBe("Mostly true");
  });
});

describe("Web Annotations carry the source's language", () => {
  const doc = spanishDocument();
  const collection = toAnnotationCollection(doc);

  it("on the target's source, as an External Web Resource, and on the embedded sources", () => {
    const [first] = collection.first.items;
    expect(first?.target.source).toEqual({ id: "https://ledger.example/news/deportees", type: "Text", language: "es" });
    expect(collection["corroborate:sources"].map((source) => source.language)).toEqual(["es", "en"]);
  });

  it("reads back in: our own export, and other tools' ways of saying it", () => {
    expect(readWebAnnotations(collection).sources.map((source) => source.language)).toEqual(["es", "en"]);
    const annotation = (target: Record<string, unknown>) => ({
      type: "Annotation",
      body: [],
      target: { selector: { type: "TextQuoteSelector", exact: "más de 200" }, ...target },
    });
    const read = (target: Record<string, unknown>) => readWebAnnotations([annotation(target)]).sources[0]?.language;
    expect(read({ source: { id: "https://diario.example/a", language: "es-419" } })).toBe("es");
    expect(read({ source: { id: "https://diario.example/b", language: ["english", "ES"] } })).toBe("es");
    expect(read({ source: "https://diario.example/c", language: "es" })).toBe("es");
    expect(read({ source: "https://diario.example/d" })).toBeNull();
    expect(read({ source: { id: "https://diario.example/e", language: 42 } })).toBeNull();
  });
});
