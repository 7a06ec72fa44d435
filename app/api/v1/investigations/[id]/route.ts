import { updateInvestigationFromApi } from "@/db/queries/investigation-publication";
import { getInvestigationById } from "@/db/queries/investigations";
import { UpdateInvestigationInput } from "@/lib/validation/publication";
import { apiRoute, etagOf, json, readJson, requireIfMatch } from "../../_lib/api-route";
import { investigationJson } from "../../_lib/serialize";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const investigation = await getInvestigationById({ actor, id: params.id });
  return json(investigationJson(investigation), 200, { ETag: etagOf(investigation.version) });
});

/**
 * Sets where the investigation is published (`publishedUrl`, null clears it), the language of
 * its reports (`reportLanguage`) and its daily re-check of captured evidence (`dailyRecheck`),
 * each when given; editors; `If-Match` required (428 missing, 412 stale).
 */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const version = requireIfMatch(request);
  const { publishedUrl, reportLanguage, dailyRecheck } = await readJson(request, UpdateInvestigationInput);
  // A blank address reads as null (the field's transform); a missing one leaves it as it is.
  await updateInvestigationFromApi({ actor, id: params.id, version, publishedUrl, reportLanguage, dailyRecheck });
  const investigation = await getInvestigationById({ actor, id: params.id });
  return json(investigationJson(investigation), 200, { ETag: etagOf(investigation.version) });
});
