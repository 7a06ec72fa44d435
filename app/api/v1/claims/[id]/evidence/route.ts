import { withCaptures } from "@/db/queries/captures";
import { addEvidence } from "@/db/queries/evidence";
import { EvidenceInput } from "@/lib/checking/evidence";
import { apiRoute, etagOf, json, readJson } from "../../../_lib/api-route";

/** Adds evidence to a claim → 201 with it and its `capture` (queued when it has a web address). */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const fields = await readJson(request, EvidenceInput);
  const [item] = await withCaptures([await addEvidence({ actor, claimId: params.id, fields })]);
  return json(item, 201, { ETag: etagOf(item!.version) });
});
