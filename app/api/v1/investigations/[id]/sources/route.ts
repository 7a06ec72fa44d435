import { createSource, getSourceById } from "@/db/queries/sources";
import { CreateSourceInput, sourceTextMaxBytes } from "@/lib/validation/source";
import { apiRoute, json, readJson } from "../../../_lib/api-route";
import { sourceJson } from "../../../_lib/serialize";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  // JSON escaping can double the size of a text at the limit; the schema checks the text itself.
  const input = await readJson(request, CreateSourceInput, 2 * sourceTextMaxBytes + 64 * 1024);
  const { id } = createSource({ actor, investigationId: params.id, input });
  return json(sourceJson(getSourceById({ actor, id })), 201);
});
