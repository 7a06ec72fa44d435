import { deleteClaim } from "@/db/queries/claims";
import { apiRoute } from "../../_lib/api-route";

export const DELETE = apiRoute<{ id: string }>(({ actor, params }) => {
  deleteClaim({ actor, id: params.id });
  return new Response(null, { status: 204 });
});
