import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { commentMaxLength, rationaleMaxLength } from "./inputs";
import { renderFailingSoft, renderMarkdown, renderMarkdownUnbounded, renderPlainText, safeLinkHref } from "./markdown";

const allowedTags = new Set([
  "p",
  "br",
  "hr",
  "em",
  "strong",
  "del",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "h3",
  "h4",
  "h5",
  "h6",
  "a",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
]);
const allowedAttributes: Record<string, Set<string>> = { a: new Set(["href", "title", "rel", "target"]), ol: new Set(["start"]) };

/** Every real tag in `html` (escaped text such as `&lt;img&gt;` is not a tag), with its attributes. */
function tagsOf(html: string): Array<{ name: string; closing: boolean; attributes: Record<string, string> }> {
  return [...html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)].map((match) => ({
    name: match[2]!.toLowerCase(),
    closing: match[1] === "/",
    attributes: Object.fromEntries(
      [...match[3]!.matchAll(/([^\s="'/]+)(?:="([^"]*)")?/g)].map((attribute) => [attribute[1]!.toLowerCase(), attribute[2] ?? ""]),
    ),
  }));
}

/** Asserts every tag that is opened is closed, in order (br and hr stand alone). */
function expectBalanced(html: string) {
  const open: string[] = [];
  for (const { name, closing } of tagsOf(html)) {
    if (name === "br" || name === "hr") continue;
    if (closing) expect(open.pop()).toBe(name);
    else open.push(name);
  }
  expect(open).toEqual([]);
}

/** Asserts the rendered HTML can do nothing but show text and follow http(s)/mailto links. */
function expectInert(html: string) {
  expectBalanced(html);
  expect(html).not.toMatch(/<\s*script/i);
  expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
  expect(html).not.toMatch(/<[^>]*\sstyle\s*=/i);
  for (const { name, closing, attributes } of tagsOf(html)) {
    expect(allowedTags).toContain(name);
    if (closing) continue;
    for (const attribute of Object.keys(attributes)) expect(allowedAttributes[name] ?? new Set()).toContain(attribute);
    if (name === "a") {
      expect(attributes.href).toMatch(/^(https?:\/\/|mailto:)/);
      expect(attributes.href!.replace(/&#x?[0-9a-f]+;?|[\s\x00-\x20]/gi, "").toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
      expect(attributes.rel).toBe("noopener noreferrer nofollow");
      expect(attributes.target).toBe("_blank");
    }
  }
}

const xssCorpus = [
  "<script>alert(1)</script>",
  "before <script>alert(1)</script> after",
  "<img src=x onerror=alert(1)>",
  "text <img src=x onerror=alert(1)> text",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](java&#x09;script:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
  "[x](<javascript:alert(1)>)",
  "[x]( javascript:alert(1) )",
  "[x](java\u0000script:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](VBScript:msgbox(1))",
  "[x](data:text/html,<script>alert(1)</script>)",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<a href="javascript:alert(1)">x</a>',
  'a <a href="JAVASCRIPT:alert(1)" onclick="alert(2)">x</a> b',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  "<javascript:alert(1)>",
  "<data:text/html,<script>alert(1)</script>>",
  "<vbscript:msgbox(1)>",
  "<iframe src=https://evil.example></iframe>",
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '![x](x" onerror="alert(1))',
  "![x](javascript:alert(1))",
  "![tracking pixel](https://evil.example/pixel.png)",
  '[x](https://example.org "a" onmouseover="alert(1))',
  '<p style="background:url(javascript:alert(1))">x</p>',
  "<details open ontoggle=alert(1)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<!-- <script>alert(1)</script> -->",
  "```\n</code></pre><script>alert(1)</script>\n```",
  "`</code><script>alert(1)</script>`",
  "<form action=javascript:alert(1)><button>go</button></form>",
  "<object data=javascript:alert(1)></object>",
];

describe("renderMarkdown", () => {
  it.each(xssCorpus)("neutralises %j", (payload) => {
    const html = renderMarkdown(payload);
    expectInert(html);
    expect(html).not.toMatch(/<(img|svg|iframe|math|form|object|details|style)\b/i);
  });

  it("shows raw HTML as the text that was typed instead of dropping it", () => {
    expect(renderMarkdown("before <script>alert(1)</script> after")).toBe("<p>before &lt;script&gt;alert(1)&lt;/script&gt; after</p>");
    expect(renderMarkdown('<a href="javascript:alert(1)">x</a>')).toBe('<p>&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;</p>');
  });

  it("keeps the words of a link whose target is not allowed, without the link", () => {
    expect(renderMarkdown("[the memo](javascript:alert(1))")).toBe("<p>the memo</p>");
    expect(renderMarkdown("[the memo](JaVaScRiPt:alert(1))")).toBe("<p>the memo</p>");
    expect(renderMarkdown("[the memo](java&#x09;script:alert(1))")).toBe("<p>the memo</p>");
    expect(renderMarkdown("[the memo](/internal/page)")).toBe("<p>the memo</p>");
    expect(renderMarkdown("[the memo](//evil.example/x)")).toBe("<p>the memo</p>");
  });

  it("unwraps a rejected link without disturbing the tags around it", () => {
    // Found by the property below: an earlier version left a stray </li> renamed.
    expect(renderMarkdown("https://example.org]\n\n1. ")).toBe("<p>https://example.org]</p>\n<ol>\n<li></li>\n</ol>");
  });

  it("shows a mention as the name it names, escaped, never as a link or markup; an address with @[ stays text", () => {
    expect(renderMarkdown("Hi @[Ana <b>Ruiz</b>] and @[A\\]B], see desk@[10.0.0.1] and `@[Code]`")).toBe(
      '<p>Hi <span class="mention">@Ana &lt;b&gt;Ruiz&lt;/b&gt;</span> and <span class="mention">@A]B</span>, see desk@[10.0.0.1] and <code>@[Code]</code></p>',
    );
    expect(renderMarkdown('<span class="mention" onclick="x()">typed</span> [@[Ana]](javascript:alert(1))')).not.toMatch(
      /<span class="mention" onclick|href="javascript/,
    );
  });

  it("shows an image as its alt text", () => {
    expect(renderMarkdown("![Flight manifest](https://example.org/manifest.png)")).toBe("<p>Flight manifest</p>");
  });

  it("renders ordinary Markdown: bold, emphasis, lists and a link that opens safely in a new tab", () => {
    expect(renderMarkdown("The agency said **238**, not _over 200_.\n\n- first\n- second\n\nSee [the court filing](https://example.org).")).toBe(
      [
        "<p>The agency said <strong>238</strong>, not <em>over 200</em>.</p>",
        "<ul>",
        "<li>first</li>",
        "<li>second</li>",
        "</ul>",
        '<p>See <a href="https://example.org/" rel="noopener noreferrer nofollow" target="_blank">the court filing</a>.</p>',
      ].join("\n"),
    );
  });

  it("renders numbered lists from their first number, quotes and code", () => {
    expect(renderMarkdown("3. three\n4. four")).toBe('<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>');
    expect(renderMarkdown("> The release said 261.")).toBe("<blockquote>\n<p>The release said 261.</p>\n</blockquote>");
    expect(renderMarkdown("Use `<b>` for bold.")).toBe("<p>Use <code>&lt;b&gt;</code> for bold.</p>");
    expect(renderMarkdown("```\nif (a < b) {}\n```")).toBe("<pre><code>if (a &lt; b) {}\n</code></pre>");
  });

  it("brings h1 and h2 down to h3 and keeps h3 to h6", () => {
    expect(renderMarkdown("# Finding\n## Detail\n### Note\n#### Aside\n###### Least")).toBe(
      "<h3>Finding</h3>\n<h3>Detail</h3>\n<h3>Note</h3>\n<h4>Aside</h4>\n<h6>Least</h6>",
    );
  });

  it("links bare web and email addresses, and keeps a link's title", () => {
    expect(renderMarkdown("Source: https://example.org/a?b=1&c=2")).toBe(
      '<p>Source: <a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">https://example.org/a?b=1&amp;c=2</a></p>',
    );
    expect(renderMarkdown("Write to desk@example.org")).toBe(
      '<p>Write to <a href="mailto:desk@example.org" rel="noopener noreferrer nofollow" target="_blank">desk@example.org</a></p>',
    );
    expect(renderMarkdown('[t](http://example.org/x "The filing")')).toBe(
      '<p><a href="http://example.org/x" rel="noopener noreferrer nofollow" target="_blank" title="The filing">t</a></p>',
    );
  });

  it("keeps task-list boxes as text and hard line breaks as breaks", () => {
    expect(renderMarkdown("- [x] call the ministry\n- [ ] read the filing")).toBe("<ul>\n<li>[x] call the ministry</li>\n<li>[ ] read the filing</li>\n</ul>");
    expect(renderMarkdown("first line  \nsecond line")).toBe("<p>first line<br />second line</p>");
  });

  it("returns an empty string for blank input", () => {
    expect(renderMarkdown("")).toBe("");
    expect(renderMarkdown(" \n\t ")).toBe("");
  });

  it("never lets through anything but allowed tags, attributes and links, whatever is typed", () => {
    const piece = fc.constantFrom(
      "<",
      ">",
      "</",
      "/>",
      "script",
      "img",
      "svg",
      "a",
      "iframe",
      " src=x",
      " href=",
      " onerror=",
      " onload=",
      "alert(1)",
      "javascript:",
      "JaVaScRiPt:",
      "data:",
      "vbscript:",
      "java&#x09;script:",
      "&#106;",
      "&lt;",
      "https://example.org",
      "https://example.org%5D",
      "mailto:",
      "[",
      "]",
      "(",
      ")",
      "![",
      "**",
      "_",
      "`",
      "```",
      "\n",
      "\n\n",
      "# ",
      "> ",
      "- ",
      "1. ",
      '"',
      "'",
      " ",
      "=",
      "style=",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join("")),
        (source) => {
          expectInert(renderMarkdown(source));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/**
 * The most a render may take in these tests. Measured on a shared 2-core machine: ordinary
 * Markdown at the 20,000-character limit 20–150 ms, the slowest constructed input 450 ms;
 * before the bounds, 6–11 s (unclosed emphasis) or a stack overflow (nesting).
 */
const renderBudgetMs = 2_000;

/** Milliseconds `renderMarkdown` takes on `source`. */
function timeRender(source: string): { html: string; ms: number } {
  const started = performance.now();
  const html = renderMarkdown(source);
  return { html, ms: performance.now() - started };
}

/** `unit` repeated to fill `length` characters. */
const fill = (unit: string, length = rationaleMaxLength) => unit.repeat(Math.floor(length / unit.length));

/**
 * Text that fits the rationale limit and used to overflow `marked`'s stack (500 on the claim
 * page and the reports) or keep it busy for seconds (emphasis that never closes).
 */
const pathological: Record<string, string> = {
  "quote markers": fill(">"),
  "spaced quote markers": fill("> "),
  "ordered list markers": fill("1. "),
  "mixed list markers": fill("- * "),
  "quotes in lists": fill("> - "),
  "lists nested by indentation": Array.from({ length: 138 }, (_, level) => `${" ".repeat(2 * level)}- item`).join("\n"),
  "strong nested in strong": `${"**a ".repeat(2_400)}x${" a**".repeat(2_400)}`,
  "struck through nested": `${"~~a ".repeat(2_400)}x${" a~~".repeat(2_400)}`,
  "links in links": `${"[".repeat(9_000)}x${"](https://example.org)".repeat(400)}`,
  "emphasis that never closes": fill("*a_"),
  "brackets, emphasis and strikethrough": fill("[*~"),
  "intraword emphasis": fill("_h]"),
  "underscores inside one long word": fill("aa_"),
  "stops inside one long word": fill("a!!"),
};

describe("renderMarkdown on pathological text", () => {
  it.each(Object.entries(pathological))("%s, at the length limit, is shown as text in bounded time", (_name, source) => {
    expect(source.length).toBeLessThanOrEqual(rationaleMaxLength);
    const { html, ms } = timeRender(source);
    expect(ms).toBeLessThan(renderBudgetMs);
    expect(html.length).toBeGreaterThan(0);
    expectInert(html);
  });

  it("shows too deeply nested text exactly as typed, escaped, in paragraphs", () => {
    expect(renderMarkdown(`${">".repeat(5_000)} <b>deep</b>\n\nnext & last`)).toBe(
      `<p>${"&gt;".repeat(5_000)} &lt;b&gt;deep&lt;/b&gt;</p>\n<p>next &amp; last</p>`,
    );
  });

  it("still renders nesting a person would write as Markdown", () => {
    expect(renderMarkdown("> quoted\n> > and quoted again\n\n- a\n  - b\n    - c")).toBe(
      "<blockquote>\n<p>quoted</p>\n<blockquote>\n<p>and quoted again</p>\n</blockquote>\n</blockquote>\n<ul>\n<li>a<ul>\n<li>b<ul>\n<li>c</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>",
    );
    expect(renderMarkdown(`${"> ".repeat(12)}twelve deep`)).toContain("<blockquote>\n".repeat(12).trim());
  });

  it("never throws and stays fast on nested constructs of any mix, up to the length limit", () => {
    const construct = fc.constantFrom(
      ">",
      "> ",
      "- ",
      "* ",
      "+ ",
      "1. ",
      "1) ",
      "  ",
      "\t",
      "\n",
      "\n\n",
      "*",
      "_",
      "**",
      "__",
      "~~",
      "~",
      "[",
      "]",
      "](",
      "(",
      ")",
      "![",
      "`",
      "<",
      "a",
      " ",
      "*a_",
      "[*~",
      "_h]",
      "**a ",
      " a**",
      "!",
      "@",
      "|",
      "www.",
      "http://",
      "\\",
    );
    const nested = fc
      .tuple(fc.array(construct, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: rationaleMaxLength }), fc.string({ maxLength: 20 }))
      .map(([units, length, tail]) => (fill(units.join(""), length) + tail).slice(0, rationaleMaxLength));
    fc.assert(
      fc.property(nested, (source) => {
        const { html, ms } = timeRender(source);
        expect(ms).toBeLessThan(renderBudgetMs);
        expectInert(html);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("comments at their own limit render in bounded time too", () => {
    for (const unit of [">", "1. ", "*a_", "[*~"]) expect(timeRender(fill(unit, commentMaxLength)).ms).toBeLessThan(renderBudgetMs);
  });

  it("when the parser itself fails, shows the text escaped instead of throwing, and logs the cause", () => {
    const source = `${">".repeat(rationaleMaxLength - 4)} <b>`;
    expect(() => renderMarkdownUnbounded(source)).toThrow(RangeError);
    const warned: unknown[] = [];
    const warn = vi.spyOn(console, "warn").mockImplementation((_message, error) => void warned.push(error));
    try {
      expect(renderFailingSoft(source, renderMarkdownUnbounded)).toBe(`<p>${"&gt;".repeat(rationaleMaxLength - 4)} &lt;b&gt;</p>`);
      expect(warned).toHaveLength(1);
      expect(warned[0]).toBeInstanceOf(RangeError);
    } finally {
      warn.mockRestore();
    }
  });
});

describe("renderPlainText", () => {
  it("escapes everything, keeps line breaks and splits paragraphs at blank lines", () => {
    expect(renderPlainText("a <b> & 'c'\r\nnext\n \n\n**d**")).toBe("<p>a &lt;b&gt; &amp; &#39;c&#39;<br />next</p>\n<p>**d**</p>");
    expect(renderPlainText(" \n ")).toBe("");
  });
});

describe("safeLinkHref", () => {
  it.each([
    ["https://example.org", "https://example.org/"],
    ["http://example.org/a b", "http://example.org/a%20b"],
    ["mailto:desk@example.org", "mailto:desk@example.org"],
    [" HTTPS://Example.ORG/x ", "https://example.org/x"],
  ])("accepts %j as %j", (href, expected) => {
    expect(safeLinkHref(href)).toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html,x",
    "vbscript:x",
    "ftp://example.org",
    "/relative",
    "//example.org",
    "example.org",
    "",
  ])("refuses %j", (href) => {
    expect(safeLinkHref(href)).toBeNull();
  });
});
