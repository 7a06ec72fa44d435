/**
 * How a capture's files leave the API: never as HTML, never sniffed. The text is plain text,
 * the screenshot a PNG, the archive (the captured page with its resources) a download only,
 * so nothing the captured site wrote runs in the workspace's origin. `sandbox` stops a
 * browser that is sent to the URL from running anything even if it ignored the type.
 */
export function captureFileResponse(body: Uint8Array | string, { contentType, disposition }: { contentType: string; disposition: string }): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": disposition,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox; frame-ancestors 'none'",
      "Cache-Control": "private, no-store",
    },
  });
}
