"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { createWebhook, deleteWebhook } from "@/db/queries/webhooks";
import { CreateWebhookInput } from "@/lib/validation/webhook";

const IdAndFormArgs = z.tuple([idArgument, formArgument]);
const TwoIdArgs = z.tuple([idArgument, idArgument]);

/** Adds a webhook to the investigation; its signing secret is in the message, shown this once (like an API token). */
export async function addWebhookAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdAndFormArgs, [investigationId, formData])) return malformedArguments;
  const state = await handleForm(formData, CreateWebhookInput, ["url"], async ({ url }) => {
    const { secret } = await createWebhook({ actor, investigationId, url });
    return { status: "saved", message: secret };
  });
  revalidatePath(`/investigations/${investigationId}`);
  return state;
}

export async function removeWebhookAction(investigationId: string, webhookId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(TwoIdArgs, [investigationId, webhookId])) return malformedArguments;
  const state = await runSave({}, async () => await deleteWebhook({ actor, investigationId, webhookId }));
  revalidatePath(`/investigations/${investigationId}`);
  return state;
}
