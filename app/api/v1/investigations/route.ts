import { createInvestigation, getInvestigationById } from "@/db/queries/investigations";
import { CreateInvestigationInput } from "@/lib/validation/investigation";
import { apiRoute, json, readJson } from "../_lib/api-route";
import { investigationJson } from "../_lib/serialize";

export const POST = apiRoute(async ({ request, actor }) => {
  const input = await readJson(request, CreateInvestigationInput);
  const { id } = await createInvestigation({ actor, input });
  return json(investigationJson(await getInvestigationById({ actor, id })), 201);
});
