import { listCheckedBefore } from "@/db/queries/checked-before";
import { apiRoute, json } from "../../../_lib/api-route";

/** "Checked before": the contract's fields only (the panel reads the richer rows from the query). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const { matches } = await listCheckedBefore({ actor, claimId: params.id });
  return json({
    matches: matches.map(({ claimId, factId, investigationId, verdict, status, score, reasons }) => ({
      claimId,
      factId,
      investigationId,
      verdict,
      status,
      score,
      reasons,
    })),
  });
});
