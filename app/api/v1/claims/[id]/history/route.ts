import { listClaimHistory } from "@/db/queries/claim-detail";
import { apiRoute, json } from "../../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(({ actor, params }) => json({ history: listClaimHistory({ actor, claimId: params.id }) }));
