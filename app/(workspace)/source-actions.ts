"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/app/_server/current-actor";
import { handleForm, runSave, type FormState } from "@/app/_server/form-state";
import { createSource, deleteSource } from "@/db/queries/sources";
import { CreateSourceInput } from "@/lib/validation/source";

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
