"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { updateInvestigationPublishedUrl } from "@/db/queries/investigation-publication";
import { createPublicLink, revokePublicLink } from "@/db/queries/public-links";
import { PublicLinkInput } from "@/lib/validation/public-link";
import { publishedUrlField } from "@/lib/validation/publication";

/**
 * The investigation page's Publication actions: its published address and its public link.
 * Each resolves the user itself; the queries allow editors only and check the version.
 */
const FormArgs = z.tuple([idArgument, formArgument]);
const IdArgs = z.tuple([idArgument]);
const PublishedAddressInput = z.object({ publishedUrl: publishedUrlField, version: z.coerce.number().int().min(1) });

export async function savePublishedAddressAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FormArgs, [investigationId, formData])) return malformedArguments;
  const state = await handleForm(formData, PublishedAddressInput, ["publishedUrl", "version"], async ({ publishedUrl, version }) => {
    await updateInvestigationPublishedUrl({ actor, id: investigationId, version, publishedUrl });
    return { status: "saved", message: (await getTranslations("Investigations"))("publication.addressSaved") };
  });
  revalidatePath(`/investigations/${investigationId}`);
  return state;
}

export async function createPublicLinkAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FormArgs, [investigationId, formData])) return malformedArguments;
  const state = await handleForm(formData, PublicLinkInput, ["expiresInDays", "indexable"], async ({ expiresInDays, indexable }) => {
    await createPublicLink({ actor, investigationId, expiresInDays, indexable });
    return { status: "saved", message: (await getTranslations("Investigations"))("publication.made") };
  });
  revalidatePath(`/investigations/${investigationId}`);
  return state;
}

export async function revokePublicLinkAction(investigationId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdArgs, [investigationId])) return malformedArguments;
  const state = await runSave({}, async () => {
    await revokePublicLink({ actor, investigationId });
    return { status: "saved", message: (await getTranslations("Investigations"))("publication.revoked") };
  });
  revalidatePath(`/investigations/${investigationId}`);
  return state;
}
