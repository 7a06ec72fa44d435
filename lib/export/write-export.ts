import { jsonForScriptTag } from "../script-safe-json";
import { toClaimReviews } from "./claim-review";
import { csvChunks, csvStream } from "./csv";
import { markdownChunks } from "./markdown";
import type { ExportDocument, ExportFormat, ExportParts } from "./model";
import { renderPdf } from "./pdf";
import { reportHtmlChunks, toReportHtml } from "./report-html";
import { webAnnotationChunks, webAnnotationStream } from "./web-annotation";

/**
 * An export in the chosen format, for any sink (an HTTP response, a file, stdout). Text
 * formats are lazy chunk sequences, produced as they are consumed; the PDF is rendered
 * whole. `notes` are facts about the export worth passing on (as headers or on stderr),
 * such as how many claims ClaimReview left out.
 */
export type ExportOutput =
  | { kind: "text"; chunks: Iterable<string>; notes: Record<string, string> }
  | { kind: "binary"; render: () => Promise<Uint8Array>; notes: Record<string, string> };

export function writeExport(doc: ExportDocument, format: ExportFormat): ExportOutput {
  switch (format) {
    case "pdf":
      return { kind: "binary", render: async () => new Uint8Array(await renderPdf(toReportHtml(doc))), notes: {} };
    case "claimreview": {
      const { document, skipped } = toClaimReviews(doc);
      return {
        kind: "text",
        chunks: [jsonForScriptTag(document, 2)],
        notes: {
          "ClaimReview-Not-Approved": String(skipped.notApproved),
          "ClaimReview-No-Verdict": String(skipped.noVerdict),
          // `url` is required: a claim whose fact-check has no published address (its own or the investigation's) is left out.
          "ClaimReview-No-Published-Address": String(skipped.noPublishedUrl),
        },
      };
    }
    case "csv":
      // A byte order mark first, so spreadsheet programs read the file as UTF-8.
      return { kind: "text", chunks: prepend("\uFEFF", csvChunks(doc)), notes: {} };
    case "md":
      return { kind: "text", chunks: markdownChunks(doc), notes: {} };
    case "html":
      return { kind: "text", chunks: reportHtmlChunks(doc), notes: {} };
    case "w3c":
      return { kind: "text", chunks: webAnnotationChunks(doc), notes: {} };
  }
}

function* prepend(first: string, rest: Iterable<string>): Generator<string> {
  yield first;
  yield* rest;
}

/** Formats written claim by claim, which need no claim before writing the next: they can be written from {@link ExportParts}. */
export type PartsFormat = "csv" | "w3c";

export function isPartsFormat(format: ExportFormat): format is PartsFormat {
  return format === "csv" || format === "w3c";
}

/**
 * The same text as `writeExport` for a format written claim by claim, from an export read a
 * source at a time (`ExportParts`), so the claims of one source are written and dropped
 * before the next source is read. Yields a batch of small chunks per source (one step per
 * source, not per claim: every asynchronous step has its cost under a server's async hooks),
 * each batch written lazily as its chunks are taken.
 */
export async function* writeExportParts(parts: ExportParts, format: PartsFormat): AsyncGenerator<Iterable<string>> {
  if (format === "csv") {
    yield ["\uFEFF"];
    yield* csvStream(parts);
  } else {
    yield* webAnnotationStream(parts);
  }
}
