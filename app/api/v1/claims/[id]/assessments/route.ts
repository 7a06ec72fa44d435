import { recordAssessment } from "@/db/queries/assessments";
import { AssessmentInput } from "@/lib/validation/api";
import { apiRoute, json, readJson } from "../../../_lib/api-route";

/** Records (or replaces) the caller's own independent verdict on the claim. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const input = await readJson(request, AssessmentInput);
  return json(await recordAssessment({ actor, claimId: params.id, verdictKey: input.verdictKey, note: input.note }), 201);
});
