import { apiRoute, json } from "../_lib/api-route";

/** `GET /api/v1/me`: who the token acts as — for integrations to check their token and role. */
export const GET = apiRoute(({ actor }) => json({ id: actor.id, email: actor.email, name: actor.name, role: actor.role }));
