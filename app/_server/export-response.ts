import { contentDisposition } from "@/lib/export/download-name";
import type { Locale } from "@/lib/i18n/locales";
import { translateKey } from "@/lib/i18n/translator";
import { AppError } from "@/lib/errors";
import { exportFormatInfo } from "@/lib/export/formats";
import {
  exportAudiences,
  exportFormats,
  isExportAudience,
  isExportFormat,
  type ExportAudience,
  type ExportDocument,
  type ExportFormat,
  type ExportHead,
  type ExportParts,
} from "@/lib/export/model";
import { reportContentSecurityPolicy } from "@/lib/export/report-html";
import { isPartsFormat, writeExport, writeExportParts, type PartsFormat } from "@/lib/export/write-export";
import { errorResponse } from "@/app/api/v1/_lib/api-route";
import { getExportDocument, openExport } from "@/db/queries/export";
import { ExportLimiter, PdfSlots } from "@/lib/export/export-limits";
import { databaseRecentTimes } from "@/db/queries/recent-times";
import { securityLog } from "@/lib/security-log";
import type { Actor } from "@/lib/permissions";
import { env } from "@/lib/env";

/**
 * The HTTP response for an export, shared by the signed-in download routes and the API.
 *
 * Text formats stream: chunks are produced as the client reads (`pull`), so a 10,000-claim
 * export never sits whole in memory and a slow client slows the writer, not the server.
 * Every response names its media type with charset, forbids sniffing and caching, and gives
 * the file name twice (ASCII `filename`, UTF-8 `filename*`) built from the title.
 * `inline` serves the HTML report for viewing in the browser, under the report's own CSP
 * plus `sandbox`, so even a flaw in escaping could not run script in the app's origin.
 */
export async function exportResponse(doc: ExportDocument, format: ExportFormat, { inline = false }: { inline?: boolean } = {}): Promise<Response> {
  const headers = exportHeaders(doc, doc.claims.length, format, inline);
  const output = writeExport(doc, format);
  for (const [name, value] of Object.entries(output.notes)) headers.set(`X-${name}`, value);
  if (output.kind === "binary") return new Response(new Uint8Array(await output.render()), { headers });
  return new Response(streamOf(output.chunks), { headers });
}

/**
 * The response for a format written claim by claim (CSV, Web Annotations), from an export
 * read a source at a time: each source's claims are read, written and dropped as the client
 * reads, so memory holds one source's claims, not the whole export. `X-Export-Claims` is
 * the count when the export began.
 */
export function exportPartsResponse(parts: ExportParts, format: PartsFormat): Response {
  return new Response(streamOf(writeExportParts(parts, format)), { headers: exportHeaders(parts.head, parts.claimCount, format, false) });
}

function exportHeaders(head: ExportHead, claimCount: number, format: ExportFormat, inline: boolean): Headers {
  const info = exportFormatInfo[format];
  const scopeTitle = head.scope.kind === "source" ? (head.sources[0]?.title ?? head.investigation.title) : head.investigation.title;
  const title = head.audience === "public" ? `${scopeTitle} (public)` : scopeTitle;
  const headers = new Headers({
    "Content-Type": info.contentType,
    "Content-Disposition": contentDisposition(title, info.extension, inline && format === "html" ? "inline" : "attachment"),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "X-Export-Claims": String(claimCount),
  });
  if (format === "html") headers.set("Content-Security-Policy", `${reportContentSecurityPolicy}; frame-ancestors 'none'; sandbox`);
  return headers;
}

/**
 * A byte stream that draws the next chunks only when the reader asks, `chunkLength`
 * characters at a time.
 * Chunks come as one lazy sequence (`Iterable<string>`) or as batches of them (formats read
 * by source: one batch per source, so there is one asynchronous step per source, not per claim).
 * Each chunk is encoded on its own into the batch's bytes: joining them first would build
 * (and flatten) one large string per batch, which V8 allocates straight in the old
 * generation, so every export would leave its whole size there until a full collection.
 */
/**
 * Characters per piece of a streamed export. Next flushes its compression after every piece
 * it writes, so a few large pieces compress better and cost less than many small ones;
 * writing one still takes only a few milliseconds, so other requests hardly wait.
 */
const chunkLength = 256 * 1024;

function streamOf(chunks: Iterable<string> | AsyncIterable<Iterable<string>>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches: Iterator<Iterable<string>> | AsyncIterator<Iterable<string>> =
    Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : [chunks][Symbol.iterator]();
  let pending: Iterator<string> = [][Symbol.iterator]();
  const encode = (pieces: string[], length: number) => {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit; only the written part is sent, so the
    // buffer need not be zeroed first.
    const bytes = Buffer.allocUnsafe(length * 3);
    let written = 0;
    for (const piece of pieces) written += encoder.encodeInto(piece, bytes.subarray(written)).written;
    return bytes.subarray(0, written);
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const pieces: string[] = [];
      let length = 0;
      while (length < chunkLength) {
        const piece = pending.next();
        if (!piece.done) {
          pieces.push(piece.value);
          length += piece.value.length;
          continue;
        }
        const step = batches.next();
        const next = step instanceof Promise ? await step : step;
        if (next.done) {
          if (length > 0) controller.enqueue(encode(pieces, length));
          controller.close();
          return;
        }
        pending = next.value[Symbol.iterator]();
      }
      controller.enqueue(encode(pieces, length));
    },
    async cancel() {
      pending.return?.();
      await batches.return?.();
    },
  });
}

/**
 * The export format named by `?format=` and the audience by `?audience=` (internal when
 * omitted); INVALID, with the choices, when missing or unknown. `workspaceUrl` is where links
 * back to claims point: AUTH_URL when set, else the request's origin.
 */
function readExportRequest(request: Request): { format: ExportFormat; audience: ExportAudience; workspaceUrl: string; inline: boolean } {
  const url = new URL(request.url);
  const format = url.searchParams.get("format");
  if (!isExportFormat(format)) {
    const formats = exportFormats.join(", ");
    throw new AppError(
      "INVALID",
      { key: "Errors.invalid.exportFormat", values: { formats, choices: formats } },
      { fields: { format: "Errors.invalid.oneOf" } },
    );
  }
  const audience = url.searchParams.get("audience") ?? "internal";
  if (!isExportAudience(audience)) {
    const values = { audiences: exportAudiences.join(" or "), choices: exportAudiences.join(", ") };
    throw new AppError("INVALID", { key: "Errors.invalid.exportAudience", values }, { fields: { audience: "Errors.invalid.oneOf" } });
  }
  return { format, audience, workspaceUrl: env.workspaceUrl ?? url.origin, inline: url.searchParams.get("view") === "1" };
}

// Export starts are counted in the database, across servers. PDF slots bound this machine's
// memory: one set per process, shared by every bundle that exports.
const limiter = new ExportLimiter(databaseRecentTimes);
const globalForExports = globalThis as unknown as { corroboratePdfSlots?: PdfSlots };
const pdfSlots = (globalForExports.corroboratePdfSlots ??= new PdfSlots());

/**
 * An export request from start to finish, for the routes: the format from `?format=`, the
 * account's export allowance (429 with `Retry-After` when spent), a PDF slot (429 when every
 * slot is printing), then the document as the actor may read it, written in the format.
 */
export async function respondWithExport({
  request,
  actor,
  scope,
  locale = "en",
}: {
  request: Request;
  actor: Actor;
  scope: { investigationId: string } | { sourceId: string };
  /** The language of a refusal's message: the person's for the Export menu, English for the API. */
  locale?: Locale;
}): Promise<Response> {
  const { format, audience, workspaceUrl, inline } = readExportRequest(request);
  const decision = await limiter.start(actor.id);
  const target = "investigationId" in scope ? `investigation ${scope.investigationId}` : `source ${scope.sourceId}`;
  securityLog().record({
    event: "export",
    outcome: decision.allowed ? "success" : "refused",
    userId: actor.id,
    target,
    detail: audience === "public" ? `${format} public` : format,
  });
  if (!decision.allowed) return tooMany(translateKey(locale, "Errors.tooMany.exports", { seconds: decision.retryAfterSeconds })!, decision.retryAfterSeconds);
  const release = format === "pdf" ? pdfSlots.take() : () => {};
  if (!release) return tooMany(translateKey(locale, "Errors.tooMany.pdfs")!, 60);
  try {
    if (isPartsFormat(format)) return exportPartsResponse(await openExport({ actor, scope, workspaceUrl, audience }), format);
    return await exportResponse(await getExportDocument({ actor, scope, workspaceUrl, audience }), format, { inline });
  } finally {
    release();
  }
}

function tooMany(message: string, retryAfterSeconds: number): Response {
  const response = errorResponse(429, "TOO_MANY_REQUESTS", message);
  response.headers.set("Retry-After", String(retryAfterSeconds));
  return response;
}
