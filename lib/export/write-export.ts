import { toClaimReviews } from "./claim-review";
import { csvChunks } from "./csv";
import { markdownChunks } from "./markdown";
import type { ExportDocument, ExportFormat } from "./model";
import { renderPdf } from "./pdf";
import { reportHtmlChunks, toReportHtml } from "./report-html";
import { webAnnotationChunks } from "./web-annotation";

/**
 * An export in the chosen format, for any sink (an HTTP response, a file, stdout). Text
 * formats are lazy chunk sequences, produced as they are consumed; the PDF is rendered
 * whole. `notes` are facts about the export worth passing on (as headers or on stderr),
 * such as how many claims ClaimReview left out.
 */
export type ExportOutput = { kind: "text"; chunks: Iterable<string>; notes: Record<string, string> } | { kind: "binary"; render: () => Promise<Uint8Array>; notes: Record<string, string> };

export function writeExport(doc: ExportDocument, format: ExportFormat): ExportOutput {
  switch (format) {
    case "pdf":
      return { kind: "binary", render: async () => new Uint8Array(await renderPdf(toReportHtml(doc))), notes: {} };
    case "claimreview": {
      const { document, skipped } = toClaimReviews(doc);
      return { kind: "text", chunks: [JSON.stringify(document, null, 2)], notes: { "ClaimReview-Not-Approved": String(skipped.notApproved), "ClaimReview-No-Verdict": String(skipped.noVerdict) } };
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
