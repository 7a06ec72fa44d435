import { getSourceById, listSourceVersions } from "@/db/queries/sources";
import { apiRoute, json } from "../../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await getSourceById({ actor, id: params.id });
  return json({ versions: await listSourceVersions({ actor, sourceId: params.id }) });
});
