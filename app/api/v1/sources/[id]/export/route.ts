import { respondWithExport } from "@/app/_server/export-response";
import { apiRoute } from "../../../_lib/api-route";

/** `GET /api/v1/sources/{id}/export?format=html|pdf|md|csv|w3c|claimreview`: one source's claims as a file. */
export const GET = apiRoute<{ id: string }>(({ request, actor, params }) => respondWithExport({ request, actor, scope: { sourceId: params.id } }));
