"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { runSave } from "@/app/_server/save-form";
import { setClaimFollowed, setFactFollowed } from "@/db/queries/follows";

/** Following is for oneself: any signed-in person follows or unfollows any claim or fact (db/queries/follows.ts). */
const ClaimArgs = z.tuple([idArgument, idArgument, z.boolean()]);
const FactArgs = z.tuple([idArgument, z.boolean()]);

export async function setClaimFollowedAction(sourceId: string, claimId: string, followed: boolean): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(ClaimArgs, [sourceId, claimId, followed])) return malformedArguments;
  const state = await runSave({}, async () => {
    await setClaimFollowed({ actor, claimId, followed });
    const t = await getTranslations("Investigations");
    return { status: "saved", message: t(followed ? "follow.nowFollowingClaim" : "follow.noLongerClaim") };
  });
  revalidatePath(`/sources/${sourceId}`);
  revalidatePath("/");
  return state;
}

export async function setFactFollowedAction(factId: string, followed: boolean): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FactArgs, [factId, followed])) return malformedArguments;
  const state = await runSave({}, async () => {
    await setFactFollowed({ actor, factId, followed });
    const t = await getTranslations("Investigations");
    return { status: "saved", message: t(followed ? "follow.nowFollowingFact" : "follow.noLongerFact") };
  });
  revalidatePath(`/facts/${factId}`);
  return state;
}
