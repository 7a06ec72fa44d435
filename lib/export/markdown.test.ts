import fc from "fast-check";
import { parseHTML } from "linkedom";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { badUrls, htmlPayloads } from "../../e2e/fixtures/attack-corpus";
import { markdownChunks, toMarkdown } from "./markdown";
import type { ExportDocument } from "./model";
import { documentWithText, sampleExportDocument } from "./test-document";

/** The only elements the report's own Markdown makes (plus the document shell). */
const reportElements = new Set([
  "HTML",
  "HEAD",
  "BODY",
  "H1",
  "H2",
  "H3",
  "P",
  "UL",
  "LI",
  "STRONG",
  "BLOCKQUOTE",
  "BR",
  "A",
  "TABLE",
  "THEAD",
  "TBODY",
  "TR",
  "TH",
  "TD",
  // A rationale keeps its own Markdown (made safe): these come from it.
  "EM",
  "CODE",
  "PRE",
  "DEL",
  "OL",
  "HR",
  "H4",
  "H5",
  "H6",
  "INPUT",
]);
const blockElements = new Set(["H1", "H2", "H3", "P", "LI", "BLOCKQUOTE", "TR", "TH", "TD"]);

/** The report rendered as a reader would see it: Markdown → HTML with `marked`, parsed by linkedom. */
function render(doc: ExportDocument): Document {
  const html = marked.parse(toMarkdown(doc), { async: false, gfm: true });
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/** Visible text of `node`, with line breaks where `<br>` and block elements break lines. */
function visibleText(node: Node): string {
  if (node.nodeType === node.TEXT_NODE) return node.textContent ?? "";
  if (node.nodeName === "BR") return "\n";
  const text = [...node.childNodes].map(visibleText).join("");
  return blockElements.has(node.nodeName) ? `${text}\n` : text;
}

/** Whitespace runs as one space, ends trimmed: HTML shows whitespace that way. */
function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function textOf(node: Node): string {
  return squash(visibleText(node));
}

/** Asserts the report can do nothing but show text, tables and http(s) links. */
function expectInert(document: Document) {
  for (const element of document.querySelectorAll("*")) {
    expect(reportElements).toContain(element.nodeName);
    for (const attribute of element.getAttributeNames()) {
      expect(attribute).not.toMatch(/^on/i);
      // A GFM task list in a rationale renders a disabled checkbox; nothing else has attributes but links.
      const allowed =
        element.nodeName === "A"
          ? ["href"]
          : element.nodeName === "INPUT"
            ? ["type", "checked", "disabled"]
            : element.nodeName === "OL"
              ? ["start"]
              : element.nodeName === "CODE"
                ? ["class"]
                : [];
      expect(allowed).toContain(attribute);
    }
  }
  for (const link of document.querySelectorAll("a")) {
    expect(link.hasAttribute("href")).toBe(true);
    // By its scheme as a browser reads it (a renderer's own autolink of `www.…\` may not parse as a URL, but stays http).
    expect(link.getAttribute("href")).toMatch(/^(https?:\/\/|mailto:)/);
  }
}

/** The report's top-level quotes, split into rationales (under a “Rationale” line) and the others (comments). */
function quotesOf(document: Document): { rationales: Element[]; others: Element[] } {
  const top = [...document.querySelectorAll("blockquote")].filter(
    (quote) => quote.parentElement?.nodeName !== "BLOCKQUOTE" && !quote.parentElement?.closest("blockquote"),
  );
  const isRationale = (quote: Element) => (quote.previousElementSibling ? textOf(quote.previousElementSibling) === "Rationale" : false);
  return { rationales: top.filter(isRationale), others: top.filter((quote) => !isRationale(quote)) };
}

/** The report's own headings of `level` (not those a rationale's Markdown makes inside its quote). */
function headings(document: Document, level: "h1" | "h2" | "h3"): string[] {
  return [...document.querySelectorAll(level)].filter((heading) => !heading.closest("blockquote")).map(textOf);
}

function hrefs(document: Document): string[] {
  return [...document.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? "");
}

/** The section of `document` under the h2 named `title`: the elements up to the next h2. */
function section(document: Document, title: string): Element[] {
  const heading = [...document.querySelectorAll("h2")].find((h) => textOf(h) === title);
  expect(heading).toBeDefined();
  const elements: Element[] = [];
  for (let e = heading?.nextElementSibling ?? null; e !== null && e.nodeName !== "H2"; e = e.nextElementSibling) elements.push(e);
  return elements;
}

describe("toMarkdown structure", () => {
  const doc = sampleExportDocument();
  const document = render(doc);
  const markdown = toMarkdown(doc);

  it("has the title, the export line and the sections in order", () => {
    expect(headings(document, "h1")).toEqual(["CECOT flights, March 2025"]);
    expect(markdown).toMatch(/^# CECOT flights, March 2025\n/);
    expect(textOf(document.querySelector("h1 + p")!)).toBe("Exported 2025-03-20 08:00 UTC by Corroborate Desk.");
    expect(headings(document, "h2")).toEqual(["Sources", "Summary", "Claims", "Facts"]);
  });

  it("lists the sources with outlet, date and a link when there is a URL", () => {
    const items = section(document, "Sources").flatMap((e) => [...e.querySelectorAll("li")]);
    expect(items.map(textOf)).toEqual([
      "Deportees land in El Salvador · Daily Ledger · published 2025-03-16 · version 1",
      "What the flight logs show · published 2025-03-18 · version 2",
    ]);
    expect(items[0]?.querySelector("a")?.getAttribute("href")).toBe("https://ledger.example/news/deportees");
    expect(items[1]?.querySelector("a")).toBeNull();
  });

  it("counts claims by verdict and facts with conflicts", () => {
    const summary = section(document, "Summary");
    const rows = summary.flatMap((e) => [...e.querySelectorAll("tbody tr")]).map((tr) => [...tr.querySelectorAll("td")].map(textOf));
    expect(rows).toEqual([
      ["Mostly true", "1"],
      ["Mixed", "1"],
      ["Not yet rated", "2"],
    ]);
    expect(summary.map(textOf)).toContain("Facts with conflicting figures: 0 of 1.");
  });

  it("has a numbered section for every claim, with its context, status and verdict", () => {
    expect(headings(document, "h3").slice(0, 4)).toEqual([
      "1. “over 200 deportees”",
      "2. “A lawyer disputed the account”",
      "3. “roughly 250 Venezuelans”",
      "4. “261 men”",
    ]);
    const claims = section(document, "Claims").map(textOf);
    expect(claims).toContain("…Officials said that over 200 deportees landed in San Salvador on Sunda…");
    expect(claims).toContain("Status: Approved · Verdict: Mostly true · Assigned to Alice Reviewer");
    expect(claims).toContain("Status: Open · Verdict: Not yet rated");
    expect(claims).toContain("Figure: over 200 (more than 200) · Fact: People flown to CECOT on 16 March 2025");
    const exact = section(document, "Claims")
      .flatMap((e) => [...e.querySelectorAll("strong")])
      .map(textOf);
    expect(exact).toEqual(expect.arrayContaining(["over 200 deportees", "A lawyer disputed the account", "roughly 250 Venezuelans", "261 men"]));
  });

  it("says where an orphan's words went and which version it was made on", () => {
    expect(section(document, "Claims").map(textOf)).toContain(
      "The words of this claim are no longer in the current text of the source. It was made on version 1 (saved 2025-03-17 08:00 UTC).",
    );
    expect(markdown.match(/no longer in the current text/g)).toHaveLength(1);
  });

  it("lists evidence, reviewers with dates and comments", () => {
    const items = section(document, "Claims")
      .flatMap((e) => [...e.querySelectorAll("li")])
      .map(textOf);
    expect(items).toEqual(
      expect.arrayContaining([
        "Supports · Ministry · “238 people” · https://gov.example/list · accessed 2025-03-18 · added by Alice Reviewer, 2025-03-18 11:00 UTC · Captured 17 Mar 2025, 10:02 UTC · SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "Adds context · Phone call with a lawyer · added by Ed Itor, 2025-03-18 12:00 UTC",
        "Alice Reviewer rated it Mostly true, 2025-03-18 13:00 UTC",
        "Approved by Ed Itor, 2025-03-19 12:00 UTC",
      ]),
    );
    expect(hrefs(document)).toContain("https://gov.example/list");
    expect(section(document, "Claims").map(textOf)).toContain("Ed Itor, 2025-03-19 11:00 UTC:");
  });

  it("keeps the rationale's own Markdown, and shows comments as typed", () => {
    const { rationales, others } = quotesOf(document);
    expect(rationales.map(textOf)).toEqual(["The ministry's list names 238 people; see the list."]);
    expect(rationales[0]!.querySelector("strong")?.textContent).toBe("238");
    expect(rationales[0]!.querySelector("a")?.getAttribute("href")).toBe("https://gov.example/list");
    expect(others.map(textOf)).toEqual(["Checked against the *ministry* list."]);
    expect(others[0]!.querySelectorAll("a, strong, em")).toHaveLength(0);
  });

  it("writes a rationale's raw HTML as text and keeps its unsafe links' words only", () => {
    const unsafe = sampleExportDocument();
    unsafe.claims[0]!.rationale = "<b onclick=x>bold?</b>\n\n- a [trap](javascript:alert(1))\n- ![chart](https://x.example/c.png)\n\n> quoted";
    const document = render(unsafe);
    expectInert(document);
    const quote = quotesOf(document).rationales[0]!;
    expect(visibleText(quote)).toContain("<b onclick=x>bold?</b>");
    expect(quote.querySelectorAll("li").length).toBe(2);
    expect(textOf(quote)).toContain("a trap chart quoted");
    expect(quote.querySelectorAll("a, img")).toHaveLength(0);
  });

  it("says what each claim is, who made it, where it appeared and where its fact-check is", () => {
    const claims = section(document, "Claims").map(textOf);
    expect(claims).toContain(
      "Statement: “over 200 deportees” Claimant: — Appeared: https://ledger.example/news/deportees, 2025-03-16 Fact-check: https://factdesk.example/cecot-flights",
    );
  });

  it("has a comparison table per fact with a row per claim", () => {
    const facts = section(document, "Facts");
    expect(facts.map((e) => e.nodeName)).toEqual(["H3", "TABLE", "P"]);
    const table = facts[1]!;
    expect([...table.querySelectorAll("th")].map(textOf)).toEqual(["Source", "Outlet", "Date", "Wording", "Interval", "Verdict"]);
    expect([...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map(textOf))).toEqual([
      ["Deportees land in El Salvador", "Daily Ledger", "2025-03-16", "“over 200 deportees”", "more than 200", "Mostly true"],
      ["What the flight logs show", "—", "2025-03-18", "“roughly 250 Venezuelans”", "225 to 275", "Mixed"],
    ]);
    expect(textOf(facts[2]!)).toBe("No conflicting figures.");
  });

  it("quotes each claim's current words in the fact table, marked when they moved, matched approximately or are gone", () => {
    const doc = sampleExportDocument();
    doc.facts[0]!.rows[0] = { ...doc.facts[0]!.rows[0]!, anchorStatus: "fuzzy", wording: "over 210 deportees" };
    doc.facts[0]!.rows[1] = { ...doc.facts[0]!.rows[1]!, anchorStatus: "orphan" };
    const table = section(render(doc), "Facts")[1]!;
    expect([...table.querySelectorAll("tbody tr")].map((tr) => textOf(tr.querySelectorAll("td")[3]!))).toEqual([
      "“over 210 deportees” (matched approximately)",
      "“roughly 250 Venezuelans” (orphaned in the current version: these words are no longer in the text)",
    ]);
  });

  it("lists a fact's conflicts with their reasons", () => {
    const conflicting = sampleExportDocument();
    conflicting.facts[0]!.conflicts = [{ a: "c-1", b: "c-3", reason: "250 is not more than 200 | really" }];
    const facts = section(render(conflicting), "Facts");
    expect(facts.flatMap((e) => [...e.querySelectorAll("li")]).map(textOf)).toEqual([
      "“over 200 deportees” (Deportees land in El Salvador) and “roughly 250 Venezuelans” (What the flight logs show): 250 is not more than 200 | really",
    ]);
  });

  it("is inert", () => {
    expectInert(document);
  });
});

describe("markdownChunks", () => {
  it("yields whole blocks that join into the report", () => {
    const doc = sampleExportDocument();
    const chunks = [...markdownChunks(doc)];
    expect(chunks.join("")).toBe(toMarkdown(doc));
    // Title, sources, summary, the Claims heading, 4 claims, the Facts heading, 1 fact.
    expect(chunks).toHaveLength(10);
    for (const chunk of chunks) expect(chunk.endsWith("\n")).toBe(true);
  });

  it("says so when there is nothing to list", () => {
    const empty: ExportDocument = { ...sampleExportDocument(), sources: [], claims: [], facts: [] };
    const document = render(empty);
    expect(headings(document, "h2")).toEqual(["Sources", "Summary", "Claims"]);
    expect(section(document, "Claims").map(textOf)).toEqual(["No claims."]);
  });
});

describe("user text cannot inject HTML or links", () => {
  const markdownPayloads = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    '![x](x" onerror="alert(1))',
    "<https://evil.example> https://evil.example www.evil.example mail@evil.example",
    "&lt;script&gt; &#106;avascript: `code` ~~struck~~ **bold** _em_ a|b",
  ];

  it.each([...htmlPayloads, ...markdownPayloads])("shows %j as text", (payload) => {
    const document = render(documentWithText(payload));
    expectInert(document);
    const text = textOf(document.body);
    expect(text).toContain(payload);
    // Every link is one the writer made from a stored http(s) address, none from the payload.
    // (links in a rationale are its own, checked http(s) or mailto by expectInert)
    const { rationales, others } = quotesOf(document);
    const rationaleLinks = new Set(rationales.flatMap((quote) => [...quote.querySelectorAll("a")]));
    for (const link of document.querySelectorAll("a"))
      if (!rationaleLinks.has(link))
        expect([
          "https://corroborate.example/",
          "https://ledger.example/news/deportees",
          "https://ok.example/",
          "https://factdesk.example/cecot-flights",
        ]).toContain(link.getAttribute("href"));
    expect(headings(document, "h1")).toEqual([squash(payload)]);
    // A rationale and a comment per claim; the comments as typed.
    expect(rationales).toHaveLength(4);
    expect(others).toHaveLength(4);
    for (const quote of others) expect(textOf(quote)).toBe(squash(payload));
  });

  it.each(badUrls)("links no unsafe address: %j", (url) => {
    const doc = sampleExportDocument();
    doc.organisation.url = url;
    doc.sources[0]!.url = url;
    doc.facts[0]!.rows[0]!.url = url;
    for (const claim of doc.claims) claim.publishedUrl = url;
    for (const claim of doc.claims) claim.evidence = claim.evidence.map((e) => ({ ...e, url }));
    const document = render(doc);
    expectInert(document);
    // Only the sample rationale's own link is left.
    expect(hrefs(document)).toEqual(["https://gov.example/list"]);
    expect(textOf(document.body)).toContain(squash(url));
  });

  it("percent-encodes the characters that would end a link destination", () => {
    const doc = sampleExportDocument();
    doc.claims[0]!.evidence[0]!.url = "https://x.example/a (b)<c>\\d?q=(1) 2";
    const document = render(doc);
    expectInert(document);
    expect(hrefs(document)).toContain("https://x.example/a%20%28b%29%3Cc%3E/d?q=%281%29%202");
  });

  it("holds for any text", () => {
    const unit = fc.constantFrom(
      ..."\\`*_{}[]()#+-.!|<>&~:@=\"' \t\n\r\u2028\0é🇻🇪ab1",
      "    ",
      "```",
      "~~~",
      "<script>",
      "&amp;",
      "&#x3C;",
      "javascript:",
      "https://e.example/",
      "www.e.example",
      "a@e.example",
      "\n- ",
      "\n1. ",
      "\n===",
      "\n> ",
      "\n| - |",
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 })), (payload) => {
        const document = render(documentWithText(payload));
        expectInert(document);
        const shown = squash(payload);
        expect(headings(document, "h1")).toEqual([shown]);
        const { rationales, others } = quotesOf(document);
        // A comment per claim as typed, and a rationale too unless the text is blank.
        expect(others).toHaveLength(4);
        for (const quote of others) expect(textOf(quote)).toBe(shown);
        expect(rationales).toHaveLength(payload.trim() === "" ? 0 : 4);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
