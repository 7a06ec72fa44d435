import { z } from "zod";
import { importSourceFromFile, importSourceFromUrl } from "@/db/queries/import-source";
import { createSource, getSourceById } from "@/db/queries/sources";
import { AppError } from "@/lib/errors";
import { CreateSourceInput, optionalLanguage, sourceTextMaxBytes } from "@/lib/validation/source";
import { apiRoute, json, readJson, RequestBodyError } from "../../../_lib/api-route";
import { sourceJson } from "../../../_lib/serialize";

const ImportUrlBody = z.object({ url: z.string().min(1).max(2000), title: z.string().trim().max(300).optional(), language: optionalLanguage }).strict();
const maxUploadBytes = 4 * 1024 * 1024;

/**
 * Adds a source: JSON `{ title, outlet?, url?, publishedAt?, language?, text }` (pasted text),
 * JSON `{ url, title?, language? }` (the server fetches and extracts the page), or a multipart
 * upload with a `file` field (.txt, .md, .html) and an optional `title` and `language`. A
 * language left out is detected from the text.
 */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    // Multipart is read whole by formData(), so its declared length is required and checked first.
    const declared = request.headers.get("content-length");
    if (declared === null) throw new RequestBodyError(411, "LENGTH_REQUIRED", "Send the upload with a Content-Length header.");
    if (Number(declared) > maxUploadBytes + 64 * 1024) throw new AppError("INVALID", "The file is larger than 4 MB.", { fields: { file: "too large" } });
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("INVALID", "Send the file in a `file` field.", { fields: { file: "required" } });
    const created = await importSourceFromFile({
      actor,
      investigationId: params.id,
      fileName: file.name,
      contentType: file.type || null,
      bytes: new Uint8Array(await file.arrayBuffer()),
      title: String(form.get("title") ?? "") || undefined,
      language: String(form.get("language") ?? "") || undefined,
    });
    return json(sourceJson(await getSourceById({ actor, id: created.id })), 201);
  }
  // JSON escaping can double the size of a text at the limit; the schema checks the text itself.
  const input = await readJson(request, z.union([CreateSourceInput, ImportUrlBody]), 2 * sourceTextMaxBytes + 64 * 1024);
  const created =
    "text" in input
      ? await createSource({ actor, investigationId: params.id, input })
      : await importSourceFromUrl({ actor, investigationId: params.id, url: input.url, title: input.title, language: input.language });
  return json(sourceJson(await getSourceById({ actor, id: created.id })), 201);
});
