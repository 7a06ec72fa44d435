"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm } from "@/app/_server/save-form";
import { setDailyRecheck } from "@/db/queries/capture-checks";

const Args = z.tuple([idArgument, formArgument]);
const DailyRecheckFormInput = z.object({ dailyRecheck: z.enum(["on", "off"]), version: z.coerce.number().int().min(1) });

/** Turns the investigation's daily re-check of captured evidence on or off (editors and admins; the query checks). */
export async function saveDailyRecheckAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(Args, [investigationId, formData])) return malformedArguments;
  const state = await handleForm(formData, DailyRecheckFormInput, ["dailyRecheck", "version"], async ({ dailyRecheck, version }) => {
    await setDailyRecheck({ actor, investigationId, version, on: dailyRecheck === "on" });
    const t = await getTranslations("Captures");
    return { status: "saved", message: t(dailyRecheck === "on" ? "daily.savedOn" : "daily.savedOff") };
  });
  revalidatePath(`/investigations/${investigationId}`);
  return state;
}
