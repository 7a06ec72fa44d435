/**
 * The reader's suggestions on Spanish sources: figures, dates and quotes with their speaker.
 * Texts written for these tests.
 */
import { describe, expect, it } from "vitest";
import { spokenQuotesOf, suggestClaims } from "../index";
import { expected, texts } from "../test-helpers";
import { findSpanishDates } from "./find-dates";
import { findSpanishFigures } from "./find-figures";
import { findSpanishSpokenQuotes } from "./find-quotes";

const es = { language: "es" } as const;

describe("Spanish figures", () => {
  it("suggests each figure with its hedge and counted noun", () => {
    const text = "Llegaron unos 250 venezolanos y más de 200 deportados; la cárcel tiene capacidad para 40.000 reclusos.";
    expect(findSpanishFigures(text)).toEqual([
      expected(text, "figure", "unos 250 venezolanos"),
      expected(text, "figure", "más de 200 deportados"),
      expected(text, "figure", "40.000 reclusos"),
    ]);
  });

  it("reads Spanish number words, scales and orders of magnitude", () => {
    const text = "Fueron doscientos treinta y ocho presos, 1,5 millones de dólares, un centenar de detenidos y decenas de miles de personas.";
    expect(texts(findSpanishFigures(text))).toEqual([
      "doscientos treinta y ocho presos",
      "1,5 millones de dólares",
      "un centenar de detenidos",
      "decenas de miles de personas",
    ]);
  });

  it("suggests no year, date, time, ordinal, label or bare number word", () => {
    const text = "El 16 de marzo de 2025, a las 10:30, el 1.º de los vuelos de la MS-13 salió según la Ley de 1798; eran dos.";
    expect(findSpanishFigures(text)).toEqual([]);
  });
});

describe("Spanish dates", () => {
  it("finds calendar dates with their weekday and year, ranges of days and months", () => {
    const text = "Ocurrió el domingo 16 de marzo de 2025. Volvió del 15 al 16 de abril y en mayo no hubo vuelos.";
    expect(findSpanishDates(text)).toEqual([
      expected(text, "date", "el domingo 16 de marzo de 2025"),
      expected(text, "date", "del 15 al 16 de abril"),
      expected(text, "date", "mayo"),
    ]);
  });

  it("finds weekdays with their article and relative dates", () => {
    const text = "El pasado martes llegó un vuelo; el jueves próximo saldrá otro. Ayer lo confirmaron y la semana pasada lo negaron.";
    expect(texts(findSpanishDates(text))).toEqual(["El pasado martes", "el jueves próximo", "Ayer", "la semana pasada"]);
  });

  it("does not take a weekday alone or a lower-case abbreviation for a date", () => {
    expect(findSpanishDates("Trabaja de lunes a viernes cerca del mar.")).toEqual([]);
  });
});

describe("Spanish quotes", () => {
  it("adds an attribution after the quotation, with its speaker", () => {
    const text = "«No vamos a aceptar esto», afirmó el ministro del Interior en una rueda de prensa.";
    const [spoken] = findSpanishSpokenQuotes(text);
    expect(spoken?.quote).toEqual(expected(text, "quote", "«No vamos a aceptar esto», afirmó el ministro del Interior"));
    expect(spoken?.speaker?.text).toBe("el ministro del Interior");
  });

  it("reads curly quotes with 'según' and an attribution before the quotation", () => {
    const text = "“Es una decisión soberana”, según la cancillería. El presidente escribió: «El primer grupo ya llegó».";
    const found = findSpanishSpokenQuotes(text);
    expect(found.map(({ quote, speaker }) => [quote.text, speaker?.text ?? null])).toEqual([
      ["“Es una decisión soberana”, según la cancillería", "la cancillería"],
      ["El presidente escribió: «El primer grupo ya llegó»", "El presidente"],
    ]);
  });

  it("reads a dialogue dash line with its aside", () => {
    const text = "Las familias esperan.\n—Nadie nos dijo adónde lo llevaban —aseguró una prima del detenido—. Nos enteramos por la televisión.\n";
    const [spoken] = findSpanishSpokenQuotes(text);
    expect(spoken?.quote).toEqual(
      expected(text, "quote", "—Nadie nos dijo adónde lo llevaban —aseguró una prima del detenido—. Nos enteramos por la televisión."),
    );
    expect(spoken?.speaker?.text).toBe("una prima del detenido");
  });

  it("names nobody for a pronoun, and skips short quotations without attribution", () => {
    const text = "«Es completamente falso», dijo él. El «invasor» llegó.";
    expect(findSpanishSpokenQuotes(text).map(({ quote, speaker }) => [quote.text, speaker])).toEqual([["«Es completamente falso», dijo", null]]);
  });

  it("does not run a quotation over a line break", () => {
    expect(findSpanishSpokenQuotes("«Empieza aquí\ny termina allí», dijo la jueza.")).toEqual([]);
  });
});

describe("suggestClaims in the source's language", () => {
  const text = "El domingo 16 de marzo de 2025 llegaron unos 250 venezolanos. «Nadie nos avisó de nada», dijo una madre.";

  it("reads a Spanish source in Spanish", () => {
    expect(suggestClaims(text, es)).toEqual([
      expected(text, "date", "El domingo 16 de marzo de 2025"),
      expected(text, "figure", "unos 250 venezolanos"),
      expected(text, "quote", "«Nadie nos avisó de nada», dijo una madre"),
    ]);
    expect(suggestClaims(text, { language: "es-419" })).toEqual(suggestClaims(text, es));
  });

  it("reads the same text as English when the source is not Spanish", () => {
    expect(texts(suggestClaims(text))).not.toContain("unos 250 venezolanos");
    expect(texts(suggestClaims(text, { language: "en" }))).toEqual(texts(suggestClaims(text)));
  });

  it("gives each quote's speaker in either language", () => {
    expect(spokenQuotesOf("«Nadie nos avisó de nada», dijo una madre.", "es").map((q) => q.speaker?.text)).toEqual(["una madre"]);
    expect(spokenQuotesOf(`"We will not accept this," the minister said.`).map((q) => q.speaker?.text)).toEqual(["the minister"]);
  });
});

describe("Spanish suggestions on long and odd texts", () => {
  it("stay linear on 300 KB without line breaks, full of stray quote marks, dashes and dates", () => {
    const repeat = (s: string) => s.repeat(Math.ceil(300_000 / s.length)).slice(0, 300_000);
    const texts = [
      repeat("más de 200 deportados y unos 250 venezolanos y "),
      repeat("«a b c d 12 » “ , dijo el ministro — "),
      repeat("—dijo según el domingo 16 de marzo de 2025, "),
    ];
    for (const text of texts) {
      const t0 = performance.now();
      const list = suggestClaims(text, es);
      // The bound is loose because the machine is shared; a quadratic scan would take minutes.
      expect(performance.now() - t0).toBeLessThan(8_000);
      expect(list.length).toBeGreaterThan(1000);
    }
  }, 60_000);
});
