import { describe, expect, it } from "vitest";
import type { ExportClaim, ExportDocument, ExportParts } from "./model";
import { readWebAnnotations } from "../annotation-import/read-web-annotations";
import { sampleExportDocument } from "./test-document";
import { toAnnotationCollection } from "./web-annotation";
import { toClaimReviews } from "./claim-review";
import { writeExport, writeExportParts } from "./write-export";

/** `doc` as an export read a source at a time: its claims grouped by source, in `sources` order. */
function partsOf(doc: ExportDocument, log: string[] = []): ExportParts {
  const { claims, ...head } = doc;
  async function* claimsBySource(): AsyncGenerator<ExportClaim[]> {
    for (const [index, source] of doc.sources.entries()) {
      log.push(`read ${index === 0 ? "first" : "second"}`);
      yield claims.filter((claim) => claim.sourceId === source.id);
    }
  }
  return { head, claimCount: claims.length, claimsBySource: claimsBySource() };
}

async function textOf(batches: AsyncIterable<Iterable<string>>): Promise<string> {
  let text = "";
  for await (const batch of batches) text += [...batch].join("");
  return text;
}

describe("writeExportParts", () => {
  for (const format of ["csv", "w3c"] as const) {
    it(`writes the same ${format} from an export read a source at a time as from the whole document`, async () => {
      for (const doc of [sampleExportDocument(), { ...sampleExportDocument(), claims: [] }]) {
        const whole = writeExport(doc, format);
        if (whole.kind !== "text") throw new Error("a text format");
        expect(await textOf(writeExportParts(partsOf(doc), format))).toBe([...whole.chunks].join(""));
      }
    });
  }

  it("reads a source's claims only after the previous source's are written, and counts what it wrote", async () => {
    const doc = sampleExportDocument();
    const log: string[] = [];
    const chunks: string[] = [];
    for await (const batch of writeExportParts(partsOf(doc, log), "w3c")) {
      for (const chunk of batch) {
        chunks.push(chunk);
        if (chunk.includes('"type":"Annotation"')) log.push(`wrote ${chunk.includes(doc.sources[0]!.id) ? "first" : "second"}`);
      }
    }
    expect(log.indexOf("read second")).toBeGreaterThan(log.indexOf("wrote first"));
    expect(log.indexOf("read second")).toBeLessThan(log.indexOf("wrote second"));
    expect(JSON.parse(chunks.join("")).total).toBe(doc.claims.length);
  });
});

describe("writeExport: JSON-LD safe inside a script element", () => {
  /** The sample with hostile text in the investigation title, each source's title and text, and each claim's rationale. */
  function hostileDocument(): ExportDocument {
    const payload = "</script><script>alert(1)</script><!-- & \u2028\u2029 -->";
    const doc = sampleExportDocument();
    return {
      ...doc,
      investigation: { ...doc.investigation, title: payload },
      sources: doc.sources.map((source) => ({ ...source, title: payload })),
      claims: doc.claims.map((claim) => ({ ...claim, rationale: payload, comments: claim.comments.map((comment) => ({ ...comment, body: payload })) })),
    };
  }

  function textOfExport(doc: ExportDocument, format: "claimreview" | "w3c"): string {
    const output = writeExport(doc, format);
    if (output.kind !== "text") throw new Error("a text format");
    return [...output.chunks].join("");
  }

  it("ClaimReview and Web Annotations contain no <, >, &, U+2028 or U+2029, and parse to the identical data", () => {
    const doc = hostileDocument();
    const claimReview = textOfExport(doc, "claimreview");
    const annotations = textOfExport(doc, "w3c");
    for (const text of [claimReview, annotations]) expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(claimReview)).toStrictEqual(JSON.parse(JSON.stringify(toClaimReviews(doc).document)));
    expect(JSON.parse(annotations)).toStrictEqual(JSON.parse(JSON.stringify(toAnnotationCollection(doc))));
    expect(claimReview).toContain("\\u003c/script\\u003e");
  });

  it("the W3C import still reads our own escaped export as the same plan", () => {
    const doc = hostileDocument();
    expect(readWebAnnotations(JSON.parse(textOfExport(doc, "w3c")))).toStrictEqual(readWebAnnotations(toAnnotationCollection(doc)));
  });
});
