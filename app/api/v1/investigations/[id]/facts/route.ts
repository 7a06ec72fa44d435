import { createFact, getFactById, listFactsByInvestigation } from "@/db/queries/facts";
import { getInvestigationById } from "@/db/queries/investigations";
import { CreateFactInput } from "@/lib/validation/api";
import { apiRoute, json, readJson } from "../../../_lib/api-route";
import { factJson } from "../../../_lib/serialize";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await getInvestigationById({ actor, id: params.id });
  return json({ facts: await listFactsByInvestigation({ actor, investigationId: params.id }) });
});

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const input = await readJson(request, CreateFactInput);
  const fact = await createFact({ actor, investigationId: params.id, title: input.title, claimIds: input.claimIds });
  return json(factJson(await getFactById({ actor, id: fact.id })), 201);
});
