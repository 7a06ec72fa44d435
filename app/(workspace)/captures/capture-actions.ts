"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { runSave } from "@/app/_server/save-form";
import { recheckCapture } from "@/db/queries/capture-checks";
import { recaptureEvidence, retryCapture } from "@/db/queries/capture-requests";
import { captureFailureReasonOf } from "@/lib/capture-display/failure-reason";
import type { Actor } from "@/lib/permissions";

type Translator = Awaited<ReturnType<typeof getTranslations<"Captures">>>;

/**
 * What people ask of a capture from the evidence item and the capture's page (issue #19).
 * Each resolves the user itself; the queries (db/queries/capture-requests.ts,
 * capture-checks.ts) decide who may: the evidence's creator or an editor. The pages that show
 * captures are refreshed, and the live stream refreshes everyone else's.
 */
const CaptureArgs = z.tuple([idArgument]);

function revalidateCapturePages() {
  revalidatePath("/sources/[id]", "page");
  revalidatePath("/captures/[id]", "page");
}

/**
 * Runs `work` for the signed-in person on a capture (or evidence) id from the page: malformed
 * arguments refused, the answer as a form state with `work`'s message, the capture pages refreshed.
 */
async function askOfCapture(id: string, work: (actor: Actor, t: Translator) => Promise<string>): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(CaptureArgs, [id])) return malformedArguments;
  const t = await getTranslations("Captures");
  const state = await runSave({}, async () => ({ status: "saved", message: await work(actor, t) }));
  revalidateCapturePages();
  return state;
}

/** Tries a failed capture again (CONFLICT, as a message, when it has not failed). */
export async function retryCaptureAction(captureId: string): Promise<FormState> {
  return askOfCapture(captureId, async (actor, t) => {
    await retryCapture({ actor, captureId });
    return t("retried");
  });
}

/** Captures an evidence item's address again: a new capture, the old one kept. */
export async function recaptureEvidenceAction(evidenceId: string): Promise<FormState> {
  return askOfCapture(evidenceId, async (actor, t) => {
    await recaptureEvidence({ actor, evidenceId });
    return t("recaptureRequested");
  });
}

/**
 * "Check again": reads the live page now (up to the capture time limit) and records whether
 * its text changed since the capture; the message says the result, the pages show the diff.
 * A live page that could not be read is a result too (recorded, with the reason), not a refusal.
 */
export async function recheckCaptureAction(captureId: string): Promise<FormState> {
  return askOfCapture(captureId, async (actor, t) => {
    const { changed, check } = await recheckCapture({ actor, captureId });
    if (changed === null) return t("check.failed", { reason: t(`failure.${captureFailureReasonOf(check.error)}`) });
    return t(changed ? "check.changed" : "check.unchanged");
  });
}
