"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { runSave } from "@/app/_server/save-form";
import { copyEvidenceFromClaim } from "@/db/queries/evidence";
import { linkClaimsToFact } from "@/db/queries/facts";

/**
 * The "Checked before" panel's two one-click answers to an earlier check. Thin: the session,
 * the arguments' shapes, then the queries, which check the permission and the rules themselves
 * (a fact links only claims of its own investigation; evidence is never copied onto an
 * approved claim).
 */
const ThreeIds = z.tuple([idArgument, idArgument, idArgument]);

/** Links the open claim into the earlier claim's fact (a fact of the same investigation). */
export async function linkCheckedBeforeAction(sourceId: string, claimId: string, factId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(ThreeIds, [sourceId, claimId, factId])) return malformedArguments;
  const t = await getTranslations("CheckedBefore");
  const state = await runSave({}, async () => {
    await linkClaimsToFact({ actor, factId, claimIds: [claimId] });
    return { status: "saved", message: t("linked") };
  });
  revalidatePath(`/sources/${sourceId}`);
  return state;
}

/** Copies the earlier claim's evidence to the open claim (any investigation). */
export async function copyCheckedBeforeEvidenceAction(sourceId: string, claimId: string, fromClaimId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(ThreeIds, [sourceId, claimId, fromClaimId])) return malformedArguments;
  const t = await getTranslations("CheckedBefore");
  const state = await runSave({}, async () => {
    const { copied } = await copyEvidenceFromClaim({ actor, claimId, fromClaimId });
    return { status: "saved", message: copied === 0 ? t("alreadyCopied") : t("copied", { count: copied }) };
  });
  revalidatePath(`/sources/${sourceId}`);
  return state;
}
