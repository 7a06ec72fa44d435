import { describe, expect, it } from "vitest";
import { sanitiseMarkdownSource } from "./markdown-source";

describe("sanitiseMarkdownSource", () => {
  it("keeps a rationale's emphasis, lists and safe links as Markdown", () => {
    const source = "The ministry's **own figures** say 238.\n\n- flight one\n- flight two\n\nSee [the list](https://example.org/list).";
    expect(sanitiseMarkdownSource(source)).toBe(
      "The ministry's **own figures** say 238.\n\n- flight one\n- flight two\n\nSee [the list](<https://example.org/list>).",
    );
  });

  it("writes raw HTML as text and drops links that are not http(s) or mailto", () => {
    const out = sanitiseMarkdownSource(
      '<script>alert(1)</script>\n\nA [trap](javascript:alert(1)) and <img src=x onerror="alert(1)"> and <javascript:alert(2)>',
    )!;
    expect(out).not.toMatch(/<script|<img|javascript:alert\(1\)\)|\(javascript/);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("A trap and");
  });

  it("rewrites reference links and drops their definitions", () => {
    const out = sanitiseMarkdownSource("See [the source][s] and [bad][b].\n\n[s]: https://example.org/a\n[b]: javascript:alert(1)\n")!;
    expect(out).toContain("See [the source](<https://example.org/a>) and bad.");
    expect(out).not.toContain("javascript");
  });

  it("turns images into their alt text, inside lists and quotes too", () => {
    expect(sanitiseMarkdownSource("> - ![a chart](https://example.org/c.png) here")).toBe("> - a chart here");
  });

  it("gives up (null) on text too deeply nested for the parser", () => {
    expect(sanitiseMarkdownSource(">".repeat(5_000) + " deep")).toBeNull();
  });
});
