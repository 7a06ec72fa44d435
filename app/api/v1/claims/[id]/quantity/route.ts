import { z } from "zod";
import { getClaimQuantity, setQuantityCorrection } from "@/db/queries/facts";
import { apiRoute, json, readJson } from "../../../_lib/api-route";

const CorrectionInput = z.object({ quantity: z.record(z.string(), z.unknown()).nullable() });

/** The claim's figure: what its words say, or a reviewer's correction. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json(await getClaimQuantity({ actor, claimId: params.id })));

/**
 * A reviewer's hand correction of the figure: `{ quantity: { low, high, lowInclusive,
 * highInclusive, hedge, value, unit, text } }` (high null when unbounded), or
 * `{ quantity: null }` to go back to the reading of the claim's words.
 */
export const PUT = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { quantity } = await readJson(request, CorrectionInput);
  await setQuantityCorrection({ actor, claimId: params.id, correction: quantity });
  return json(await getClaimQuantity({ actor, claimId: params.id }));
});
