import { contentDisposition } from "@/lib/export/download-name";
import { AppError } from "@/lib/errors";
import { exportFormatInfo } from "@/lib/export/formats";
import { exportFormats, isExportFormat, type ExportDocument, type ExportFormat } from "@/lib/export/model";
import { reportContentSecurityPolicy } from "@/lib/export/report-html";
import { writeExport } from "@/lib/export/write-export";
import { errorResponse } from "@/app/api/v1/_lib/api-route";
import { getExportDocument } from "@/db/queries/export";
import { ExportLimiter } from "@/lib/export/export-limits";
import type { Actor } from "@/lib/permissions";

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
  const info = exportFormatInfo[format];
  const title = doc.scope.kind === "source" ? (doc.sources[0]?.title ?? doc.investigation.title) : doc.investigation.title;
  const headers = new Headers({
    "Content-Type": info.contentType,
    "Content-Disposition": contentDisposition(title, info.extension, inline && format === "html" ? "inline" : "attachment"),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "X-Export-Claims": String(doc.claims.length),
  });
  if (format === "html") headers.set("Content-Security-Policy", `${reportContentSecurityPolicy}; frame-ancestors 'none'; sandbox`);
  const output = writeExport(doc, format);
  for (const [name, value] of Object.entries(output.notes)) headers.set(`X-${name}`, value);
  if (output.kind === "binary") return new Response(new Uint8Array(await output.render()), { headers });
  return new Response(streamOf(output.chunks), { headers });
}

/** A byte stream that draws the next chunks only when the reader asks, ~64 KB at a time. */
function streamOf(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let batch = "";
      for (let next = iterator.next(); ; next = iterator.next()) {
        if (next.done) {
          if (batch) controller.enqueue(encoder.encode(batch));
          controller.close();
          return;
        }
        batch += next.value;
        if (batch.length >= 64 * 1024) break;
      }
      controller.enqueue(encoder.encode(batch));
    },
  });
}

/**
 * The export format named by `?format=`; INVALID, with the choices, when missing or unknown.
 * `workspaceUrl` is where links back to claims point: AUTH_URL when set, else the request's origin.
 */
function readExportRequest(request: Request): { format: ExportFormat; workspaceUrl: string; inline: boolean } {
  const url = new URL(request.url);
  const format = url.searchParams.get("format");
  if (!isExportFormat(format)) {
    throw new AppError("INVALID", `Choose an export format: ${exportFormats.join(", ")}.`, { fields: { format: `One of ${exportFormats.join(", ")}.` } });
  }
  return { format, workspaceUrl: process.env.AUTH_URL?.replace(/\/+$/, "") || url.origin, inline: url.searchParams.get("view") === "1" };
}

const globalForExports = globalThis as unknown as { corroborateExportLimiter?: ExportLimiter };
const limiter = (globalForExports.corroborateExportLimiter ??= new ExportLimiter());

/**
 * An export request from start to finish, for the routes: the format from `?format=`, the
 * account's export allowance (429 with `Retry-After` when spent), a PDF slot (429 when every
 * slot is printing), then the document as the actor may read it, written in the format.
 */
export async function respondWithExport({ request, actor, scope }: { request: Request; actor: Actor; scope: { investigationId: string } | { sourceId: string } }): Promise<Response> {
  const { format, workspaceUrl, inline } = readExportRequest(request);
  const decision = limiter.start(actor.id);
  if (!decision.allowed) return tooMany(`You have started many exports in the last minute. Try again in ${decision.retryAfterSeconds} s.`, decision.retryAfterSeconds);
  const release = format === "pdf" ? limiter.takePdfSlot() : () => {};
  if (!release) return tooMany("Other PDFs are being printed right now. Try again in a minute, or export HTML and print it from the browser.", 60);
  try {
    return await exportResponse(await getExportDocument({ actor, scope, workspaceUrl }), format, { inline });
  } finally {
    release();
  }
}

function tooMany(message: string, retryAfterSeconds: number): Response {
  const response = errorResponse(429, "TOO_MANY_REQUESTS", message);
  response.headers.set("Retry-After", String(retryAfterSeconds));
  return response;
}
