import { withCaptures } from "@/db/queries/captures";
import { getEvidenceById, removeEvidence, updateEvidence } from "@/db/queries/evidence";
import { EvidenceInput } from "@/lib/checking/evidence";
import { apiRoute, etagOf, json, readJson, requireIfMatch } from "../../_lib/api-route";

/** An evidence item with its `capture` (null without one). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const item = await getEvidenceById({ actor, id: params.id });
  return json(item, 200, { ETag: etagOf(item.version) });
});

/** Replaces an evidence item's fields; `If-Match` required (428 missing, 412 stale). */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const version = requireIfMatch(request);
  const fields = await readJson(request, EvidenceInput);
  const [item] = await withCaptures([await updateEvidence({ actor, id: params.id, version, fields })]);
  return json(item, 200, { ETag: etagOf(item!.version) });
});

export const DELETE = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await removeEvidence({ actor, id: params.id, version: requireIfMatch(request) });
  return new Response(null, { status: 204 });
});
