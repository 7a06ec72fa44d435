import fc from "fast-check";
import { parseHTML } from "linkedom";
import { marked } from "marked";
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
    const html = marked.parse(out, { async: false, gfm: true });
    expect(html).not.toMatch(/<script|<img|href=/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("A trap and &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("lets no link, image or tag form where a rewritten link meets the text around it", () => {
    for (const source of [
      "[ [a](https://x.example) ](javascript:alert(1))",
      "![\\a@e.example",
      "<img[x](javascript:1) onmouseover=alert(1)>",
      "\\<img src=x><img src=x>",
    ]) {
      const html = marked.parse(sanitiseMarkdownSource(source)!, { async: false, gfm: true });
      expect(html, source).not.toMatch(/<img|href="javascript|<[a-z]+ [^>]*onmouseover/);
    }
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

  it("yields Markdown that renders no script, image, frame or form, no event handler and no link but http(s) or mailto, for any text", () => {
    const unsafe = new Set(["SCRIPT", "IMG", "IFRAME", "STYLE", "LINK", "BASE", "OBJECT", "EMBED", "SVG", "MATH", "FORM", "TEXTAREA", "NOSCRIPT", "DETAILS"]);
    const unit = fc.constantFrom(
      ..."\\`*_{}[]()#+-.!|<>&~:@=\"' \t\n\r\u2028\0é🇻🇪ab1",
      "    ",
      "```",
      "<script>",
      "</script>",
      "<img src=x>",
      "&#x3C;",
      "javascript:",
      "https://e.example/",
      "www.e.example",
      "a@e.example",
      "\n- ",
      "\n> ",
      "\n| - |",
      "![",
      "](",
      "[x]: ",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (source) => {
        const safe = sanitiseMarkdownSource(source);
        if (safe === null) return; // written escaped instead, as typed
        const { document } = parseHTML(`<!doctype html><html><body>${marked.parse(safe, { async: false, gfm: true })}</body></html>`);
        for (const element of document.querySelectorAll("*")) {
          expect(unsafe.has(element.nodeName), `${element.nodeName} from ${JSON.stringify(source)}`).toBe(false);
          for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
        }
        for (const link of document.querySelectorAll("a")) expect(link.getAttribute("href")).toMatch(/^(https?:\/\/|mailto:)/);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});
