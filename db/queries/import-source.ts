import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { extractArticle, fileToText, isImportError, safeFetch } from "@/lib/import";
import type { Actor } from "@/lib/permissions";
import { CreateSourceInput } from "@/lib/validation/source";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { createSource } from "./sources";

/**
 * Adds a source from a web address: fetched safely (public addresses only, unless the host
 * is in IMPORT_ALLOW_HOSTS; see lib/import/safe-fetch.ts), reduced to its article text with
 * Readability. A fetch refusal becomes an INVALID error at the `url` field, in words. The page
 * is also captured in the background (db/queries/captures.ts), queued with the source.
 */
export async function importSourceFromUrl({
  actor,
  investigationId,
  url,
  title,
  language,
}: {
  actor: Actor;
  investigationId: string;
  url: string;
  title?: string;
  /** Given, it wins over the language detected from the page's text. */
  language?: string;
}) {
  let page: Awaited<ReturnType<typeof safeFetch>>;
  try {
    page = await safeFetch(url, { allowHosts: env.importAllowHosts });
  } catch (error) {
    if (isImportError(error)) throw new AppError("INVALID", error.message, { cause: error, fields: { url: error.message } });
    throw error;
  }
  const article = page.contentType.includes("html")
    ? extractArticle(page.body, page.finalUrl)
    : { title: null, byline: null, outlet: new URL(page.finalUrl).hostname, publishedAt: null, text: page.body };
  return createValidatedSource(actor, investigationId, url, {
    title: title || article.title || page.finalUrl,
    outlet: outletLine(article),
    url: page.finalUrl,
    publishedAt: article.publishedAt ?? undefined,
    language,
    text: article.text,
  });
}

/**
 * Adds a source from an uploaded .txt, .md or .html file (HTML reduced to its article text).
 * The file is read before the source's transaction opens.
 */
export async function importSourceFromFile({
  actor,
  investigationId,
  fileName,
  contentType,
  bytes,
  title,
  language,
}: {
  actor: Actor;
  investigationId: string;
  fileName: string;
  contentType: string | null;
  bytes: Uint8Array;
  title?: string;
  /** Given, it wins over the language detected from the file's text. */
  language?: string;
}) {
  let file: ReturnType<typeof fileToText>;
  try {
    file = fileToText(fileName, contentType, bytes);
  } catch (error) {
    if (isImportError(error)) throw new AppError("INVALID", error.message, { cause: error, fields: { file: error.message } });
    throw error;
  }
  return createValidatedSource(actor, investigationId, undefined, {
    title: title || file.title || fileName.replace(/\.[^.]+$/, ""),
    outlet: outletLine(file),
    publishedAt: file.publishedAt ?? undefined,
    language,
    text: file.text,
  });
}

/** The outlet as the page names itself, then the byline: "El Faro · Ana Pérez" (there is no author field). */
function outletLine({ outlet, byline }: { outlet: string | null; byline: string | null }): string | undefined {
  return [outlet, byline].filter(Boolean).join(" · ").slice(0, 200).trim() || undefined;
}

/** `captureUrl`: the address a source was imported from, captured in the background (the page as it was asked for). */
async function createValidatedSource(actor: Actor, investigationId: string, captureUrl: string | undefined, input: Record<string, string | undefined>) {
  const parsed = CreateSourceInput.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error);
    throw new AppError("INVALID", fields.text ? `The imported text is not usable: ${fields.text}` : { key: "Errors.invalid.importUnsaved" }, {
      fields,
    });
  }
  return createSource({ actor, investigationId, input: parsed.data, captureUrl });
}
