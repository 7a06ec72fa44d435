import { AppError } from "@/lib/errors";
import { getFactById, linkClaimsToFact, unlinkClaimFromFact } from "@/db/queries/facts";
import { LinkClaimsInput } from "@/lib/validation/api";
import { apiRoute, json, readJson } from "../../../_lib/api-route";
import { factJson } from "../../../_lib/serialize";

/** Links claims to the fact (a claim belongs to at most one fact). */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { claimIds } = await readJson(request, LinkClaimsInput);
  await linkClaimsToFact({ actor, factId: params.id, claimIds });
  return json(factJson(await getFactById({ actor, id: params.id })));
});

/** Unlinks one claim: `DELETE /api/v1/facts/{id}/claims?claimId=…`. */
export const DELETE = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const claimId = request.nextUrl.searchParams.get("claimId");
  if (!claimId) throw new AppError("INVALID", "Name the claim to unlink with ?claimId=.", { fields: { claimId: "required" } });
  await unlinkClaimFromFact({ actor, factId: params.id, claimId });
  return json(factJson(await getFactById({ actor, id: params.id })));
});
