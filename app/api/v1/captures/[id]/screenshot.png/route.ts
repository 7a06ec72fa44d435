import { getCaptureFile } from "@/db/queries/captures";
import { apiRoute } from "../../../_lib/api-route";
import { captureFileResponse } from "../../../_lib/capture-file";

/** `GET /api/v1/captures/{id}/screenshot.png`: the full-page screenshot (404 until it is done). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const file = await getCaptureFile({ actor, id: params.id, kind: "screenshot" });
  const response = captureFileResponse(file.bytes, { contentType: "image/png", disposition: `inline; filename="capture-${params.id}.png"` });
  response.headers.set("ETag", `"${file.sha256}"`);
  return response;
});
