"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { z } from "zod";
import { importSourceFromFile, importSourceFromUrl } from "@/db/queries/import-source";
import { createSource, deleteSource, updateSourceText, type ReanchoringSummary } from "@/db/queries/sources";
import { isHttpUrl } from "@/lib/validation/fields";
import { updateSourceDetails } from "@/db/queries/source-details";
import { CreateSourceInput, SourceDetailsInput, sourceText } from "@/lib/validation/source";

const sourceFields = ["title", "outlet", "url", "publishedAt", "language", "text"] as const;
/** An id and a form (create, edit, import, upload); an id alone (delete). */
const IdAndFormArgs = z.tuple([idArgument, formArgument]);
const IdArgs = z.tuple([idArgument]);

export async function createSourceAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdAndFormArgs, [investigationId, formData])) return malformedArguments;
  let createdId: string | undefined;
  const state = await handleForm(formData, CreateSourceInput, sourceFields, async (input) => {
    createdId = (await createSource({ actor, investigationId, input })).id;
  });
  if (!createdId) return state;
  revalidatePath(`/investigations/${investigationId}`);
  revalidatePath("/");
  redirect(`/sources/${createdId}`);
}

export async function deleteSourceAction(sourceId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdArgs, [sourceId])) return malformedArguments;
  let investigationId: string | undefined;
  const state = await runSave({}, async () => {
    investigationId = (await deleteSource({ actor, id: sourceId })).investigationId;
  });
  if (!investigationId) return state;
  revalidatePath(`/investigations/${investigationId}`);
  redirect(`/investigations/${investigationId}`);
}

/** Saves a source's title, outlet, address, date and language; a stale form gets the saved values back. */
export async function updateSourceDetailsAction(sourceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdAndFormArgs, [sourceId, formData])) return malformedArguments;
  const state = await handleForm(formData, SourceDetailsInput, ["title", "outlet", "url", "publishedAt", "language", "version"], async (input) => {
    const saved = await updateSourceDetails({ actor, id: sourceId, input });
    return {
      status: "saved",
      message: (await getTranslations("Sources"))("detailsSaved"),
      values: {
        title: saved.title,
        outlet: saved.outlet ?? "",
        url: saved.url ?? "",
        publishedAt: saved.publishedAt ?? "",
        language: saved.language,
        version: String(saved.version),
      },
    };
  });
  revalidatePath(`/sources/${sourceId}`);
  return state;
}

const EditSourceTextInput = z.object({ text: sourceText });

/** Saves an edited text as a new version, then shows the reader with the re-anchoring summary. */
export async function updateSourceTextAction(sourceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdAndFormArgs, [sourceId, formData])) return malformedArguments;
  let summary: ReanchoringSummary | undefined;
  const state = await handleForm(formData, EditSourceTextInput, ["text"], async ({ text }) => {
    summary = (await updateSourceText({ actor, sourceId, text })).summary;
  });
  if (!summary) return state;
  revalidatePath(`/sources/${sourceId}`);
  redirect(`/sources/${sourceId}?reanchored=${summary.exact}.${summary.moved}.${summary.fuzzy}.${summary.orphan}`);
}

/** The import form's fields, with its messages already in the person's language. */
const importUrlInput = (messages: { urlRequired: string; urlInvalid: string }) =>
  z.object({
    url: z.string().trim().min(1, messages.urlRequired).max(2000).refine(isHttpUrl, messages.urlInvalid),
    title: z.string().trim().max(300),
  });

/** Imports a source from a URL; a refused or failed fetch is explained at the URL field. */
export async function importSourceFromUrlAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdAndFormArgs, [investigationId, formData])) return malformedArguments;
  let createdId: string | undefined;
  const t = await getTranslations("Sources");
  const input = importUrlInput({ urlRequired: t("importUrl.urlRequired"), urlInvalid: t("importUrl.urlInvalid") });
  const state = await handleForm(formData, input, ["url", "title"], async ({ url, title }) => {
    createdId = (await importSourceFromUrl({ actor, investigationId, url, title })).id;
  });
  if (!createdId) return state;
  revalidatePath(`/investigations/${investigationId}`);
  redirect(`/sources/${createdId}`);
}

/** Adds a source from an uploaded .txt, .md or .html file. */
export async function uploadSourceAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdAndFormArgs, [investigationId, formData])) return malformedArguments;
  const file = formData.get("file");
  const rawTitle = formData.get("title");
  const title = typeof rawTitle === "string" ? rawTitle.trim() : "";
  const t = await getTranslations("Sources");
  if (!(file instanceof File) || file.size === 0) return { status: "invalid", fieldErrors: { file: t("upload.chooseFile") }, values: { title } };
  if (file.size > 4 * 1024 * 1024) return { status: "invalid", fieldErrors: { file: t("upload.tooLarge") }, values: { title } };
  let createdId: string | undefined;
  const state = await runSave({ title }, async () => {
    createdId = (
      await importSourceFromFile({
        actor,
        investigationId,
        fileName: file.name,
        contentType: file.type || null,
        bytes: new Uint8Array(await file.arrayBuffer()),
        title,
      })
    ).id;
  });
  if (!createdId) return state;
  revalidatePath(`/investigations/${investigationId}`);
  redirect(`/sources/${createdId}`);
}
