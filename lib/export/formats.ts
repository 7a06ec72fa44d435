import type { ExportFormat } from "./model";

/**
 * How each export format is served: its media type (with charset for text), file extension
 * and the label the Export menu shows. `streamed` formats are written claim by claim.
 */
export const exportFormatInfo: Record<ExportFormat, { label: string; contentType: string; extension: string; streamed: boolean }> = {
  html: { label: "Report (HTML)", contentType: "text/html; charset=utf-8", extension: "html", streamed: true },
  pdf: { label: "Report (PDF)", contentType: "application/pdf", extension: "pdf", streamed: false },
  md: { label: "Report (Markdown)", contentType: "text/markdown; charset=utf-8", extension: "md", streamed: true },
  csv: { label: "Claims (CSV)", contentType: "text/csv; charset=utf-8; header=present", extension: "csv", streamed: true },
  w3c: {
    label: "Web Annotations (JSON-LD)",
    contentType: 'application/ld+json; charset=utf-8; profile="http://www.w3.org/ns/anno.jsonld"',
    extension: "jsonld",
    streamed: true,
  },
  claimreview: { label: "ClaimReview (JSON-LD)", contentType: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld", streamed: false },
};
