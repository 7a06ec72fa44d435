import { getCaptureFile } from "@/db/queries/captures";
import { apiRoute } from "../../../_lib/api-route";
import { captureFileResponse } from "../../../_lib/capture-file";

/** `GET /api/v1/captures/{id}/archive.wacz`: the WACZ archive, as a download (open it in ReplayWeb.page); 404 until it is done. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const file = await getCaptureFile({ actor, id: params.id, kind: "archive" });
  const response = captureFileResponse(file.bytes, { contentType: "application/wacz+zip", disposition: `attachment; filename="capture-${params.id}.wacz"` });
  response.headers.set("ETag", `"${file.sha256}"`);
  response.headers.set("Digest", `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`);
  return response;
});
