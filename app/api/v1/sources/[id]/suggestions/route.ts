import { getSourceById } from "@/db/queries/sources";
import { suggestClaimsForVersion } from "@/app/_server/suggestions";
import { apiRoute, json } from "../../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const { currentVersion } = getSourceById({ actor, id: params.id });
  return json({ sourceVersionId: currentVersion.id, suggestions: await suggestClaimsForVersion(currentVersion) });
});
