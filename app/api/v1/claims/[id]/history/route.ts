import { listClaimHistory } from "@/db/queries/claim-detail";
import { apiRoute, json } from "../../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json({ history: await listClaimHistory({ actor, claimId: params.id }) }));
