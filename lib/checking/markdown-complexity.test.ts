import { describe, expect, it } from "vitest";
import { measureMarkdownComplexity } from "./markdown-complexity";

describe("measureMarkdownComplexity", () => {
  it("counts every quote and list marker that opens a line as a level", () => {
    expect(measureMarkdownComplexity(">>>> deep").nesting).toBe(4);
    expect(measureMarkdownComplexity("> > > > deep").nesting).toBe(4);
    expect(measureMarkdownComplexity("1. 1. 1. deep").nesting).toBe(3);
    expect(measureMarkdownComplexity("> - > - deep").nesting).toBe(4);
    expect(measureMarkdownComplexity(">".repeat(20_000)).nesting).toBe(20_000);
  });

  it("counts two columns of indentation before a list marker as a level", () => {
    const nestedByIndent = Array.from({ length: 40 }, (_, level) => `${" ".repeat(2 * level)}- item`).join("\n");
    expect(measureMarkdownComplexity(nestedByIndent).nesting).toBe(1 + 39);
    expect(measureMarkdownComplexity("\t\t- item").nesting).toBe(1 + 4);
  });

  it("counts spans left open in a paragraph, and forgets them at a blank line", () => {
    expect(measureMarkdownComplexity("**a **a **a x a** a** a**").nesting).toBe(3);
    expect(measureMarkdownComplexity("[[[link]]]").nesting).toBe(3);
    expect(measureMarkdownComplexity("*open\n\n*open again").nesting).toBe(1);
  });

  it("keeps ordinary writing shallow and cheap: snake_case, arithmetic, closed emphasis, a rule", () => {
    const ordinary =
      "The agency said **238**, not _over 200_; see [the filing](https://example.org).\n\n- first\n  - second\n\n* * *\n\nmy_var_name and 2*3*4 and 5 * 6.";
    const { nesting, delimiterWork } = measureMarkdownComplexity(ordinary);
    expect(nesting).toBeLessThanOrEqual(3);
    expect(delimiterWork).toBeLessThan(100);
  });

  it("squares, per paragraph, the delimiter runs, inside words too", () => {
    expect(measureMarkdownComplexity("*a_".repeat(10)).delimiterWork).toBe(400);
    expect(measureMarkdownComplexity(`${"*a_".repeat(10)}\n\n${"*a_".repeat(10)}`).delimiterWork).toBe(800);
    expect(measureMarkdownComplexity("a\\*b \\_c").delimiterWork).toBe(0);
    expect(measureMarkdownComplexity(`${"[*~".repeat(10)}x`).delimiterWork).toBe(400);
  });

  it("finds the longest run of characters without whitespace", () => {
    expect(measureMarkdownComplexity("a bb\nccc\tdddd").longestWord).toBe(4);
    expect(measureMarkdownComplexity("a!!".repeat(2_000)).longestWord).toBe(6_000);
  });
});
