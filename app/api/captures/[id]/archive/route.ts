import { sessionGetRoute } from "@/app/_server/session-route";
import { getCaptureFile } from "@/db/queries/captures";

/**
 * The WACZ archive of a finished capture, for the signed-in browser: always a download
 * (`attachment`, `nosniff`), never shown by the workspace, since it holds the captured page's
 * own HTML and scripts. It opens in ReplayWeb.page.
 */
export const GET = sessionGetRoute<{ id: string }>(async ({ actor, params }) => {
  const file = await getCaptureFile({ actor, id: params.id, kind: "archive" });
  const day = file.capturedAt.slice(0, 10);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": "application/wacz+zip",
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="capture-${day}-${file.sha256.slice(0, 12)}.wacz"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});
