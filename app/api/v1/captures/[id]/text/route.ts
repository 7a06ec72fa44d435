import { getCaptureText } from "@/db/queries/captures";
import { apiRoute } from "../../../_lib/api-route";
import { captureFileResponse } from "../../../_lib/capture-file";

/** `GET /api/v1/captures/{id}/text`: the captured page's readable text, as plain UTF-8 text (404 until it is done). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const { text, textSha256 } = await getCaptureText({ actor, id: params.id });
  const response = captureFileResponse(text, { contentType: "text/plain; charset=utf-8", disposition: "inline" });
  response.headers.set("ETag", `"${textSha256}"`);
  return response;
});
