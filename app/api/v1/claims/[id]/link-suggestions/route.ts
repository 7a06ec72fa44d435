import { listLinkSuggestions } from "@/db/queries/facts";
import { apiRoute, json } from "../../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(({ actor, params }) => json({ suggestions: listLinkSuggestions({ actor, claimId: params.id }) }));
