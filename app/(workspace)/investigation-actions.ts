"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/app/_server/current-actor";
import { handleForm, runSave, type FormState } from "@/app/_server/form-state";
import { createInvestigation, deleteInvestigation, renameInvestigation } from "@/db/queries/investigations";
import { CreateInvestigationInput, RenameInvestigationInput } from "@/lib/validation/investigation";

export async function createInvestigationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let createdId: string | undefined;
  const state = await handleForm(formData, CreateInvestigationInput, ["title"], (input) => {
    createdId = createInvestigation({ actor, input }).id;
  });
  if (!createdId) return state;
  revalidatePath("/");
  redirect(`/investigations/${createdId}`);
}

export async function renameInvestigationAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await handleForm(formData, RenameInvestigationInput, ["title", "version"], (input) => {
    const renamed = renameInvestigation({ actor, id: investigationId, input });
    return { status: "saved", message: "Renamed.", values: { title: renamed.title, version: String(renamed.version) } };
  });
  revalidatePath("/");
  revalidatePath(`/investigations/${investigationId}`);
  return state;
}

export async function deleteInvestigationAction(investigationId: string): Promise<FormState> {
  const actor = await requireActor();
  const state = await runSave({}, () => deleteInvestigation({ actor, id: investigationId }));
  if (state.status !== "saved") return state;
  revalidatePath("/");
  redirect("/");
}
