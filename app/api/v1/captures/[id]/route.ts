import { getCapture } from "@/db/queries/captures";
import { apiRoute, json } from "../../_lib/api-route";

/** `GET /api/v1/captures/{id}`: a capture's state and what it recorded (any signed-in person). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json(await getCapture({ actor, id: params.id })));
