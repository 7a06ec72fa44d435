import { z } from "zod";
import { updateSourceText } from "@/db/queries/sources";
import { sourceText, sourceTextMaxBytes } from "@/lib/validation/source";
import { apiRoute, json, readJson } from "../../../_lib/api-route";

/** Saves a new version of the text; answers with it and how the claims re-anchor (counts by status). */
export const PUT = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { text } = await readJson(request, z.object({ text: sourceText }), 2 * sourceTextMaxBytes + 64 * 1024);
  const { version, summary } = await updateSourceText({ actor, sourceId: params.id, text });
  return json({ versionId: version.id, number: version.number, isNew: version.isNew, reanchoring: summary });
});
