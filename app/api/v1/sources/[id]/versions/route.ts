import { getSourceById, listSourceVersions } from "@/db/queries/sources";
import { apiRoute, json } from "../../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(({ actor, params }) => {
  getSourceById({ actor, id: params.id });
  return json({ versions: listSourceVersions({ actor, sourceId: params.id }) });
});
