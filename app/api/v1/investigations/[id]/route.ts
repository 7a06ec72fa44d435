import { getInvestigationById } from "@/db/queries/investigations";
import { apiRoute, json } from "../../_lib/api-route";
import { investigationJson } from "../../_lib/serialize";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json(investigationJson(await getInvestigationById({ actor, id: params.id }))));
