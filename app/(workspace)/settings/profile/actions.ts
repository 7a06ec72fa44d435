"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm } from "@/app/_server/save-form";
import { setOwnLocale } from "@/db/queries/profile";
import { translator } from "@/lib/i18n/translator";
import { ProfileInput } from "@/lib/validation/profile";

const SaveProfileArgs = z.tuple([formArgument]);

/** Saves the caller's own interface language; the whole workspace answers in it from the next render on. */
export async function saveProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(SaveProfileArgs, [formData])) return malformedArguments;
  const state = await handleForm(formData, ProfileInput, ["locale"], async ({ locale }) => {
    await setOwnLocale({ actor, locale });
    // Said in the language just chosen, as the page around it will be (following the browser: in this request's).
    return { status: "saved", message: translator(locale ?? (await getLocale()), "Settings")("profileSaved") };
  });
  revalidatePath("/", "layout");
  return state;
}
