import { listClaimsByInvestigation } from "@/db/queries/claim-list";
import { paramsRecord, parseClaimListQuery } from "@/lib/checking/claim-filter";
import { todayUtc } from "@/lib/checking/due-date";
import { apiRoute, json } from "../../../_lib/api-route";

/** `GET /api/v1/investigations/{id}/claims`: the claim list's filters (lib/checking/claim-filter.ts), a page at a time. */
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const query = parseClaimListQuery(paramsRecord(request.nextUrl.searchParams));
  return json(await listClaimsByInvestigation({ actor, investigationId: params.id, query, today: todayUtc() }));
});
