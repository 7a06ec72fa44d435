import { getClaimDetail } from "@/db/queries/claim-detail";
import { updateClaimFields } from "@/db/queries/claim-publication";
import { deleteClaim } from "@/db/queries/claims";
import { UpdateClaimReviewInput } from "@/lib/validation/api";
import { apiRoute, etagOf, json, readJson, requireIfMatch } from "../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const detail = await getClaimDetail({ actor, id: params.id });
  return json(detail, 200, { ETag: etagOf(detail.version) });
});

/** Changes status, assignee, verdict, rationale, statement, claimant or published address; `If-Match` required (428 missing, 412 stale). */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const version = requireIfMatch(request);
  const changes = await readJson(request, UpdateClaimReviewInput);
  await updateClaimFields({ actor, id: params.id, version, changes });
  const detail = await getClaimDetail({ actor, id: params.id });
  return json(detail, 200, { ETag: etagOf(detail.version) });
});

/** Deletes a claim (its creator or an editor); `If-Match` required. */
export const DELETE = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await deleteClaim({ actor, id: params.id, version: requireIfMatch(request) });
  return new Response(null, { status: 204 });
});
