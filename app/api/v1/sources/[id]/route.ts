import { updateSourceDetails } from "@/db/queries/source-details";
import { getSourceById } from "@/db/queries/sources";
import { mergeSourceDetails, UpdateSourceDetailsInput } from "@/lib/validation/source";
import { apiRoute, etagOf, json, readJson, requireIfMatch } from "../../_lib/api-route";
import { sourceJson } from "../../_lib/serialize";

/** The source with its current text; the ETag names the version of its details. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const source = await getSourceById({ actor, id: params.id });
  return json(sourceJson(source), 200, { ETag: etagOf(source.version) });
});

/** Changes title, outlet, url, publishedAt or language (the source's creator, or an editor); `If-Match` required (428 missing, 412 stale). */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const version = requireIfMatch(request);
  const changes = await readJson(request, UpdateSourceDetailsInput);
  await updateSourceDetails({ actor, id: params.id, input: mergeSourceDetails(await getSourceById({ actor, id: params.id }), changes, version) });
  const source = await getSourceById({ actor, id: params.id });
  return json(sourceJson(source), 200, { ETag: etagOf(source.version) });
});
