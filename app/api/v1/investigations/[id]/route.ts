import { updateInvestigationPublishedUrl } from "@/db/queries/investigation-publication";
import { getInvestigationById } from "@/db/queries/investigations";
import { UpdateInvestigationInput } from "@/lib/validation/publication";
import { apiRoute, etagOf, json, readJson, requireIfMatch } from "../../_lib/api-route";
import { investigationJson } from "../../_lib/serialize";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const investigation = await getInvestigationById({ actor, id: params.id });
  return json(investigationJson(investigation), 200, { ETag: etagOf(investigation.version) });
});

/** Sets where the investigation is published (`publishedUrl`, null clears it); editors; `If-Match` required (428 missing, 412 stale). */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const version = requireIfMatch(request);
  const { publishedUrl } = await readJson(request, UpdateInvestigationInput);
  await updateInvestigationPublishedUrl({ actor, id: params.id, version, publishedUrl: publishedUrl ?? null });
  const investigation = await getInvestigationById({ actor, id: params.id });
  return json(investigationJson(investigation), 200, { ETag: etagOf(investigation.version) });
});
