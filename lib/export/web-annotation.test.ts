import { describe, expect, it } from "vitest";
import { documentWithText, sampleExportDocument } from "./test-document";
import { toAnnotationCollection, webAnnotationChunks, type WebAnnotation } from "./web-annotation";

function annotationFor(claimId: string): WebAnnotation {
  const doc = sampleExportDocument();
  const claim = doc.claims.find((c) => c.id === claimId);
  const annotation = toAnnotationCollection(doc).first.items.find((a) => a.id === claim?.url);
  if (!annotation) throw new Error(`no annotation for ${claimId}`);
  return annotation;
}

describe("toAnnotationCollection", () => {
  it("describes the investigation as an AnnotationCollection with the annotations embedded", () => {
    const doc = sampleExportDocument();
    const collection = toAnnotationCollection(doc);
    expect(collection["@context"]).toEqual(["http://www.w3.org/ns/anno.jsonld", { corroborate: "https://corroborate.dev/ns#" }]);
    expect(collection).toMatchObject({
      id: "https://corroborate.example/investigations/i-1/annotations",
      type: "AnnotationCollection",
      label: "CECOT flights, March 2025",
      total: 4,
      generated: "2025-03-20T08:00:00.000Z",
      generator: { id: "https://corroborate.example", type: "Software", name: "Corroborate" },
      first: { type: "AnnotationPage" },
    });
    expect(collection.first.items.map((a) => a.id)).toEqual(doc.claims.map((c) => c.url));
  });

  it("names the source in the id of a one-source export", () => {
    const doc = { ...sampleExportDocument(), scope: { kind: "source" as const, sourceId: "s-a" } };
    expect(toAnnotationCollection(doc).id).toBe("https://corroborate.example/investigations/i-1/annotations?source=s-a");
  });

  it("embeds every source's text for re-import, keyed by its urn", () => {
    const doc = sampleExportDocument();
    expect(toAnnotationCollection(doc)["corroborate:sources"]).toEqual([
      {
        id: "urn:corroborate:source:s-a",
        url: "https://ledger.example/news/deportees",
        title: "Deportees land in El Salvador",
        outlet: "Daily Ledger",
        publishedAt: "2025-03-16",
        language: "en",
        versionNumber: 1,
        text: doc.sources[0]?.version.text,
      },
      {
        id: "urn:corroborate:source:s-b",
        url: null,
        title: "What the flight logs show",
        outlet: null,
        publishedAt: "2025-03-18",
        language: "en",
        versionNumber: 2,
        text: doc.sources[1]?.version.text,
      },
    ]);
  });

  it("targets the claim's words with equivalent quote and position selectors and the version's time", () => {
    const annotation = annotationFor("c-1");
    expect(annotation.target).toEqual({
      type: "SpecificResource",
      source: { id: "https://ledger.example/news/deportees", type: "Text", language: "en" },
      selector: [
        { type: "TextQuoteSelector", exact: "over 200 deportees", prefix: "Officials said that ", suffix: " landed in San Salvador on Sunda" },
        { type: "TextPositionSelector", start: 20, end: 38, "corroborate:codePointStart": 20, "corroborate:codePointEnd": 38 },
      ],
      state: { type: "TimeState", sourceDate: "2025-03-17T09:00:00.000Z" },
      "corroborate:sourceId": "s-a",
      "corroborate:sourceTitle": "Deportees land in El Salvador",
      "corroborate:sourceVersion": 1,
      "corroborate:anchorStatus": "exact",
    });
  });

  it("gives UTF-16 offsets in the position selector and code points in the extension properties", () => {
    const annotation = annotationFor("c-3");
    const doc = sampleExportDocument();
    const text = doc.sources[1]?.version.text ?? "";
    const [quote, position] = annotation.target.selector;
    expect(annotation.target.source.id).toBe("urn:corroborate:source:s-b");
    expect(text.slice(position.start, position.end)).toBe(quote.exact);
    expect([...text].slice(position["corroborate:codePointStart"], position["corroborate:codePointEnd"]).join("")).toBe(quote.exact);
  });

  it("writes a verdict, the rationale, evidence and comments as bodies of an assessing annotation", () => {
    const annotation = annotationFor("c-1");
    expect(annotation).toMatchObject({
      type: "Annotation",
      motivation: "assessing",
      created: "2025-03-18T10:00:00.000Z",
      modified: "2025-03-18T10:00:00.000Z",
      creator: { id: "urn:corroborate:user:u-alice", type: "Person", name: "Alice Reviewer" },
      "corroborate:status": "approved",
      "corroborate:factId": "f-1",
      "corroborate:factTitle": "People flown to CECOT on 16 March 2025",
      "corroborate:quantity": { low: 200, high: null, hedge: "more-than", text: "over 200" },
    });
    expect(annotation.body).toEqual([
      { type: "TextualBody", purpose: "assessing", value: "Mostly true", "corroborate:verdictKey": "mostly-true", "corroborate:ratingValue": 4 },
      {
        type: "TextualBody",
        purpose: "describing",
        format: "text/markdown",
        value: "The ministry's list names **238** people; see [the list](https://gov.example/list).",
      },
      {
        type: "SpecificResource",
        source: "https://gov.example/list",
        purpose: "linking",
        state: {
          type: "TimeState",
          sourceDate: "2025-03-17T10:02:00.000Z",
          cached: "https://corroborate.example/api/v1/captures/c-1/archive.wacz",
          "corroborate:archiveSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        },
        "corroborate:stance": "supports",
        "corroborate:outlet": "Ministry",
        "corroborate:quote": "238 people",
        "corroborate:accessedAt": "2025-03-18",
        creator: { id: "urn:corroborate:user:u-alice", type: "Person", name: "Alice Reviewer" },
        created: "2025-03-18T11:00:00.000Z",
      },
      {
        type: "TextualBody",
        purpose: "describing",
        value: "Phone call with a lawyer",
        "corroborate:stance": "adds-context",
        "corroborate:outlet": "Phone call with a lawyer",
        creator: { id: "urn:corroborate:user:u-ed", type: "Person", name: "Ed Itor" },
        created: "2025-03-18T12:00:00.000Z",
      },
      {
        type: "TextualBody",
        purpose: "commenting",
        format: "text/markdown",
        value: "Checked against the *ministry* list.",
        creator: { id: "urn:corroborate:user:u-ed", type: "Person", name: "Ed Itor" },
        created: "2025-03-19T11:00:00.000Z",
      },
    ]);
  });

  it("writes a claim without verdict or notes as a highlighting annotation without body", () => {
    const annotation = annotationFor("c-2");
    expect(annotation.motivation).toBe("highlighting");
    expect(annotation).not.toHaveProperty("body");
    expect(annotation).not.toHaveProperty("corroborate:factId");
    expect(annotation).not.toHaveProperty("corroborate:quantity");
    expect(annotation["corroborate:status"]).toBe("open");
  });

  it("keeps an orphan on the version it was made on", () => {
    const annotation = annotationFor("c-4");
    expect(annotation.target["corroborate:anchorStatus"]).toBe("orphan");
    expect(annotation.target["corroborate:sourceVersion"]).toBe(1);
    expect(annotation.target.state.sourceDate).toBe("2025-03-17T08:00:00.000Z");
  });

  it("carries a claim's statement when written by hand, its claimant and published address, and names no workspace or person in a public document", () => {
    const doc = sampleExportDocument();
    doc.claims[0] = { ...doc.claims[0]!, statement: "Over 200 deportees were flown out.", isStatementWritten: true, claimant: "The ministry" };
    const [written, unwritten] = toAnnotationCollection(doc).first.items;
    expect(written).toMatchObject({
      "corroborate:statement": "Over 200 deportees were flown out.",
      "corroborate:claimant": "The ministry",
      "corroborate:publishedUrl": "https://factdesk.example/cecot-flights",
    });
    expect(unwritten).not.toHaveProperty("corroborate:statement"); // the sentence around its words: the target says it

    const publicDoc = { ...doc, audience: "public" as const, workspaceUrl: null };
    publicDoc.claims = doc.claims.map((claim) => ({
      ...claim,
      url: null,
      createdBy: null,
      anchorStatus: null,
      evidence: claim.evidence.map((e) => ({ ...e, createdBy: null, capture: e.capture && { ...e.capture, archiveUrl: null } })),
    }));
    const collection = toAnnotationCollection(publicDoc);
    // The capture's time and hash stay; the archive's address in the workspace does not.
    expect(collection.first.items[0]!.body?.[2]).toMatchObject({
      state: { type: "TimeState", sourceDate: "2025-03-17T10:02:00.000Z", "corroborate:archiveSha256": expect.stringMatching(/^9f86/) },
    });
    expect(collection.first.items[0]!.body?.[2]).not.toHaveProperty("state.cached");
    expect(collection.id).toBe("urn:corroborate:investigation:i-1:annotations");
    expect(collection.generator).toEqual({ type: "Software", name: "Corroborate" });
    const json = JSON.stringify(collection);
    for (const internal of ["https://corroborate.example", "Alice Reviewer", "anchorStatus"]) expect(json).not.toContain(internal);
    expect(collection.first.items[0]!.id).toBe("urn:corroborate:claim:c-1");
  });

  it("refuses a document whose claim has no source, rather than inventing one", () => {
    const doc = sampleExportDocument();
    doc.sources = doc.sources.slice(0, 1);
    expect(() => toAnnotationCollection(doc)).toThrow(/without its source s-b/);
  });
});

describe("webAnnotationChunks", () => {
  it("streams the same JSON as toAnnotationCollection: an opening, one chunk per annotation, a closing", () => {
    const doc = sampleExportDocument();
    const chunks = [...webAnnotationChunks(doc)];
    expect(chunks).toHaveLength(doc.claims.length + 2);
    expect(JSON.parse(chunks.join(""))).toEqual(toAnnotationCollection(doc));
  });

  it("stays valid JSON with no claims and with hostile text", () => {
    const empty = { ...sampleExportDocument(), claims: [] };
    expect(JSON.parse([...webAnnotationChunks(empty)].join(""))).toEqual(toAnnotationCollection(empty));
    const hostile = documentWithText('"]}},{"x":"</script>\u2028');
    expect(JSON.parse([...webAnnotationChunks(hostile)].join(""))).toEqual(toAnnotationCollection(hostile));
  });

  it("streams 10,000 annotations one chunk each, after an opening that holds none", () => {
    const doc = sampleExportDocument();
    const [template] = doc.claims;
    if (!template) throw new Error("fixture: the sample has claims");
    doc.claims = Array.from({ length: 10_000 }, (_, i) => ({ ...template, id: `c-${i}`, url: `${template.url}-${i}` }));
    const chunks = webAnnotationChunks(doc);
    const opening = chunks.next();
    expect(opening.value).toMatch(/"items":\[$/);
    expect(opening.value).not.toContain('"type":"Annotation"');
    let count = 0;
    for (const chunk of chunks) if (chunk.includes('"type":"Annotation"')) count++;
    expect(count).toBe(10_000);
  });
});
