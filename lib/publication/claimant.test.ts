import { describe, expect, it } from "vitest";
import { suggestClaimant } from "./claimant";

const suggest = (text: string, words: string, outlet: string | null = "Daily Ledger", language = "en") => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: “${words}” not in text`);
  return suggestClaimant({ text, start, end: start + words.length, outlet, language });
};

describe("suggestClaimant", () => {
  it("suggests the speaker of the quote the claim sits in", () => {
    const text = "The flights landed.\n“We sent 238 people,” the interior minister said on Monday.\nMore later.";
    expect(suggest(text, "238 people")).toEqual({ claimant: "the interior minister", from: "speaker" });
  });

  it("finds a named speaker before the quote and after an inverted verb", () => {
    expect(suggest(`Bukele wrote: "The prison holds 261 men." Nobody else commented.`, "261 men")).toEqual({ claimant: "Bukele", from: "speaker" });
    expect(suggest(`"No one called us about the 23 Salvadorans," said Marta Quintero, a sister of one of them.`, "23 Salvadorans")).toEqual({
      claimant: "Marta Quintero",
      from: "speaker",
    });
  });

  it("suggests the outlet when the claim is not in a quote, or the quote's speaker is only a pronoun", () => {
    expect(suggest("Officials counted over 200 deportees on Sunday.", "over 200 deportees")).toEqual({ claimant: "Daily Ledger", from: "outlet" });
    expect(suggest(`"We sent 238 people," she said.`, "238 people")).toEqual({ claimant: "Daily Ledger", from: "outlet" });
  });

  it("suggests nothing without a speaker or an outlet", () => {
    expect(suggest("Officials counted over 200 deportees.", "over 200", null)).toBeNull();
    expect(suggest("Officials counted over 200 deportees.", "over 200", "   ")).toBeNull();
  });

  it("reads a Spanish source's quotes the Spanish way: «», the dialogue dash, dijo and afirmó", () => {
    expect(suggest("«En el penal hay 261 hombres», afirmó el ministro de Seguridad.", "261 hombres", "Diario El Cauce", "es")).toEqual({
      claimant: "el ministro de Seguridad",
      from: "speaker",
    });
    expect(suggest("Llegaron unos 250 venezolanos el domingo.", "unos 250 venezolanos", "Diario El Cauce", "es")).toEqual({
      claimant: "Diario El Cauce",
      from: "outlet",
    });
  });
});
