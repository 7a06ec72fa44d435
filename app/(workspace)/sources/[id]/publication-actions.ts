"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm } from "@/app/_server/save-form";
import { updateClaimPublication } from "@/db/queries/claim-publication";
import { ClaimPublicationInput } from "@/lib/validation/publication";

/**
 * The Publication section's action: a claim's statement, claimant and published address.
 * It resolves the user itself; the query checks the permission, the approval lock and the
 * version, so a refused or stale save writes nothing and keeps what was typed.
 */
const FormArgs = z.tuple([idArgument, idArgument, formArgument]);
const PublicationFormInput = ClaimPublicationInput.extend({ version: z.coerce.number().int().min(1) });

export async function saveClaimPublicationAction(sourceId: string, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FormArgs, [sourceId, claimId, formData])) return malformedArguments;
  const t = await getTranslations("Checking");
  const state = await handleForm(formData, PublicationFormInput, ["statement", "claimant", "publishedUrl", "version"], async ({ version, ...changes }) => {
    const claim = await updateClaimPublication({ actor, id: claimId, version, changes });
    return { status: "saved", message: t("saved.publication"), values: { version: String(claim.version) } };
  });
  revalidatePath(`/sources/${sourceId}`);
  return state;
}
