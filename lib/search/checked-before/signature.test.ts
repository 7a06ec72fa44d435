import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { magnitudeBucketsOf, signatureTermsOf } from "./signature";

const tokens = (text: string, language: string) => signatureTermsOf({ text, language }).split(" ");

describe("signatureTermsOf", () => {
  it("gives an English claim and its Spanish twin the same counted thing, magnitude, names and dates", () => {
    const en = tokens("About 40,000 inmates are held at CECOT, President Nayib Bukele said in March 2025.", "en");
    const es = tokens("Unos 40.000 reclusos están en el CECOT, según el presidente Nayib Bukele en marzo de 2025.", "es");
    for (const token of ["thinginmate", "mag45", "namebukele", "namececot", "year2025", "month202503"]) {
      expect(en).toContain(token);
      expect(es).toContain(token);
    }
  });

  it("lets 'about 250' and 'unos 250' and a bare 238 meet in a magnitude bucket", () => {
    const about = tokens("About 250 Venezuelans were deported.", "en");
    const unos = tokens("Unos 250 venezolanos fueron deportados.", "es");
    const exact = tokens("238 Venezuelans were deported.", "en");
    expect(about).toContain("mag23");
    expect(unos).toContain("mag23");
    expect(exact).toContain("mag23");
    expect(about).toContain("ideadeport");
    expect(unos).toContain("ideadeport");
  });

  it("writes only ASCII letters and digits, so neither full-text parser splits a token", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("en", "es", null), (text, language) => {
        const signature = signatureTermsOf({ text, language });
        expect(signature).toMatch(/^(?:[a-z][a-z0-9]*(?: [a-z][a-z0-9]*)*)?$/);
      }),
    );
  });

  it("uses the caller's reading when given, and none when it is null", () => {
    const reading = {
      low: 225,
      high: 275,
      lowInclusive: true,
      highInclusive: true,
      hedge: "approximately" as const,
      value: 250,
      unit: "deportees",
      text: "about 250",
    };
    expect(tokens("a figure corrected by hand", "en")).not.toContain("thingdeportee");
    expect(signatureTermsOf({ text: "a figure corrected by hand", language: "en", reading })).toContain("thingdeportee");
    expect(signatureTermsOf({ text: "About 250 deportees", language: "en", reading: null })).not.toContain("mag23");
  });
});

describe("magnitudeBucketsOf", () => {
  it("gives two overlapping bounded intervals a common bucket", () => {
    const interval = fc
      .tuple(fc.double({ min: 0.01, max: 1e9, noNaN: true }), fc.double({ min: 1, max: 1.9, noNaN: true }))
      .map(([low, width]) => ({ low, high: low * width, value: low * Math.sqrt(width) }));
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        fc.pre(a.low <= b.high && b.low <= a.high);
        const shared = magnitudeBucketsOf(a).filter((bucket) => magnitudeBucketsOf(b).includes(bucket));
        expect(shared.length).toBeGreaterThan(0);
      }),
    );
  });
});
