import { describe, expect, it } from "vitest";
import { readNumberWords } from "./number-words";
import { tokenize } from "./tokenize";

function read(text: string): [number, string] | null {
  const tokens = tokenize(text);
  const r = readNumberWords(tokens, 0);
  return r ? [r.value, text.slice(0, tokens[r.end - 1]!.end)] : null;
}

describe("readNumberWords", () => {
  it.each([
    ["two hundred", 200, "two hundred"],
    ["two hundred and fifty people", 250, "two hundred and fifty"],
    ["twenty-three", 23, "twenty-three"],
    ["twenty three", 23, "twenty three"],
    ["one thousand five hundred and six", 1506, "one thousand five hundred and six"],
    ["a hundred", 100, "a hundred"],
    ["a dozen eggs", 12, "a dozen"],
    ["two dozen", 24, "two dozen"],
    ["half a dozen", 6, "half a dozen"],
    ["half a million", 500000, "half a million"],
    ["three million two hundred thousand", 3200000, "three million two hundred thousand"],
    ["one two", 1, "one"],
    ["fifty five hundred", 5500, "fifty five hundred"],
    ["two hundred and", 200, "two hundred"],
    ["twenty-year", 20, "twenty"],
    ["zero", 0, "zero"],
    ["eleven thousand", 11000, "eleven thousand"],
    ["thousand million", null, ""],
  ] as const)("%s", (text, value, written) => {
    const r = read(text);
    if (value === null) expect(r).toBeNull();
    else expect(r).toEqual([value, written]);
  });

  it.each(["second", "a", "a few", "hundred", "dozen", "the", "half", "constructor", "toString"])("reads nothing at %j", (text) => {
    expect(read(text)).toBeNull();
  });
});
