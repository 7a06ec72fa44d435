import { describe, expect, it } from "vitest";
import { chooseLocale, fromAcceptLanguage } from "./negotiate";

describe("the interface language of a request", () => {
  it("is the person's own choice first, then the cookie, then the browser, then English", () => {
    expect(chooseLocale({ chosen: "es", cookie: "en", acceptLanguage: "en" })).toBe("es");
    expect(chooseLocale({ chosen: null, cookie: "es", acceptLanguage: "en" })).toBe("es");
    expect(chooseLocale({ chosen: null, cookie: null, acceptLanguage: "es-MX,es;q=0.9" })).toBe("es");
    expect(chooseLocale({})).toBe("en");
  });

  it("skips values it does not speak instead of trusting them", () => {
    expect(chooseLocale({ chosen: "fr", cookie: "../../etc", acceptLanguage: "de" })).toBe("en");
    expect(chooseLocale({ chosen: "es<script>", cookie: "ES", acceptLanguage: "" })).toBe("en");
  });

  it("follows the browser's ranking, by quality then by order", () => {
    expect(fromAcceptLanguage("fr-FR, es;q=0.5, en;q=0.7")).toBe("en");
    expect(fromAcceptLanguage("de, es-AR, en")).toBe("es");
    expect(fromAcceptLanguage("en-GB;q=0.8, es;q=0.8")).toBe("en");
    expect(fromAcceptLanguage("es;q=0, en;q=0.1")).toBe("en");
    expect(fromAcceptLanguage("*")).toBeNull();
    expect(fromAcceptLanguage("es;q=abc")).toBeNull();
    expect(fromAcceptLanguage("x".repeat(5_000))).toBeNull();
  });
});
