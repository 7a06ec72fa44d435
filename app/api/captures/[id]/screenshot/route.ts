import { sessionGetRoute } from "@/app/_server/session-route";
import { getCaptureFile } from "@/db/queries/captures";

/**
 * The screenshot of a finished capture for the signed-in browser (the evidence item's
 * thumbnail, the capture's page): a PNG from the workspace's own origin, which its CSP's
 * `img-src 'self'` allows. The bytes of a capture never change, so the browser may keep them.
 */
export const GET = sessionGetRoute<{ id: string }>(async ({ actor, params }) => {
  const file = await getCaptureFile({ actor, id: params.id, kind: "screenshot" });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(file.size),
      "Cache-Control": "private, max-age=86400, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
});
