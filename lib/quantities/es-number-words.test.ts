import { describe, expect, it } from "vitest";
import { readSpanishNumberWords } from "./es-number-words";
import { tokenize } from "./tokenize";

function read(text: string): [number, string, boolean] | null {
  const tokens = tokenize(text, "es");
  const r = readSpanishNumberWords(tokens, 0);
  return r ? [r.value, text.slice(0, tokens[r.end - 1]!.end), r.approximate] : null;
}

describe("readSpanishNumberWords", () => {
  it.each([
    ["doscientos treinta y ocho venezolanos", 238, "doscientos treinta y ocho", false],
    ["ciento uno", 101, "ciento uno", false],
    ["veintiún presos", 21, "veintiún", false],
    ["treinta y un días", 31, "treinta y un", false],
    ["mil", 1000, "mil", false],
    ["mil quinientos", 1500, "mil quinientos", false],
    ["dos mil", 2000, "dos mil", false],
    ["cien mil", 100000, "cien mil", false],
    ["un millón", 1e6, "un millón", false],
    ["dos millones trescientos mil", 2300000, "dos millones trescientos mil", false],
    ["un millón mil", 1001000, "un millón mil", false],
    ["mil millones", 1e9, "mil millones", false],
    ["medio millón", 500000, "medio millón", false],
    ["un millón y medio", 1500000, "un millón y medio", false],
    ["una docena", 12, "una docena", false],
    ["media docena", 6, "media docena", false],
    ["un centenar de", 100, "un centenar", true],
    ["dos centenares", 200, "dos centenares", true],
    ["dos tres", 2, "dos", false],
    ["cien uno", 100, "cien", false],
    ["treinta y", 30, "treinta", false],
    ["cero", 0, "cero", false],
  ] as const)("%s", (text, value, written, approximate) => {
    expect(read(text)).toEqual([value, written, approximate]);
  });

  it.each(["un", "una", "un hombre", "uno y", "millones", "primero", "y", "de", "constructor", "__proto__", "dos millón", "un millones"])(
    "reads no number, or no more than the first word, at %j",
    (text) => {
      const r = read(text);
      expect(r === null || r[1] === text.split(" ")[0]).toBe(true);
    },
  );
});
