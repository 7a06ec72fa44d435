import { getFactById } from "@/db/queries/facts";
import { apiRoute, json } from "../../_lib/api-route";
import { factJson } from "../../_lib/serialize";

/** The fact's claims, each with its figure as an interval (`quantity`, high null = unbounded), its conflicts, and every pair's comparison (`comparisons`). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json(factJson(await getFactById({ actor, id: params.id }))));
