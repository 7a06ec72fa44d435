import { createFact, getFactById, listFactsByInvestigation } from "@/db/queries/facts";
import { getInvestigationById } from "@/db/queries/investigations";
import { CreateFactInput } from "@/lib/validation/api";
import { apiRoute, json, readJson } from "../../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(({ actor, params }) => {
  getInvestigationById({ actor, id: params.id });
  return json({ facts: listFactsByInvestigation({ actor, investigationId: params.id }) });
});

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const input = await readJson(request, CreateFactInput);
  const fact = createFact({ actor, investigationId: params.id, title: input.title, claimIds: input.claimIds });
  return json(getFactById({ actor, id: fact.id }), 201);
});
