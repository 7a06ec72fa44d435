import { describe, expect, it } from "vitest";
import { flattenHtml, nestingDepth } from "./flatten-html";
import { parseDocument, MAX_PARSE_DEPTH } from "./parse-document";
import { scanTags } from "./scan-tags";

const nested = (depth: number, inner = "x", tag = "div") => `${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}`;

describe("scanTags", () => {
  it("reports tags, comments and doctypes, skipping raw-text content", () => {
    const names = [...scanTags('<!doctype html><p class="a">x<!-- <b> --><script>if (a<b) "<i>"</script><br/></P>')].map(
      (t) => `${t.closing ? "/" : ""}${t.name}${t.selfClosing ? "/" : ""}`,
    );
    expect(names).toEqual(["!/", "p", "!/", "script", "/script", "br/", "/p"]);
  });
});

describe("nestingDepth", () => {
  it("counts real nesting and ignores void, self-closed and implicitly closed elements", () => {
    expect(nestingDepth(nested(7))).toBe(7);
    expect(nestingDepth("<div><p>a<p>b<p>c<br><img src=x><hr/></div>")).toBe(1);
    expect(nestingDepth("<ul>" + "<li>item".repeat(500) + "</ul>")).toBe(1);
    expect(nestingDepth("<script>" + "<div>".repeat(50) + "</script>")).toBe(1);
  });

  it("is linear on hostile input", () => {
    const started = Date.now();
    for (const hostile of ["<div>".repeat(500_000), "<a".repeat(500_000) + ">", "<script>".repeat(200_000), "<!--".repeat(300_000)]) {
      nestingDepth(hostile);
    }
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe("flattenHtml", () => {
  it("keeps metadata and text, one paragraph per block, and drops scripts, styles and comments", () => {
    const html =
      '<!doctype html><html><head><title>A &amp; B</title><meta property="og:site_name" content="Site">' +
      '<script type="application/ld+json">{"datePublished":"2020-01-02"}</script><style>p{}</style></head>' +
      "<body><div><p>One <b>two</b></p><!-- hidden --><script>evil()</script><p>Three &lt; four</p></div></body></html>";
    const document = parseDocument(flattenHtml(html));
    expect(document.title).toBe("A & B");
    expect(document.querySelector('meta[property="og:site_name"]')?.getAttribute("content")).toBe("Site");
    expect(document.querySelector('script[type="application/ld+json"]')?.textContent).toContain("2020-01-02");
    expect(Array.from(document.querySelectorAll("p")).map((p) => p.textContent)).toEqual(["One two", "Three < four"]);
  });

  it("makes parseDocument fast on markup nested 200,000 deep", () => {
    const hostile = `<title>Deep</title>${nested(200_000, "<p>Deep text.</p>")}`;
    expect(nestingDepth(hostile)).toBeGreaterThan(MAX_PARSE_DEPTH);
    const started = Date.now();
    const document = parseDocument(hostile);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(document.title).toBe("Deep");
    expect(document.body.textContent).toBe("Deep text.");
  });
});
