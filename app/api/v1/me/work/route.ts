import { getMyWork } from "@/db/queries/my-work";
import { todayUtc } from "@/lib/checking/due-date";
import { apiRoute, json } from "../../_lib/api-route";

/** `GET /api/v1/me/work`: the caller's queue — assigned, to approve, following, overdue — each with its count. */
export const GET = apiRoute(async ({ actor }) => json(await getMyWork({ actor, today: todayUtc() })));
