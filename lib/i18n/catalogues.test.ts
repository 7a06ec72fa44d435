import { describe, expect, it } from "vitest";
import { locales } from "./locales";
import { catalogues } from "./messages";
import { translateKey } from "./translator";

/** Every key path of a catalogue ("Auth.email", "Workspace.roles.editor"), with its message. */
function entries(messages: unknown, prefix = ""): Array<[string, string]> {
  if (typeof messages === "string") return [[prefix, messages]];
  return Object.entries(messages as Record<string, unknown>).flatMap(([key, value]) => entries(value, prefix ? `${prefix}.${key}` : key));
}

describe("the message catalogues", () => {
  const english = new Map(entries(catalogues.en));

  it.each(locales)("%s has exactly the keys English has, none empty", (locale) => {
    const translated = new Map(entries(catalogues[locale]));
    expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
    expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...translated].filter(([, message]) => message.trim() === "").map(([key]) => key)).toEqual([]);
  });

  it.each(locales)("every %s message is valid ICU and names the same values as English", (locale) => {
    const valueNames = (message: string) => [...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]).sort();
    for (const [key, message] of entries(catalogues[locale])) {
      expect(valueNames(message), key).toEqual(valueNames(english.get(key)!));
      const values = Object.fromEntries(valueNames(message).map((name) => [name!, 2]));
      expect(() => translateKey(locale, key, values), key).not.toThrow();
    }
  });

  it("translates a full key and passes text that is not a key through as null", () => {
    expect(translateKey("es", "Auth.throttled", { wait: "5 minutos" })).toBe("Demasiados intentos fallidos. Espera 5 minutos y vuelve a intentarlo.");
    expect(translateKey("en", "Common.waitSeconds", { seconds: 1 })).toBe("1 second");
    expect(translateKey("en", "That email and password do not match.")).toBeNull();
    expect(translateKey("en", "Auth")).toBeNull();
  });
});
