import { createClaim, createClaimFromSelector, listClaimsBySource } from "@/db/queries/claims";
import { CreateClaimInput } from "@/lib/validation/api";
import { apiRoute, json, readJson } from "../../../_lib/api-route";
import { claimJson } from "../../../_lib/serialize";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  json({ claims: (await listClaimsBySource({ actor, sourceId: params.id })).map(claimJson) }),
);

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const input = await readJson(request, CreateClaimInput);
  const claim =
    "selector" in input
      ? await createClaimFromSelector({ actor, sourceId: params.id, selector: input.selector })
      : await createClaim({ actor, sourceId: params.id, start: input.start, end: input.end });
  return json(claimJson(claim), 201);
});
