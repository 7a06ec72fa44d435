import { listInvestigationsPage } from "@/db/queries/investigation-list";
import { createInvestigation, getInvestigationById } from "@/db/queries/investigations";
import { paramsRecord, parsePageQuery } from "@/lib/checking/claim-filter";
import { CreateInvestigationInput } from "@/lib/validation/investigation";
import { apiRoute, json, readJson } from "../_lib/api-route";
import { investigationJson } from "../_lib/serialize";

export const POST = apiRoute(async ({ request, actor }) => {
  const input = await readJson(request, CreateInvestigationInput);
  const { id } = await createInvestigation({ actor, input });
  return json(investigationJson(await getInvestigationById({ actor, id })), 201);
});

/** The investigations the caller may read, newest first, with claim counts by status; `?cursor=&limit=`. */
export const GET = apiRoute(async ({ request, actor }) => {
  const { cursor, limit } = parsePageQuery(paramsRecord(request.nextUrl.searchParams));
  return json(await listInvestigationsPage({ actor, cursor, limit }));
});
