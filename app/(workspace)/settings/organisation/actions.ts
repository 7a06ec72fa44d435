"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm } from "@/app/_server/save-form";
import { updateOrganisation } from "@/db/queries/organisation";
import { OrganisationInput } from "@/lib/validation/organisation";

const SaveOrganisationArgs = z.tuple([formArgument]);

/** Saves the name and address of the organisation that publishes the reviews. */
export async function saveOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(SaveOrganisationArgs, [formData])) return malformedArguments;
  const state = await handleForm(formData, OrganisationInput, ["name", "url"], async ({ name, url }) => {
    await updateOrganisation({ actor, name, url: url ?? null });
    return { status: "saved", message: (await getTranslations("Settings"))("organisationPage.saved") };
  });
  revalidatePath("/settings/organisation");
  return state;
}
