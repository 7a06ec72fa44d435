"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_server/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { createApiToken, revokeApiToken } from "@/db/queries/api-tokens";
import { requiredText } from "@/lib/validation/fields";

const CreateApiTokenInput = z.object({ name: requiredText(80, "The name") });

/** Creates a token for the signed-in user; the token is in the message, shown this once. */
export async function createApiTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await handleForm(formData, CreateApiTokenInput, ["name"], ({ name }) => {
    const { token } = createApiToken({ actor, name });
    return { status: "saved", message: token };
  });
  revalidatePath("/settings/tokens");
  return state;
}

export async function revokeApiTokenAction(tokenId: string): Promise<FormState> {
  const actor = await requireActor();
  const state = await runSave({}, () => revokeApiToken({ actor, id: tokenId }));
  revalidatePath("/settings/tokens");
  return state;
}
