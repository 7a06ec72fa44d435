"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { createApiToken, revokeApiToken } from "@/db/queries/api-tokens";
import { requiredText } from "@/lib/validation/fields";

const CreateApiTokenInput = z.object({ name: requiredText(80, "name") });
const CreateApiTokenArgs = z.tuple([formArgument]);
const RevokeApiTokenArgs = z.tuple([idArgument]);

/** Creates a token for the signed-in user; the token is in the message, shown this once. */
export async function createApiTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(CreateApiTokenArgs, [formData])) return malformedArguments;
  const state = await handleForm(formData, CreateApiTokenInput, ["name"], async ({ name }) => {
    const { token } = await createApiToken({ actor, name });
    return { status: "saved", message: token };
  });
  revalidatePath("/settings/tokens");
  return state;
}

export async function revokeApiTokenAction(tokenId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(RevokeApiTokenArgs, [tokenId])) return malformedArguments;
  const state = await runSave({}, async () => await revokeApiToken({ actor, id: tokenId }));
  revalidatePath("/settings/tokens");
  return state;
}
