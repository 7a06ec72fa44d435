import { respondWithExport } from "@/app/_server/export-response";
import { apiRoute } from "../../../_lib/api-route";

/** `GET /api/v1/investigations/{id}/export?format=html|pdf|md|csv|w3c|claimreview`: the investigation as a file. */
export const GET = apiRoute<{ id: string }>(({ request, actor, params }) => respondWithExport({ request, actor, scope: { investigationId: params.id } }));
