import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { readWebAnnotations, type ImportPlan } from "./read-web-annotations";
import { sampleExportDocument } from "../export/test-document";
import { toAnnotationCollection, webAnnotationChunks } from "../export/web-annotation";

/** The refusal `readWebAnnotations(json)` throws; fails the test when there is none. */
function refusal(json: unknown): AppError {
  try {
    readWebAnnotations(json);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

function expectRefused(json: unknown, message: RegExp): void {
  const error = refusal(json);
  expect(error.code).toBe("INVALID");
  expect(error.message).toMatch(message);
  expect(error.fields).toEqual({ file: error.message });
}

const page = "https://news.example/2025/03/flights";

/** A Hypothesis API search result: two annotations on one page and a page note. */
function hypothesisSearchResult() {
  return {
    total: 3,
    rows: [
      {
        id: "hyp-1",
        created: "2025-03-21T10:00:00.123456+00:00",
        updated: "2025-03-21T10:05:00.000000+00:00",
        user: "acct:maria@hypothes.is",
        uri: page,
        text: "The ministry's list has **238** names.",
        tags: ["cecot", "numbers"],
        group: "__world__",
        permissions: { read: ["group:__world__"] },
        target: [
          {
            source: page,
            selector: [
              { type: "RangeSelector", startContainer: "/main[1]/p[2]", startOffset: 20, endContainer: "/main[1]/p[2]", endOffset: 38 },
              { type: "TextPositionSelector", start: 120, end: 138 },
              { type: "TextQuoteSelector", exact: "over 200 deportees", prefix: "Officials said that ", suffix: " landed in San" },
            ],
          },
        ],
        document: { title: ["Flights to El Salvador"] },
        links: { html: "https://hypothes.is/a/hyp-1" },
        user_info: { display_name: "Maria S." },
        flagged: false,
      },
      {
        id: "hyp-2",
        created: "2025-03-21T11:00:00.000000+00:00",
        user: "acct:jon@hypothes.is",
        uri: page,
        text: "",
        tags: [],
        target: [{ source: page, selector: [{ type: "TextQuoteSelector", exact: "roughly 250 Venezuelans" }] }],
        document: { title: ["Flights to El Salvador"] },
        user_info: { display_name: null },
      },
      {
        id: "hyp-3",
        created: "2025-03-21T12:00:00.000000+00:00",
        user: "acct:maria@hypothes.is",
        uri: page,
        text: "The whole piece leans on one official.",
        tags: [],
        target: [{ source: page }],
        document: { title: ["Flights to El Salvador"] },
      },
    ],
  };
}

/** A W3C annotation as another tool writes it: no `corroborate:` extensions. */
function foreignAnnotation(overrides: Record<string, unknown> = {}) {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: "https://tool.example/anno/1",
    type: "Annotation",
    created: "2025-01-02T03:04:05Z",
    creator: { id: "https://tool.example/users/kim", type: "Person", nickname: "kim" },
    body: [
      { type: "TextualBody", value: "Source for this?" },
      { type: "TextualBody", purpose: "assessing", value: "Misleading" },
      { type: "TextualBody", purpose: "tagging", value: "budget" },
      { type: "SpecificResource", source: "https://stats.example/table", purpose: "citing" },
      "https://archive.example/snapshot",
    ],
    target: {
      source: "https://paper.example/story",
      selector: { type: "TextQuoteSelector", exact: "a record year", prefix: "It was ", suffix: " for" },
    },
    ...overrides,
  };
}

describe("readWebAnnotations: our own export", () => {
  function roundTrip(): { plan: ImportPlan; doc: ReturnType<typeof sampleExportDocument> } {
    const doc = sampleExportDocument();
    return { plan: readWebAnnotations(JSON.parse(JSON.stringify(toAnnotationCollection(doc)))), doc };
  }

  it("gives back every claim's quote, position, verdict, rationale, status, evidence, comments and fact", () => {
    const { plan, doc } = roundTrip();
    expect(plan.skipped).toEqual([]);
    expect(plan.annotations).toHaveLength(doc.claims.length);
    doc.claims.forEach((claim, index) => {
      const source = doc.sources.find((s) => s.id === claim.sourceId);
      expect(plan.annotations[index]).toEqual({
        sourceKey: source?.url ?? source?.urn,
        quote: { exact: claim.target.exact, prefix: claim.target.prefix, suffix: claim.target.suffix },
        position: { start: claim.target.start, end: claim.target.end },
        verdictKey: claim.verdict?.key ?? null,
        verdictLabel: claim.verdict?.label ?? null,
        rationale: claim.rationale,
        status: claim.status,
        evidence: claim.evidence.map((e) => ({ url: e.url, outlet: e.outlet, quote: e.quote, stance: e.stance, accessedAt: e.accessedAt })),
        comments: claim.comments.map((c) => ({ body: c.body, authorName: c.author.name, created: c.createdAt })),
        factId: claim.factId,
        factTitle: claim.factId ? "People flown to CECOT on 16 March 2025" : null,
      });
    });
  });

  it("gives back the sources with their embedded text, keyed as the annotations name them", () => {
    const { plan, doc } = roundTrip();
    expect(plan.sources).toEqual(
      doc.sources.map((s) => ({
        key: s.url ?? s.urn,
        url: s.url,
        title: s.title,
        outlet: s.outlet,
        publishedAt: s.publishedAt,
        text: s.version.text,
        language: s.language,
      })),
    );
  });

  it("reads the streamed form the same way", () => {
    const doc = sampleExportDocument();
    const streamed = JSON.parse([...webAnnotationChunks(doc)].join(""));
    expect(readWebAnnotations(streamed)).toEqual(roundTrip().plan);
  });

  it("imports the sources of an export without claims", () => {
    const doc = { ...sampleExportDocument(), claims: [] };
    const plan = readWebAnnotations(toAnnotationCollection(doc));
    expect(plan.annotations).toEqual([]);
    expect(plan.sources.map((s) => s.key)).toEqual(["https://ledger.example/news/deportees", "urn:corroborate:source:s-b"]);
  });
});

describe("readWebAnnotations: Hypothesis", () => {
  const expected: ImportPlan = {
    sources: [{ key: page, url: page, title: "Flights to El Salvador", outlet: null, publishedAt: null, text: null, language: null }],
    annotations: [
      {
        sourceKey: page,
        quote: { exact: "over 200 deportees", prefix: "Officials said that ", suffix: " landed in San" },
        position: { start: 120, end: 138 },
        verdictKey: null,
        verdictLabel: null,
        rationale: "",
        status: null,
        evidence: [],
        comments: [
          { body: "The ministry's list has **238** names.\n\nTags: cecot, numbers", authorName: "Maria S.", created: "2025-03-21T10:00:00.123456+00:00" },
        ],
        factId: null,
        factTitle: null,
      },
      {
        sourceKey: page,
        quote: { exact: "roughly 250 Venezuelans" },
        position: null,
        verdictKey: null,
        verdictLabel: null,
        rationale: "",
        status: null,
        evidence: [],
        comments: [],
        factId: null,
        factTitle: null,
      },
    ],
    skipped: [{ reason: "Annotation 3 does not quote any text (it is a note on the whole page), so it was skipped." }],
  };

  it("reads an API search result: notes and tags become a comment, the page note is skipped", () => {
    expect(readWebAnnotations(hypothesisSearchResult())).toEqual(expected);
  });

  it("reads the same annotations as a plain list and as the client's export file", () => {
    const { rows } = hypothesisSearchResult();
    expect(readWebAnnotations(rows)).toEqual(expected);
    expect(
      readWebAnnotations({ export_date: "2025-03-22T00:00:00Z", export_userid: "acct:maria@hypothes.is", client_version: "1.0", annotations: rows }),
    ).toEqual(expected);
  });

  it("names the author by account when there is no display name, and skips replies", () => {
    const { rows } = hypothesisSearchResult();
    const [first] = rows;
    const plan = readWebAnnotations([
      { ...first, user_info: null, tags: [] },
      { ...first, references: ["hyp-1"], text: "Agreed." },
    ]);
    expect(plan.annotations[0]?.comments).toEqual([
      { body: "The ministry's list has **238** names.", authorName: "maria", created: "2025-03-21T10:00:00.123456+00:00" },
    ]);
    expect(plan.skipped).toEqual([{ reason: "Annotation 2 is a reply to another annotation, so it was skipped." }]);
  });
});

describe("readWebAnnotations: other W3C annotations", () => {
  it("reads one annotation: text as a comment, assessing as the verdict label, tags, and links as context", () => {
    const plan = readWebAnnotations(foreignAnnotation());
    expect(plan.sources).toEqual([
      { key: "https://paper.example/story", url: "https://paper.example/story", title: null, outlet: null, publishedAt: null, text: null, language: null },
    ]);
    expect(plan.annotations).toEqual([
      {
        sourceKey: "https://paper.example/story",
        quote: { exact: "a record year", prefix: "It was ", suffix: " for" },
        position: null,
        verdictKey: null,
        verdictLabel: "Misleading",
        rationale: "",
        status: null,
        evidence: [
          { url: "https://stats.example/table", outlet: null, quote: null, stance: "adds-context", accessedAt: null },
          { url: "https://archive.example/snapshot", outlet: null, quote: null, stance: "adds-context", accessedAt: null },
        ],
        comments: [
          { body: "Source for this?", authorName: "kim", created: "2025-01-02T03:04:05Z" },
          { body: "Tags: budget", authorName: "kim", created: "2025-01-02T03:04:05Z" },
        ],
        factId: null,
        factTitle: null,
      },
    ]);
  });

  it("reads a list, a page, and a collection with items, and takes bodyValue as a comment", () => {
    const single = readWebAnnotations(foreignAnnotation());
    expect(readWebAnnotations([foreignAnnotation()])).toEqual(single);
    expect(readWebAnnotations({ type: "AnnotationPage", items: [foreignAnnotation()] })).toEqual(single);
    expect(readWebAnnotations({ type: "AnnotationCollection", first: { type: "AnnotationPage", items: [foreignAnnotation()] } })).toEqual(single);
    const plan = readWebAnnotations(foreignAnnotation({ body: undefined, bodyValue: "Plain note" }));
    expect(plan.annotations[0]?.comments).toEqual([{ body: "Plain note", authorName: "kim", created: "2025-01-02T03:04:05Z" }]);
  });

  it("skips annotations on the whole page or on addresses that are not web pages or urns", () => {
    const plan = readWebAnnotations([
      foreignAnnotation({ target: "https://paper.example/story" }),
      foreignAnnotation({ target: { source: "file:///etc/passwd", selector: { type: "TextQuoteSelector", exact: "root" } } }),
      foreignAnnotation({ target: { source: "javascript:alert(1)", selector: { type: "TextQuoteSelector", exact: "x" } } }),
    ]);
    expect(plan.annotations).toEqual([]);
    expect(plan.sources).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toEqual([
      "Annotation 1 does not quote any text (it is a note on the whole page), so it was skipped.",
      "Annotation 2 is not on a web page (http or https address) or a urn, so it was skipped.",
      "Annotation 3 is not on a web page (http or https address) or a urn, so it was skipped.",
    ]);
  });

  it("keeps an embedded source under its urn when its address is not http(s), and says so", () => {
    const collection = toAnnotationCollection({ ...sampleExportDocument(), claims: [] });
    const [embedded] = collection["corroborate:sources"];
    if (!embedded) throw new Error("fixture: the sample has sources");
    embedded.url = "javascript:alert(1)";
    const plan = readWebAnnotations(collection);
    expect(plan.sources[0]).toMatchObject({ key: "urn:corroborate:source:s-a", url: null, title: "Deportees land in El Salvador" });
    expect(plan.skipped).toEqual([{ reason: "The address of source 1 was left out: only http and https addresses are imported." }]);
  });

  it("drops evidence links that are not http(s) and says so", () => {
    const doc = sampleExportDocument();
    const collection = toAnnotationCollection(doc);
    const [first] = collection.first.items;
    const evidence = first?.body?.find((b) => b.type === "SpecificResource");
    if (!evidence || evidence.type !== "SpecificResource") throw new Error("fixture: the first claim has linked evidence");
    evidence.source = "javascript:alert(1)";
    const plan = readWebAnnotations(collection);
    expect(plan.annotations[0]?.evidence).toEqual([{ url: null, outlet: "Phone call with a lawyer", quote: null, stance: "adds-context", accessedAt: null }]);
    expect(plan.skipped).toEqual([{ reason: "An evidence link of annotation 1 was left out: only http and https links are imported." }]);
  });
});

describe("readWebAnnotations: refusals", () => {
  it.each([
    ["a string", "not annotations"],
    ["a number", 42],
    ["null", null],
  ])("refuses %s: not a JSON object or list", (_name, json) => {
    expectRefused(json, /^This file is not a Web Annotation export: it should hold a JSON object or a list of annotations\.$/);
  });

  it.each([
    ["an empty list", []],
    ["an empty object", {}],
    ["an empty search result", { total: 0, rows: [] }],
    ["an unrelated object", { name: "package", version: "1.0.0" }],
    ["an empty collection", { type: "AnnotationCollection", first: { type: "AnnotationPage", items: [] }, "corroborate:sources": [] }],
  ])("refuses %s: no annotations were found", (_name, json) => {
    expectRefused(json, /^This file is not a Web Annotation export: no annotations were found\.$/);
  });

  it("refuses more than 50,000 annotations before reading any", () => {
    expectRefused(
      Array.from({ length: 60_000 }, () => 1),
      /60,000 annotations; at most 50,000 can be imported/,
    );
  });

  it("refuses a file with a lone surrogate anywhere, naming where, before reading any annotation", () => {
    const file = JSON.parse(
      JSON.stringify([foreignAnnotation({ target: { source: page, selector: { type: "TextQuoteSelector", exact: "over 200 LONE" } } })]).replace(
        "LONE",
        "\\ud83d",
      ),
    );
    expectRefused(file, /not well-formed Unicode \(an unpaired surrogate in 0\.target\.selector\.exact, at character 9\)/);
  });

  it("refuses a collection that only links to its annotations", () => {
    expectRefused({ type: "AnnotationCollection", first: "https://tool.example/page1" }, /only a link to them/);
  });

  it.each([
    ["a list item that is not an object", [1], /^Item 1 of the file is not an annotation: it should be a JSON object\.$/],
    ["an object that is no annotation", [foreignAnnotation(), { hello: "world" }], /^Item 2 of the file is not an annotation/],
    [
      "a quote that is a number",
      [foreignAnnotation({ target: { source: page, selector: { type: "TextQuoteSelector", exact: 5 } } })],
      /^Annotation 1 cannot be read: The quoted text is missing\. \(at target\.0\.selector\.0\.exact\)$/,
    ],
    ["an empty quote", [foreignAnnotation({ target: { source: page, selector: [{ type: "TextQuoteSelector", exact: "" }] } })], /The quoted text is empty/],
    [
      "a quote over 10,000 characters",
      [foreignAnnotation({ target: { source: page, selector: { type: "TextQuoteSelector", exact: "x".repeat(10_001) } } })],
      /longer than 10,000 characters/,
    ],
    [
      "a position ending before it starts",
      [
        foreignAnnotation({
          target: {
            source: page,
            selector: [
              { type: "TextQuoteSelector", exact: "a" },
              { type: "TextPositionSelector", start: 9, end: 2 },
            ],
          },
        }),
      ],
      /ends before it starts/,
    ],
    ["a target list that is empty", [foreignAnnotation({ target: [] })], /The annotation has no target/],
    ["an unknown status", [foreignAnnotation({ "corroborate:status": "done" })], /The status is not open, in-review or approved/],
    ["Hypothesis tags that are not text", [{ ...hypothesisSearchResult().rows[0], tags: "cecot" }], /^Annotation 1 cannot be read: .*\(at tags\)$/],
    [
      "an over-long comment",
      [foreignAnnotation({ body: { type: "TextualBody", purpose: "commenting", value: "x".repeat(10_001) } })],
      /a comment is longer than 10,000 characters/,
    ],
    [
      "a source list that is not a list of sources",
      { type: "AnnotationCollection", items: [], "corroborate:sources": [{ title: "no id" }] },
      /^The list of sources cannot be read/,
    ],
  ])("refuses %s, naming the problem", (_name, json, message) => {
    expectRefused(json, message);
  });
});
