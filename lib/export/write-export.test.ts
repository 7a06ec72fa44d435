import { describe, expect, it } from "vitest";
import type { ExportClaim, ExportDocument, ExportParts } from "./model";
import { sampleExportDocument } from "./test-document";
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
