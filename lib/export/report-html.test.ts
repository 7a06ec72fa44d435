import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { badUrls, htmlPayloads } from "../../e2e/fixtures/attack-corpus";
import type { ExportDocument } from "./model";
import { reportContentSecurityPolicy, reportHtmlChunks, toReportHtml } from "./report-html";
import { reportStyles } from "./report-styles";
import { documentWithText, sampleExportDocument } from "./test-document";

/** The report for `doc`, parsed. */
function parseReport(doc: ExportDocument) {
  const html = toReportHtml(doc);
  return { html, document: parseHTML(html).document };
}

/** Trimmed text of each element matching `selector`, whitespace collapsed. */
function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) => (element.textContent ?? "").replace(/\s+/g, " ").trim());
}

/** Every tag the report writer or `renderMarkdown` may produce. */
const allowedTags = new Set([
  "html",
  "head",
  "meta",
  "title",
  "style",
  "body",
  "header",
  "main",
  "section",
  "article",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "br",
  "hr",
  "a",
  "bdi",
  "cite",
  "time",
  "mark",
  "span",
  "div",
  "blockquote",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "table",
  "caption",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "em",
  "strong",
  "del",
  "code",
  "pre",
  // A fact's charts (lib/charts): inline SVG and the disclosure of their data table.
  "figure",
  "details",
  "summary",
  "svg",
  "defs",
  "pattern",
  "g",
  "rect",
  "line",
  "circle",
  "polygon",
  "polyline",
  "text",
]);

/**
 * Asserts the report can do nothing but show text and follow http(s) links, both in the
 * raw markup (what a browser parses) and in the parsed tree.
 */
function expectInert(html: string, document: Document) {
  const rawTags = [...html.matchAll(/<\/?([a-zA-Z][\w:-]*)/g)].map((match) => match[1]!.toLowerCase());
  for (const tag of rawTags) expect(allowedTags, `tag <${tag}>`).toContain(tag);
  expect(html.match(/<style\b/gi)).toHaveLength(1);
  expect(html.match(/<\/style\b/gi)).toHaveLength(1);
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);

  for (const selector of [
    "script",
    "iframe",
    "img",
    "foreignObject",
    "link",
    "base",
    "object",
    "embed",
    "form",
    "noscript",
    "textarea",
    'meta[http-equiv="refresh" i]',
  ]) {
    expect(document.querySelectorAll(selector), selector).toHaveLength(0);
  }
  // The only SVG is a fact's chart, drawn by lib/charts from the tags allowed above (no script, no foreignObject, no links).
  for (const svg of document.querySelectorAll("svg")) {
    expect(svg.getAttribute("class") ?? "").toMatch(/^fact-chart /);
    expect(svg.parentElement?.parentElement?.matches("figure.fact-charts")).toBe(true);
  }
  expect(document.querySelectorAll("style")).toHaveLength(1);
  expect(document.querySelector("style")?.parentElement?.tagName.toLowerCase()).toBe("head");
  expect(document.querySelectorAll("[src], [srcset], [srcdoc], [action], [formaction], [poster], [background], [ping], [xlink\\:href]")).toHaveLength(0);
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) expect(attribute.name.toLowerCase().startsWith("on"), `${element.tagName} ${attribute.name}`).toBe(false);
  }
  for (const element of document.querySelectorAll("[href]")) {
    expect(element.tagName.toLowerCase()).toBe("a");
    expect(element.getAttribute("href")).toMatch(/^https?:\/\/[^\s]/);
    expect(new URL(element.getAttribute("href")!).protocol).toMatch(/^https?:$/);
    expect(element.getAttribute("rel")).toContain("noopener");
  }
  for (const element of document.querySelectorAll("[style]")) {
    expect(element.getAttribute("style")).toMatch(/^width: \d+(\.\d)?%$/);
  }
}

describe("toReportHtml: a standalone page", () => {
  it("isolates a right-to-left override in the investigation's and the sources' titles (heading, source list, claim lines, page title)", () => {
    const sample = sampleExportDocument();
    const doc = {
      ...sample,
      investigation: { ...sample.investigation, title: "Flights \u202Eelbairav" },
      sources: sample.sources.map((source) => ({ ...source, title: `${source.title} \u202Eeriw` })),
    };
    const { document } = parseReport(doc);
    expect(document.title).toBe("\u2068Flights \u202Eelbairav\u2069 · Fact-check report");
    expect(document.querySelector("h1 > bdi")?.textContent).toBe("Flights \u202Eelbairav");
    const citedTitles = [...document.querySelectorAll("cite")].map((cite) => cite.firstElementChild?.tagName.toLowerCase());
    expect(citedTitles.length).toBeGreaterThan(0);
    expect(new Set(citedTitles)).toEqual(new Set(["bdi"]));
  });

  it("opens with a head that forbids every fetch and names the investigation", () => {
    const { html, document } = parseReport(sampleExportDocument());
    expect(html.startsWith('<!doctype html><html lang="en"><head><meta charset="utf-8">')).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(document.documentElement.getAttribute("lang")).toBe("en");
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    );
    expect(reportContentSecurityPolicy).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
    expect(document.querySelector('meta[name="referrer"]')?.getAttribute("content")).toBe("no-referrer");
    expect(document.querySelector('meta[name="viewport"]')?.getAttribute("content")).toContain("width=device-width");
    expect(document.title).toBe("\u2068CECOT flights, March 2025\u2069 · Fact-check report");
  });

  it("uses a stylesheet with system fonts and print rules that loads nothing", () => {
    expect(reportStyles).not.toMatch(/url\s*\(/i);
    expect(reportStyles).not.toMatch(/@import|@font-face|https?:|\/\//i);
    expect(reportStyles).not.toMatch(/<\/?style/i);
    expect(reportStyles).toMatch(/Georgia, "Times New Roman"/);
    expect(reportStyles).toMatch(/system-ui/);
    expect(reportStyles).toContain("@page { size: A4; margin: 18mm; }");
    expect(reportStyles).toMatch(/@media print[\s\S]*break-inside: avoid/);
    const { document } = parseReport(sampleExportDocument());
    expect(document.querySelector("head style")?.textContent).toBe(reportStyles);
  });

  it("is built from semantic landmarks, one section per part of the report", () => {
    const { html, document } = parseReport(sampleExportDocument());
    expect(document.querySelectorAll("body > header")).toHaveLength(1);
    expect(document.querySelectorAll("body > main")).toHaveLength(1);
    expect(texts(document, "main > section > h2")).toEqual(["Sources", "Summary", "Claims", "Facts"]);
    expect(document.querySelectorAll("h1")).toHaveLength(1);
    expectInert(html, document);
  });
});

describe("toReportHtml: header and sources", () => {
  it("shows the investigation title, who reports it, and when it was exported (UTC)", () => {
    const { document } = parseReport(sampleExportDocument());
    expect(texts(document, "h1")).toEqual(["CECOT flights, March 2025"]);
    const byline = texts(document, "header .byline")[0];
    expect(byline).toContain("Report by Corroborate Desk");
    expect(byline).toContain("20 March 2025, 08:00 UTC");
    expect(document.querySelector("header .byline time")?.getAttribute("datetime")).toBe("2025-03-20T08:00:00.000Z");
    expect(document.querySelector("header .scope")).toBeNull();
  });

  it("says so when the export covers one source only", () => {
    const doc = sampleExportDocument();
    doc.scope = { kind: "source", sourceId: "s-b" };
    const { document } = parseReport(doc);
    expect(texts(document, "header .scope")).toEqual(["This report covers one source of the investigation: What the flight logs show."]);
  });

  it("lists each source with its outlet, published date and link (only http(s) links are links)", () => {
    const { document } = parseReport(sampleExportDocument());
    const items = [...document.querySelectorAll(".sources > li")];
    expect(items).toHaveLength(2);
    const [ledger, logs] = items.map((item) => (item.textContent ?? "").replace(/\s+/g, " "));
    expect(ledger).toContain("Deportees land in El Salvador");
    expect(ledger).toContain("Daily Ledger");
    expect(ledger).toContain("published 16 March 2025");
    expect(items[0]!.querySelector("a")?.getAttribute("href")).toBe("https://ledger.example/news/deportees");
    expect(items[0]!.querySelector("a")?.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(logs).toContain("What the flight logs show");
    expect(logs).toContain("published 18 March 2025");
    expect(items[1]!.querySelector("a")).toBeNull();
  });
});

describe("toReportHtml: summary", () => {
  it("charts claims by verdict as bars sized by their share, with each label and count, and Not yet rated last", () => {
    const { document } = parseReport(sampleExportDocument());
    const rows = [...document.querySelectorAll(".chart tbody tr")].map((row) => ({
      label: row.querySelector("th")?.textContent,
      scope: row.querySelector("th")?.getAttribute("scope"),
      count: row.querySelector(".count")?.textContent,
      width: row.querySelector(".bar")?.getAttribute("style"),
    }));
    expect(rows.map((row) => row.label)).toEqual(["True", "Mostly true", "Mixed", "Mostly false", "False", "Misleading", "Unverifiable", "Not yet rated"]);
    expect(rows.every((row) => row.scope === "row")).toBe(true);
    expect(Object.fromEntries(rows.map((row) => [row.label, [row.count, row.width]]))).toMatchObject({
      True: ["0", "width: 0%"],
      "Mostly true": ["1", "width: 25%"],
      Mixed: ["1", "width: 25%"],
      "Not yet rated": ["2", "width: 50%"],
    });
    expect(texts(document, ".chart caption")).toEqual(["Claims by verdict"]);
  });

  it("counts a verdict that is no longer on the scale under its own label", () => {
    const doc = sampleExportDocument();
    doc.claims[1]!.verdict = { key: "satire", label: "Satire", ratingValue: 3 };
    const { document } = parseReport(doc);
    expect(texts(document, ".chart tbody th").slice(-2)).toEqual(["Satire", "Not yet rated"]);
    expect(texts(document, ".chart tbody tr:last-child .count")).toEqual(["1"]);
  });

  it("counts claims by status and facts with conflicting figures", () => {
    const doc = sampleExportDocument();
    const { document } = parseReport(doc);
    const counts = [...document.querySelectorAll(".counts div")].map((pair) => [pair.querySelector("dt")?.textContent, pair.querySelector("dd")?.textContent]);
    expect(counts).toEqual([
      ["Claims", "4"],
      ["Open", "2"],
      ["In review", "1"],
      ["Approved", "1"],
      ["Facts", "1"],
      ["With conflicting figures", "0"],
    ]);
  });

  it("draws empty bars, not NaN, when there are no claims", () => {
    const doc = sampleExportDocument();
    doc.claims = [];
    doc.facts = [];
    const { html, document } = parseReport(doc);
    expect(html).not.toContain("NaN");
    expect(new Set([...document.querySelectorAll(".bar")].map((bar) => bar.getAttribute("style")))).toEqual(new Set(["width: 0%"]));
    expect(texts(document, ".empty")).toEqual(["No claims in this report.", "No claims in this report are linked to a fact."]);
    expect(document.querySelectorAll("article")).toHaveLength(0);
  });
});

describe("toReportHtml: claims", () => {
  it("gives each claim an article with its words marked in their context, cut to whole words", () => {
    const doc = sampleExportDocument();
    const { document } = parseReport(doc);
    const articles = [...document.querySelectorAll("main article.claim")];
    expect(articles).toHaveLength(doc.claims.length);
    expect(articles.map((article) => article.querySelector(".quote mark")?.textContent)).toEqual(doc.claims.map((claim) => claim.target.exact));
    expect(texts(document, "article .quote")).toEqual([
      "Officials said that over 200 deportees landed in San Salvador on…",
      "…San Salvador on Sunday night. A lawyer disputed the account.",
      "Flight logs show roughly 250 Venezuelans were on the three planes — 🇻🇪…",
      "…total of 261 men…",
    ]);
  });

  it("names the source of each claim, with its outlet and link", () => {
    const { document } = parseReport(sampleExportDocument());
    const [first, , third] = [...document.querySelectorAll("article.claim")];
    expect(first!.textContent).toContain("From Deportees land in El Salvador, Daily Ledger, 16 March 2025");
    expect([...first!.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toContain("https://ledger.example/news/deportees");
    expect(third!.textContent).toContain("From What the flight logs show, 18 March 2025");
  });

  it("explains where the words of a moved, fuzzy or orphaned claim are shown from", () => {
    const doc = sampleExportDocument();
    doc.claims[1]!.anchorStatus = "moved";
    doc.claims[2]!.anchorStatus = "fuzzy";
    const { document } = parseReport(doc);
    const notes = [...document.querySelectorAll("article.claim")].map((article) => article.querySelector(".anchor-note")?.textContent ?? null);
    expect(notes[0]).toBeNull();
    expect(notes[1]).toMatch(/moved in the current text.*version 1/);
    expect(notes[2]).toMatch(/read slightly differently.*version 2/);
    expect(notes[3]).toBe("The words of this claim are no longer in the current text; shown as they were in version 1.");
  });

  it("shows the review of an approved claim: status, verdict with rating value, figure, reviewers and dates", () => {
    const { document } = parseReport(sampleExportDocument());
    const claim = document.querySelector("article.claim")!;
    const details = Object.fromEntries(
      [...claim.querySelectorAll(".details dt")].map((term) => [term.textContent, (term.nextElementSibling?.textContent ?? "").replace(/\s+/g, " ")]),
    );
    expect(details).toMatchObject({
      Status: "Approved",
      Verdict: "Mostly true rated 4 of 5",
      Figure: "over 200 deportees, read as more than 200",
      Highlighted: "by Alice Reviewer on 18 March 2025",
      "Assigned to": "Alice Reviewer",
      Approved: "by Ed Itor on 19 March 2025",
      "In the workspace": "https://corroborate.example/sources/s-a?claim=c-1",
    });
    expect(texts(claim, ".assessments li")).toEqual(["Alice Reviewer: Mostly true 18 March 2025"]);
  });

  it("renders the rationale and comments as sanitised Markdown", () => {
    const { document } = parseReport(sampleExportDocument());
    const claim = document.querySelector("article.claim")!;
    const [rationale, comment] = [...claim.querySelectorAll(".prose")];
    expect(rationale!.querySelector("strong")?.textContent).toBe("238");
    expect(rationale!.querySelector("a")?.getAttribute("href")).toBe("https://gov.example/list");
    expect(comment!.querySelector("em")?.textContent).toBe("ministry");
    expect(texts(claim, ".comments li .meta")).toEqual(["Ed Itor, 19 March 2025, 11:00 UTC"]);
  });

  it("lists evidence with its stance, outlet, link, quote and accessed date", () => {
    const { document } = parseReport(sampleExportDocument());
    const items = [...document.querySelectorAll("article.claim")[0]!.querySelectorAll(".evidence > li")];
    expect(items.map((item) => item.querySelector(".stance")?.textContent)).toEqual(["Supports", "Adds context"]);
    const first = (items[0]!.textContent ?? "").replace(/\s+/g, " ");
    expect(first).toContain("Supports Ministry");
    expect(first).toContain("238 people");
    expect(first).toContain("Accessed 18 March 2025");
    expect(items[0]!.querySelector("a")?.getAttribute("href")).toBe("https://gov.example/list");
    expect(items[1]!.textContent).toContain("Phone call with a lawyer");
    expect(items[1]!.querySelector("a")).toBeNull();
  });

  it("says beside a captured evidence link when its page was captured (UTC) and its archive's SHA-256, in the report's language; nothing beside one not captured", () => {
    const sample = sampleExportDocument();
    const { document } = parseReport(sample);
    const items = [...document.querySelectorAll("article.claim")[0]!.querySelectorAll(".evidence > li")];
    const line = items[0]!.querySelector(".capture");
    expect(line?.textContent).toBe("Captured 17 Mar 2025, 10:02 UTC · SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    expect(line?.querySelector("time")?.getAttribute("datetime")).toBe("2025-03-17T10:02:00.000Z");
    expect(items[1]!.querySelector(".capture")).toBeNull();
    // The public report shows the same line and no link to the archive in the workspace.
    const spanish = parseReport({ ...sample, language: "es", audience: "public", workspaceUrl: null }).document;
    const spanishLine = spanish.querySelector("article.claim .evidence > li .capture");
    expect(spanishLine?.textContent).toBe("Capturada el 17 mar 2025, 10:02 UTC · SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    expect(spanish.documentElement.outerHTML).not.toContain("archive.wacz");
  });

  it("lists a claim's conflicting figures", () => {
    const doc = sampleExportDocument();
    doc.claims[0]!.conflicts = ["238 is not more than 250"];
    const { document } = parseReport(doc);
    expect(texts(document.querySelector("article.claim")!, ".conflicts li")).toEqual(["238 is not more than 250"]);
  });
});

describe("toReportHtml: facts", () => {
  it("compares each fact's claims in a table, one row per source", () => {
    const { document } = parseReport(sampleExportDocument());
    const fact = document.querySelector("section.fact")!;
    expect(texts(fact, "h3")).toEqual(["People flown to CECOT on 16 March 2025"]);
    const table = fact.querySelector("table")!; // the comparison; the charts' data table follows in the figure
    expect([...table.querySelectorAll("thead th")].map((th) => [th.textContent, th.getAttribute("scope")])).toEqual(
      ["Source", "Outlet", "Published", "Wording", "Figure (interval)", "Verdict"].map((name) => [name, "col"]),
    );
    const rows = [...table.querySelectorAll("tbody tr")].map((row) => [...row.children].map((cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim()));
    expect(rows).toEqual([
      [
        "Deportees land in El Salvadorhttps://ledger.example/news/deportees",
        "Daily Ledger",
        "16 March 2025",
        "“over 200 deportees”",
        "more than 200",
        "Mostly true",
      ],
      ["What the flight logs show", "—", "18 March 2025", "“roughly 250 Venezuelans”", "225 to 275", "Mixed"],
    ]);
    expect(fact.querySelector("tbody th")?.getAttribute("scope")).toBe("row");
    expect(texts(fact, "p.meta")).toEqual(["No conflicting figures."]);
  });

  it("quotes each claim's current words, marked when they moved, matched approximately or are gone", () => {
    const doc = sampleExportDocument();
    doc.facts[0]!.rows[0] = { ...doc.facts[0]!.rows[0]!, anchorStatus: "moved", wording: "over 200 deportees" };
    doc.facts[0]!.rows[1] = { ...doc.facts[0]!.rows[1]!, anchorStatus: "fuzzy", wording: "roughly 260 Venezuelans" };
    const { document } = parseReport(doc);
    expect(texts(document, "section.fact td.wording")).toEqual(["“over 200 deportees”moved", "“roughly 260 Venezuelans”matched approximately"]);
    doc.facts[0]!.rows[1] = { ...doc.facts[0]!.rows[1]!, anchorStatus: "orphan", wording: "roughly 250 Venezuelans" };
    expect(texts(parseReport(doc).document, "section.fact td.wording .anchor-orphan")).toEqual([
      "orphaned in the current version: these words are no longer in the text",
    ]);
  });

  it("gives the reason for each conflict, naming both sources", () => {
    const doc = sampleExportDocument();
    doc.facts[0]!.conflicts = [{ a: "c-1", b: "c-3", reason: "238 is not more than 250" }];
    const { document } = parseReport(doc);
    expect(texts(document, "section.fact .conflicts li")).toEqual(["238 is not more than 250 (Deportees land in El Salvador and What the flight logs show)"]);
    expect(texts(document, ".counts div:last-child dd").at(-1)).toBe("1");
  });
});

describe("reportHtmlChunks: streamable", () => {
  it("yields the same document as toReportHtml, with each claim and each fact in a piece of its own", () => {
    const doc = sampleExportDocument();
    const chunks = [...reportHtmlChunks(doc)];
    expect(chunks.join("")).toBe(toReportHtml(doc));
    const claimChunks = chunks.filter((chunk) => chunk.includes("<article"));
    expect(claimChunks).toHaveLength(doc.claims.length);
    for (const chunk of claimChunks) expect(chunk.match(/<article\b/g)).toHaveLength(1);
    expect(chunks.filter((chunk) => chunk.includes('<section class="fact"'))).toHaveLength(doc.facts.length);
    expect(chunks.length).toBeGreaterThanOrEqual(doc.claims.length + doc.facts.length + 2);
  });
});

describe("toReportHtml: user text is never markup", () => {
  it.each(htmlPayloads)("shows %s as text in every field, with bad URLs as text, and nothing that can run or load", (payload) => {
    const doc = documentWithText(payload);
    doc.claims.forEach((claim, index) => {
      claim.evidence = claim.evidence.map((evidence) => ({ ...evidence, url: badUrls[index % badUrls.length]! }));
    });
    const { html, document } = parseReport(doc);
    expectInert(html, document);
    expect(document.documentElement.textContent).toContain(payload);
    expect(document.title).toBe(`\u2068${payload}\u2069 · Fact-check report`);
    expect(texts(document, "h1")).toEqual([payload.replace(/\s+/g, " ").trim()]);
    expect([...document.querySelectorAll("mark")].map((mark) => mark.textContent)).toEqual(doc.claims.map(() => payload));
    expect([...document.querySelectorAll("section.fact h3")].map((heading) => heading.textContent)).toEqual([payload]);
    expect([...document.querySelectorAll("section.fact .conflicts li")].map((item) => item.textContent?.startsWith(`${payload} (`))).toEqual([true]);
  });

  it.each(badUrls)("links %j nowhere, wherever a URL appears, and shows it as text", (url) => {
    const doc = sampleExportDocument();
    doc.organisation.url = url;
    for (const source of doc.sources) source.url = url;
    for (const claim of doc.claims) {
      claim.url = url;
      claim.publishedUrl = url;
      for (const evidence of claim.evidence) evidence.url = url;
    }
    for (const fact of doc.facts) fact.rows = fact.rows.map((row) => ({ ...row, url }));
    const { html, document } = parseReport(doc);
    expectInert(html, document);
    expect(document.querySelectorAll("[href]")).toHaveLength(1); // the rationale's own Markdown link
    expect(texts(document, ".url").length).toBeGreaterThan(0);
    for (const shown of document.querySelectorAll(".url")) expect(shown.textContent).toBe(url);
  });

  it("writes a link's address normalised, and escaped in its attribute", () => {
    const doc = sampleExportDocument();
    doc.sources[0]!.url = `https://ledger.example/a?x="><script>alert(1)</script>&y='1'`;
    const { html, document } = parseReport(doc);
    expectInert(html, document);
    const href = document.querySelector(".sources a")?.getAttribute("href");
    expect(href).toBe(new URL(doc.sources[0]!.url).href);
    expect(html).not.toContain("<script>");
  });
});
