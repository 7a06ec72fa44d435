import { getAgreementByInvestigation } from "@/db/queries/assessments";
import { getInvestigationById } from "@/db/queries/investigations";
import { apiRoute, json } from "../../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await getInvestigationById({ actor, id: params.id });
  return json(await getAgreementByInvestigation({ actor, investigationId: params.id }));
});
