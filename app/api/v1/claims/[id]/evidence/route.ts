import { addEvidence } from "@/db/queries/evidence";
import { EvidenceInput } from "@/lib/checking/evidence";
import { apiRoute, etagOf, json, readJson } from "../../../_lib/api-route";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const fields = await readJson(request, EvidenceInput);
  const item = await addEvidence({ actor, claimId: params.id, fields });
  return json(item, 201, { ETag: etagOf(item.version) });
});
