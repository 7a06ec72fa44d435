"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { setQuantityCorrection } from "@/db/queries/facts";

const number = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, message)
    .transform(Number);

/** The correction's fields; `messages` say what is wrong with each end, in the person's language. */
const correctionInput = (messages: { low: string; high: string }) =>
  z.object({
    low: number(messages.low),
    high: z.union([z.literal("").transform(() => null), number(messages.high)]),
    lowInclusive: z.enum(["on", ""]),
    highInclusive: z.enum(["on", ""]),
    unit: z.string().trim().max(80),
    text: z.string().max(200),
  });

/** Saves a reviewer's reading of a claim's figure: [low, high] (blank high = no upper bound). */
const CorrectQuantityArgs = z.tuple([idArgument, idArgument, formArgument]);
const ClearQuantityCorrectionArgs = z.tuple([idArgument, idArgument]);

export async function correctQuantityAction(factId: string, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(CorrectQuantityArgs, [factId, claimId, formData])) return malformedArguments;
  const t = await getTranslations("FactPage");
  const input = correctionInput({ low: t("correction.lowNotNumber"), high: t("correction.highNotNumber") });
  const state = await handleForm(formData, input, ["low", "high", "lowInclusive", "highInclusive", "unit", "text"], async (input) => {
    await setQuantityCorrection({
      actor,
      claimId,
      correction: {
        low: input.low,
        high: input.high,
        lowInclusive: input.lowInclusive === "on",
        highInclusive: input.high !== null && input.highInclusive === "on",
        hedge: input.high === null ? "at-least" : input.low === input.high ? "exact" : "range",
        value: input.low,
        unit: input.unit || null,
        text: input.text,
      },
    });
    return { status: "saved", message: t("correction.saved") };
  });
  revalidatePath(`/facts/${factId}`);
  return state;
}

export async function clearQuantityCorrectionAction(factId: string, claimId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(ClearQuantityCorrectionArgs, [factId, claimId])) return malformedArguments;
  const state = await runSave({}, async () => await setQuantityCorrection({ actor, claimId, correction: null }));
  revalidatePath(`/facts/${factId}`);
  return state;
}
