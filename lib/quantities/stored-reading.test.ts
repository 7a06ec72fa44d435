import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { quantityToJson } from "./quantity-json";
import { readQuantity } from "./read-quantity";
import { quantityOfClaim, quantityReaderVersion, storedReadingOf, usableReading } from "./stored-reading";

const phrases = [
  "238 Venezuelans",
  "over 200 deportees",
  "roughly 250 Venezuelans",
  "nearly 300 people",
  "at least 137",
  "up to 40,000 inmates",
  "fewer than 100",
  "hundreds of people",
  "between 200 and 250",
  "two hundred deportees",
  "1.5 million dollars",
  "a dozen flights",
  "about 200-250 people",
  "just over 1,000",
  "in 2025",
  "16 March",
  "Flight 123",
  "a 23-year-old",
  "40% of them",
  "€2m in aid",
  "no figure at all",
  "some 200-odd guards",
];

describe("stored readings", () => {
  it("give what reading the words gives, for every tolerance they were made with", () => {
    for (const tolerance of [0, 0.1, 0.25]) {
      for (const exact of phrases) {
        const claim = { exact, quantityOverride: null, quantityReading: JSON.parse(JSON.stringify(storedReadingOf(exact, tolerance))) };
        expect(quantityOfClaim(claim, tolerance)).toEqual(readQuantity(exact, { approximateTolerance: tolerance }));
      }
    }
  });

  it("are not used with another tolerance, another reader or a foreign shape: the words are read again", () => {
    const stored = storedReadingOf("roughly 250 Venezuelans", 0.1);
    expect(usableReading(stored, 0.1)).toEqual(stored.quantity);
    expect(usableReading(stored, 0.2)).toBeUndefined();
    expect(usableReading({ ...stored, reader: quantityReaderVersion + 1 }, 0.1)).toBeUndefined();
    expect(usableReading(null, 0.1)).toBeUndefined();
    expect(usableReading({ reader: quantityReaderVersion, tolerance: 0.1, quantity: "250" }, 0.1)).toBeUndefined();
    expect(quantityOfClaim({ exact: "roughly 250 Venezuelans", quantityOverride: null, quantityReading: stored }, 0.2)).toEqual(
      readQuantity("roughly 250 Venezuelans", { approximateTolerance: 0.2 }),
    );
    // A wrong but well-formed stored reading shows that a usable one is trusted, not re-read.
    const planted = { ...stored, quantity: { ...stored.quantity!, low: 1 } };
    expect(quantityOfClaim({ exact: "roughly 250 Venezuelans", quantityOverride: null, quantityReading: planted }, 0.1)?.low).toBe(1);
  });

  it("records that the words hold no figure", () => {
    const stored = storedReadingOf("no figure at all", 0.1);
    expect(stored.quantity).toBeNull();
    expect(usableReading(stored, 0.1)).toBeNull();
    expect(quantityOfClaim({ exact: "no figure at all", quantityOverride: null, quantityReading: stored }, 0.1)).toBeNull();
  });

  it("give way to a reviewer's correction", () => {
    const override = quantityToJson(readQuantity("exactly 12 flights")!);
    expect(quantityOfClaim({ exact: "238 Venezuelans", quantityOverride: override, quantityReading: storedReadingOf("238 Venezuelans", 0.1) }, 0.1)).toEqual(
      readQuantity("exactly 12 flights"),
    );
  });

  it("belong to this reader version: a change in what these phrases read as needs a new quantityReaderVersion", () => {
    const readings = phrases.map((exact) => storedReadingOf(exact, 0.1).quantity);
    const fingerprint = createHash("sha256").update(JSON.stringify(readings)).digest("hex").slice(0, 16);
    // When this fails after a change to the reader's rules: bump quantityReaderVersion (stored
    // readings of the old rules are then read again), and record the new fingerprint here.
    expect({ reader: quantityReaderVersion, fingerprint }).toEqual({ reader: 1, fingerprint: "bf3bf1f3f14c5be9" });
  });
});

describe("stored readings in a source's language", () => {
  it("read Spanish words as Spanish and say so; English readings keep their earlier form", () => {
    const spanish = storedReadingOf("más de 200 deportados", 0.1, "es");
    expect(spanish).toMatchObject({ language: "es", quantity: { hedge: "more-than", low: 200, high: null, unit: "deportados" } });
    expect(storedReadingOf("over 200 deportees", 0.1, "en")).toEqual(storedReadingOf("over 200 deportees", 0.1));
    expect(storedReadingOf("over 200 deportees", 0.1, "fr")).not.toHaveProperty("language");
  });

  it("are not used in another language: the words are read again in the one asked for", () => {
    const english = storedReadingOf("unos 250 venezolanos", 0.1);
    expect(usableReading(english, 0.1, "es")).toBeUndefined();
    expect(usableReading(english, 0.1, "en")).toEqual(english.quantity);
    const claim = { exact: "unos 250 venezolanos", quantityOverride: null, quantityReading: english };
    expect(quantityOfClaim(claim, 0.1, "es")).toEqual(readQuantity("unos 250 venezolanos", { approximateTolerance: 0.1, language: "es" }));
    expect(quantityOfClaim(claim, 0.1, "es")?.hedge).toBe("approximately");
  });

  it("without a language, trust the stored reading's own, and read again in it when the tolerance changed", () => {
    const spanish = storedReadingOf("unos 250 venezolanos", 0.1, "es");
    const claim = { exact: "unos 250 venezolanos", quantityOverride: null, quantityReading: spanish };
    expect(quantityOfClaim(claim, 0.1)).toMatchObject({ hedge: "approximately", low: 225, high: 275 });
    expect(quantityOfClaim(claim, 0.2)).toMatchObject({ hedge: "approximately", low: 200, high: 300 });
  });
});
