import { respondWithExport } from "@/app/_server/export-response";
import { sessionGetRoute } from "@/app/_server/session-route";

/** The Export menu of a source page: `?format=…` (and `&view=1` to open the HTML report). */
export const GET = sessionGetRoute<{ id: string }>(({ request, actor, params, locale }) =>
  respondWithExport({ request, actor, scope: { sourceId: params.id }, locale }),
);
