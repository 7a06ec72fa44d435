import { getFactById } from "@/db/queries/facts";
import { apiRoute, json } from "../../_lib/api-route";

/** The fact's claims, each with its figure as an interval (`quantity`, high null = unbounded), and its conflicts. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json(await getFactById({ actor, id: params.id })));
