import { createPublicLink, revokePublicLink } from "@/db/queries/public-links";
import { env } from "@/lib/env";
import { publicReportPath } from "@/lib/public-report-path";
import { PublicLinkInput } from "@/lib/validation/public-link";
import { apiRoute, json, readJson } from "../../../_lib/api-route";

/**
 * `POST`: publishes the investigation's public report at a new unguessable address (editors),
 * revoking the one before; body `{ expiresInDays?, indexable? }` (1–365, default 30; indexable false) or none. Answers
 * `{ url, expiresAt, indexable }`. `DELETE`: revokes it (204, also when there was none).
 */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const input = request.headers.has("content-type") ? await readJson(request, PublicLinkInput) : PublicLinkInput.parse({});
  const { token, expiresAt, indexable } = await createPublicLink({
    actor,
    investigationId: params.id,
    expiresInDays: input.expiresInDays,
    indexable: input.indexable,
  });
  const origin = env.workspaceUrl ?? new URL(request.url).origin;
  return json({ url: `${origin}${publicReportPath(token)}`, expiresAt, indexable }, 201);
});

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await revokePublicLink({ actor, investigationId: params.id });
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
