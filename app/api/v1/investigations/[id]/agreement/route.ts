import { getAgreementByInvestigation } from "@/db/queries/assessments";
import { getInvestigationById } from "@/db/queries/investigations";
import { apiRoute, json } from "../../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(({ actor, params }) => {
  getInvestigationById({ actor, id: params.id });
  return json(getAgreementByInvestigation({ actor, investigationId: params.id }));
});
