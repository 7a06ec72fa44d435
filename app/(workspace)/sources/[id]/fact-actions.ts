"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { createFact, linkClaimsToFact, unlinkClaimFromFact } from "@/db/queries/facts";

/** The form's fields, with their messages in the person's language. */
const linkFactInput = (t: Awaited<ReturnType<typeof getTranslations<"Checking">>>) =>
  z
    .object({
      factId: z.string().min(1, t("refusals.chooseFact")),
      title: z
        .string()
        .trim()
        .max(300, t("refusals.factTitleTooLong", { max: 300 })),
    })
    .refine((input) => input.factId !== "new" || input.title.length > 0, {
      message: t("refusals.nameNewFact"),
      path: ["title"],
    });

const LinkFactArgs = z.tuple([idArgument, idArgument, idArgument, formArgument]);
const UnlinkFactArgs = z.tuple([idArgument, idArgument, idArgument]);
/** The suggested claims ticked in the form: ids, as many as a source could suggest. */
const TickedClaims = z.array(idArgument).max(500);

/**
 * Links the open claim — and any suggested claims ticked in the form — to an existing fact
 * or to a new one.
 */
export async function linkFactAction(sourceId: string, investigationId: string, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(LinkFactArgs, [sourceId, investigationId, claimId, formData])) return malformedArguments;
  const ticked = TickedClaims.safeParse(formData.getAll("withClaim"));
  if (!ticked.success) return malformedArguments;
  const claimIds = [claimId, ...ticked.data];
  const t = await getTranslations("Checking");
  const state = await handleForm(formData, linkFactInput(t), ["factId", "title"], async ({ factId, title }) => {
    if (factId === "new") await createFact({ actor, investigationId, title, claimIds });
    else await linkClaimsToFact({ actor, factId, claimIds });
    return { status: "saved", message: t("saved.linked") };
  });
  revalidatePath(`/sources/${sourceId}`);
  // Echo the ticked suggestions too, so a refused form keeps them ticked.
  return state.status === "saved" ? state : { ...state, values: { ...state.values, withClaim: claimIds.slice(1).join(" ") } };
}

export async function unlinkFactAction(sourceId: string, factId: string, claimId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(UnlinkFactArgs, [sourceId, factId, claimId])) return malformedArguments;
  const state = await runSave({}, async () => await unlinkClaimFromFact({ actor, factId, claimId }));
  revalidatePath(`/sources/${sourceId}`);
  return state;
}
