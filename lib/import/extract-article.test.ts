import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";

const NEWS = readFileSync(new URL("./fixtures/news-article.html", import.meta.url), "utf8");
const URL_OF_NEWS = "https://www.riverside-gazette.example/news/bridge";

describe("extractArticle on a news page", () => {
  const article = extractArticle(NEWS, URL_OF_NEWS);

  it("reads title, byline, outlet and date", () => {
    expect(article.title).toBe("Council approves river bridge after two-year delay");
    expect(article.byline).toBe("Jane Doe");
    expect(article.outlet).toBe("The Riverside Gazette");
    // article:published_time wins over JSON-LD's 2024-03-04, and is not shifted to UTC.
    expect(article.publishedAt).toBe("2024-03-05");
  });

  it("keeps the four article paragraphs, separated by blank lines, with whitespace collapsed", () => {
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^The city council voted 7 to 2 on Tuesday night/);
    expect(paragraphs[1]).toContain("£14.2 million, will connect the north bank housing estates");
    expect(paragraphs[2]).toContain("“long overdue”");
    expect(paragraphs[3]).toMatch(/shortlisted for the work\.$/);
    for (const paragraph of paragraphs) expect(paragraph).not.toMatch(/\s{2,}|\n/);
  });

  it("drops navigation, ads, scripts, styles, noscript and markup", () => {
    for (const unwanted of [
      "SCRIPT_SHOULD_NOT_APPEAR",
      "NOSCRIPT_SHOULD_NOT_APPEAR",
      "injected",
      "ADVERTISEMENT",
      "Opinion",
      "font-family",
      "All rights reserved",
      "<",
      "&ldquo;",
      "&pound;",
    ]) {
      expect(article.text).not.toContain(unwanted);
    }
  });
});

describe("extractArticle on a page with its own site name and a byline line", () => {
  const article = extractArticle(
    readFileSync(new URL("./fixtures/site-name-and-byline.html", import.meta.url), "utf8"),
    "https://www.northshore-post.example/ferry",
  );

  it("takes og:site_name as the outlet, over application-name, the JSON-LD publisher and the hostname", () => {
    expect(article.outlet).toBe("Northshore Evening Post");
  });

  it("leaves the byline line out of the text (Readability keeps it when the author is also in <meta name=author>)", () => {
    expect(article.byline).toBe("Priya Raman");
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Single tickets on the harbour ferry will cost £3.40/);
    // A sentence of the article that starts with "By" stays.
    expect(paragraphs[2]).toMatch(/^By late afternoon more than 400 passengers/);
  });
});

describe("extractArticle metadata fallbacks", () => {
  const page = (head: string, body = "<p>Enough words to form a short article body for the reader to keep.</p>") =>
    `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;

  it("reads the site name from application-name, then from the JSON-LD publisher, before the hostname", () => {
    expect(extractArticle(page('<meta name="application-name" content="Gaceta del Sur">'), "https://www.example.org/a").outlet).toBe("Gaceta del Sur");
    const publisher = '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Diario Austral"}}</script>';
    expect(extractArticle(page(publisher), "https://www.example.org/a").outlet).toBe("Diario Austral");
  });

  it("uses the hostname without www. when there is no og:site_name", () => {
    expect(extractArticle(page("<title>T</title>"), "https://www.example.org/a").outlet).toBe("example.org");
    expect(extractArticle(page("<title>T</title>"), "").outlet).toBeNull();
  });

  it("reads the date from <time datetime>, then JSON-LD datePublished", () => {
    expect(extractArticle(page("", '<time datetime="2023-11-02">2 Nov</time><p>Body text of the article.</p>'), "").publishedAt).toBe("2023-11-02");
    const jsonLd =
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-01-31T10:00:00+01:00"}]}</script>';
    expect(extractArticle(page(jsonLd), "").publishedAt).toBe("2022-01-31");
  });

  it("gives null for a missing or unparseable date", () => {
    expect(extractArticle(page("<title>T</title>"), "").publishedAt).toBeNull();
    expect(extractArticle(page('<meta property="article:published_time" content="last Tuesday">'), "").publishedAt).toBeNull();
  });

  it("ignores broken JSON-LD", () => {
    expect(extractArticle(page('<script type="application/ld+json">{"datePublished": </script>'), "").publishedAt).toBeNull();
  });

  it("falls back to the body text when Readability finds no article", () => {
    const result = extractArticle("<title>Big news</title><body><h1>Big news</h1></body>", "https://x.example/");
    expect(result).toEqual({ title: "Big news", byline: null, outlet: "x.example", publishedAt: null, text: "Big news" });
  });

  it("handles fragments, entities, <br> and empty input without throwing", () => {
    expect(extractArticle("<p>Just a <b>fragment</b></p><p>second &amp; last<br>line</p>", "").text).toBe("Just a fragment\n\nsecond & last\n\nline");
    expect(extractArticle("", "not a url")).toEqual({ title: null, byline: null, outlet: null, publishedAt: null, text: "" });
    expect(() => extractArticle("<div><p>unclosed <b>tags <i>everywhere", "")).not.toThrow();
  });

  it("survives very deep nesting", () => {
    const deep = `${"<div>".repeat(5_000)}<p>Deep text.</p>${"</div>".repeat(5_000)}`;
    expect(extractArticle(deep, "").text).toContain("Deep text.");
  });
});
