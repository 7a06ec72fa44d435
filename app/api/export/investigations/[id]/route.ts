import { exportResponse, readExportRequest } from "@/app/_server/export-response";
import { sessionGetRoute } from "@/app/_server/session-route";
import { getExportDocument } from "@/db/queries/export";

/** The Export menu of an investigation page: `?format=…` (and `&view=1` to open the HTML report). */
export const GET = sessionGetRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { format, workspaceUrl, inline } = readExportRequest(request);
  return exportResponse(await getExportDocument({ actor, scope: { investigationId: params.id }, workspaceUrl }), format, { inline });
});
