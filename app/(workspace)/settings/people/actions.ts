"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_server/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { createUser, setUserDisabled, setUserRole } from "@/db/queries/users";
import { CreateUserInput, role as roleSchema } from "@/lib/validation/user";

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await handleForm(formData, CreateUserInput, ["email", "name", "role", "password"], async (input) => {
    const { user, generatedPassword } = await createUser({ operator: actor, input: { ...input, password: input.password || undefined } });
    return {
      status: "saved",
      message: generatedPassword ? `Account created for ${user.email}. Their password is shown once: ${generatedPassword}` : `Account created for ${user.email}.`,
    };
  });
  // Never echo a password back into the form.
  if (state.values) state.values = { ...state.values, password: "" };
  revalidatePath("/settings/people");
  return state;
}

export async function setRoleAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = roleSchema.safeParse(formData.get("role"));
  if (!parsed.success) return { status: "invalid", fieldErrors: { role: parsed.error.issues[0]?.message ?? "Choose a role." } };
  const state = await runSave({}, () => {
    const user = setUserRole({ operator: actor, userId, role: parsed.data });
    return { status: "saved", message: `${user.email} is now ${user.role}.` };
  });
  revalidatePath("/settings/people");
  return state;
}

export async function setDisabledAction(userId: string, disabled: boolean): Promise<FormState> {
  const actor = await requireActor();
  const state = await runSave({}, () => {
    const user = setUserDisabled({ operator: actor, userId, disabled });
    return { status: "saved", message: `${user.email} is ${disabled ? "disabled" : "enabled again"}.` };
  });
  revalidatePath("/settings/people");
  return state;
}
