"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { revokeApiTokensOfPerson } from "@/db/queries/api-tokens";
import { createUser, resetUserPassword, setUserDisabled, setUserRole } from "@/db/queries/users";
import { CreateUserInput, role as roleSchema } from "@/lib/validation/user";

const FormArgs = z.tuple([formArgument]);
const AccountAndFormArgs = z.tuple([idArgument, formArgument]);
const AccountArgs = z.tuple([idArgument]);
const SetDisabledArgs = z.tuple([idArgument, z.boolean()]);
const RevokePersonTokensArgs = z.tuple([idArgument, idArgument.nullable()]);

/** "2 API tokens were revoked." — said wherever a change revokes someone's tokens. */
function revokedTokensSentence(count: number): string {
  if (count === 0) return "They had no active API token.";
  return `${count} API token${count === 1 ? " was" : "s were"} revoked.`;
}

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FormArgs, [formData])) return malformedArguments;
  const state = await handleForm(formData, CreateUserInput, ["email", "name", "role", "password"], async (input) => {
    const { user, generatedPassword } = await createUser({ operator: actor, input: { ...input, password: input.password || undefined } });
    return {
      status: "saved",
      message: generatedPassword
        ? `Account created for ${user.email}. Their password is shown once: ${generatedPassword}`
        : `Account created for ${user.email}.`,
    };
  });
  // Never echo a password back into the form.
  if (state.values) state.values = { ...state.values, password: "" };
  revalidatePath("/settings/people");
  return state;
}

export async function setRoleAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(AccountAndFormArgs, [userId, formData])) return malformedArguments;
  const parsed = roleSchema.safeParse(formData.get("role"));
  if (!parsed.success) return { status: "invalid", fieldErrors: { role: parsed.error.issues[0]?.message ?? "Choose a role." } };
  const state = await runSave({}, async () => {
    const user = await setUserRole({ operator: actor, userId, role: parsed.data });
    return { status: "saved", message: `${user.email} is now ${user.role}.` };
  });
  revalidatePath("/settings/people");
  return state;
}

/** Disabling signs the person out and revokes their API tokens (for good); enabling restores neither. */
export async function setDisabledAction(userId: string, disabled: boolean): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(SetDisabledArgs, [userId, disabled])) return malformedArguments;
  const state = await runSave({}, async () => {
    const user = await setUserDisabled({ operator: actor, userId, disabled });
    return {
      status: "saved",
      message: disabled ? `${user.email} is disabled and signed out. ${revokedTokensSentence(user.revokedTokenCount)}` : `${user.email} is enabled again.`,
    };
  });
  revalidatePath("/settings/people");
  return state;
}

/** Gives the person a new generated password (shown once), signs them out everywhere and revokes their API tokens. */
export async function resetPasswordAction(userId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(AccountArgs, [userId])) return malformedArguments;
  const state = await runSave({}, async () => {
    const { user, password, revokedTokenCount } = await resetUserPassword({ operator: actor, userId });
    return {
      status: "saved",
      message: `Password reset for ${user.email}; they are signed out everywhere. ${revokedTokensSentence(revokedTokenCount)} Their new password is shown once: ${password}`,
    };
  });
  revalidatePath("/settings/people");
  return state;
}

/** Revokes one of another person's API tokens (`tokenId`), or all of them when it is null. */
export async function revokePersonTokensAction(userId: string, tokenId: string | null): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(RevokePersonTokensArgs, [userId, tokenId])) return malformedArguments;
  const state = await runSave({}, async () => {
    const count = await revokeApiTokensOfPerson({ operator: actor, userId, tokenId: tokenId ?? undefined });
    return { status: "saved", message: count === 0 ? "No active token was left to revoke." : revokedTokensSentence(count) };
  });
  revalidatePath("/settings/people");
  return state;
}
