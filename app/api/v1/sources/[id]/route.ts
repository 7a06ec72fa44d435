import { getSourceById } from "@/db/queries/sources";
import { apiRoute, json } from "../../_lib/api-route";
import { sourceJson } from "../../_lib/serialize";

export const GET = apiRoute<{ id: string }>(({ actor, params }) => json(sourceJson(getSourceById({ actor, id: params.id }))));
