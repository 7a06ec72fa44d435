import { z } from "zod";
import { assertImportAllowed, importAnnotations } from "@/db/queries/import-annotations";
import { readWebAnnotations } from "@/lib/annotation-import/read-web-annotations";
import { apiRoute, json, readJson } from "../../../_lib/api-route";

/** Largest annotation file accepted: room for several sources' embedded texts (2 MiB each). */
export const importMaxBytes = 25 * 1024 * 1024;

/**
 * `POST /api/v1/investigations/{id}/import` with a W3C Web Annotation JSON-LD file (ours or
 * a Hypothesis-style export) as the body: returns what was created, matched, fuzzy or orphaned.
 */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  assertImportAllowed(actor);
  const file = await readJson(request, z.unknown(), importMaxBytes);
  return json(await importAnnotations({ actor, investigationId: params.id, plan: readWebAnnotations(file) }));
});
