"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/app/_server/current-actor";
import { handleForm, runSave, type FormState } from "@/app/_server/form-state";
import { z } from "zod";
import { createSource, deleteSource, updateSourceText, type ReanchoringSummary } from "@/db/queries/sources";
import { CreateSourceInput, sourceText } from "@/lib/validation/source";

const sourceFields = ["title", "outlet", "url", "publishedAt", "text"] as const;

export async function createSourceAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let createdId: string | undefined;
  const state = await handleForm(formData, CreateSourceInput, sourceFields, (input) => {
    createdId = createSource({ actor, investigationId, input }).id;
  });
  if (!createdId) return state;
  revalidatePath(`/investigations/${investigationId}`);
  revalidatePath("/");
  redirect(`/sources/${createdId}`);
}

export async function deleteSourceAction(sourceId: string): Promise<FormState> {
  const actor = await requireActor();
  let investigationId: string | undefined;
  const state = await runSave({}, () => {
    investigationId = deleteSource({ actor, id: sourceId }).investigationId;
  });
  if (!investigationId) return state;
  revalidatePath(`/investigations/${investigationId}`);
  redirect(`/investigations/${investigationId}`);
}

const EditSourceTextInput = z.object({ text: sourceText });

/** Saves an edited text as a new version, then shows the reader with the re-anchoring summary. */
export async function updateSourceTextAction(sourceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let summary: ReanchoringSummary | undefined;
  const state = await handleForm(formData, EditSourceTextInput, ["text"], ({ text }) => {
    summary = updateSourceText({ actor, sourceId, text }).summary;
  });
  if (!summary) return state;
  revalidatePath(`/sources/${sourceId}`);
  redirect(`/sources/${sourceId}?reanchored=${summary.exact}.${summary.moved}.${summary.fuzzy}.${summary.orphan}`);
}
