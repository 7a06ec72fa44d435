import { exportResponse, readExportRequest } from "@/app/_server/export-response";
import { getExportDocument } from "@/db/queries/export";
import { apiRoute } from "../../../_lib/api-route";

/** `GET /api/v1/sources/{id}/export?format=html|pdf|md|csv|w3c|claimreview`: one source's claims as a file. */
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { format, workspaceUrl } = readExportRequest(request);
  return exportResponse(await getExportDocument({ actor, scope: { sourceId: params.id }, workspaceUrl }), format);
});
