import { describe, expect, it } from "vitest";
import { scoreMatch } from "./score";

const en = (text: string) => ({ text, language: "en" });
const es = (text: string) => ({ text, language: "es" });
const codes = (match: { reasons: { code: string }[] }) => match.reasons.map((reason) => reason.code);

describe("scoreMatch", () => {
  it("finds the Spanish twin of an English claim, with the counted thing, the overlapping figures, names and date as reasons", () => {
    const match = scoreMatch(
      en("About 40,000 inmates are held at CECOT, President Nayib Bukele said in March 2025."),
      es("Unos 40.000 reclusos están en el CECOT, dijo el presidente Nayib Bukele en marzo de 2025."),
    );
    expect(match.kind).toBe("same");
    expect(match.score).toBeGreaterThan(0.8);
    expect(match.reasons).toContainEqual({ code: "sameThing", thing: "inmates" });
    expect(match.reasons).toContainEqual({
      code: "figuresOverlap",
      claim: { text: "About 40,000", low: 36000, high: 44000 },
      candidate: { text: "Unos 40.000", low: 36000, high: 44000 },
    });
    expect(match.reasons).toContainEqual({ code: "names", names: ["Bukele", "CECOT", "Nayib"] });
    expect(match.reasons).toContainEqual({ code: "sameDate", dates: ["2025", "2025-03"] });
  });

  it("shows a conflicting figure of the same statement below any twin, saying the figures differ", () => {
    const claim = es("Según las cifras oficiales, 238 venezolanos fueron enviados a El Salvador en marzo de 2025.");
    const twin = scoreMatch(claim, en("Roughly 250 Venezuelans were sent to El Salvador in March 2025, the government said."));
    const conflict = scoreMatch(claim, en("More than 400 Venezuelans were sent to El Salvador in March 2025, a senator said."));
    expect(twin.kind).toBe("same");
    expect(conflict.kind).toBe("conflict");
    expect(conflict.score).toBeLessThan(twin.score);
    expect(conflict.reasons).toContainEqual({
      code: "figuresDiffer",
      claim: { text: "238", low: 238, high: 238 },
      candidate: { text: "More than 400", low: 400, high: null },
    });
  });

  it("does not take the same figure of another counted thing for the same claim", () => {
    const match = scoreMatch(
      en("Twenty-three Salvadorans accused of belonging to MS-13 were on the flights."),
      en("Twenty-three guards were dismissed after a riot."),
    );
    expect(match.kind).toBeNull();
    expect(match.reasons).toContainEqual({ code: "differentThings", claim: "Salvadorans", candidate: "guards" });
  });

  it("does not take the same names and figure in another year for the same claim, saying the years differ", () => {
    const match = scoreMatch(en("Bukele won the election with 85% of the vote in 2024."), en("Bukele won the election with 85% of the vote in 2019."));
    expect(match.kind).toBeNull();
    expect(match.reasons).toContainEqual({ code: "differentYears", claim: [2024], candidate: [2019] });
  });

  it("tells two percentages apart by what they measure", () => {
    const match = scoreMatch(
      en("Turnout in Mexico's election in June 2024 was about 61%."),
      en("Sheinbaum won Mexico's election in June 2024 with nearly 60% of the vote."),
    );
    expect(match.kind).toBeNull();
    expect(match.reasons).toContainEqual({ code: "differentThings", claim: "turnout %", candidate: "vote %" });
  });

  it("matches claims without a figure by names and similar words across languages", () => {
    const match = scoreMatch(
      en("The White House invoked the Alien Enemies Act to deport Venezuelans without hearings."),
      es("La Casa Blanca invocó la Ley de Enemigos Extranjeros para deportar a venezolanos sin audiencias."),
    );
    expect(match.kind).toBe("same");
    expect(match.reasons).toContainEqual({ code: "names", names: ["Alien Enemies Act", "White House", "Venezuela"] });
    expect(codes(match)).toContain("similarWords");
  });

  it("is symmetric in its score and never throws on odd input", () => {
    const a = en("Nearly 300 people were flown to El Salvador.");
    const b = es("Más de 200 deportados aterrizaron en El Salvador.");
    expect(scoreMatch(a, b).score).toBe(scoreMatch(b, a).score);
    expect(() => scoreMatch(en(""), es("¿¡%$ 40.000.000,000 ..."))).not.toThrow();
    expect(scoreMatch(en(""), en("")).kind).toBeNull();
  });
});
