"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm } from "@/app/_server/save-form";
import { setInvestigationFourEyes } from "@/db/queries/four-eyes-setting";

const Args = z.tuple([idArgument, formArgument]);
const FourEyesFormInput = z.object({ fourEyes: z.enum(["on", "off"]), version: z.coerce.number().int().min(1) });

/** Turns the investigation's four eyes on or off (editors and admins; the query checks). */
export async function saveFourEyesAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(Args, [investigationId, formData])) return malformedArguments;
  const state = await handleForm(formData, FourEyesFormInput, ["fourEyes", "version"], async ({ fourEyes, version }) => {
    await setInvestigationFourEyes({ actor, id: investigationId, version, fourEyes: fourEyes === "on" });
    const t = await getTranslations("Investigations");
    return { status: "saved", message: t(fourEyes === "on" ? "fourEyes.savedOn" : "fourEyes.savedOff") };
  });
  revalidatePath(`/investigations/${investigationId}`);
  return state;
}
