import { listLinkSuggestions } from "@/db/queries/facts";
import { apiRoute, json } from "../../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json({ suggestions: await listLinkSuggestions({ actor, claimId: params.id }) }));
