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

/** Tries a failed capture again (CONFLICT, as a message, when it has not failed). */
export async function retryCaptureAction(captureId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(CaptureArgs, [captureId])) return malformedArguments;
  const t = await getTranslations("Captures");
  const state = await runSave({}, async () => {
    await retryCapture({ actor, captureId });
    return { status: "saved", message: t("retried") };
  });
  revalidateCapturePages();
  return state;
}

/** Captures an evidence item's address again: a new capture, the old one kept. */
export async function recaptureEvidenceAction(evidenceId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(CaptureArgs, [evidenceId])) return malformedArguments;
  const t = await getTranslations("Captures");
  const state = await runSave({}, async () => {
    await recaptureEvidence({ actor, evidenceId });
    return { status: "saved", message: t("recaptureRequested") };
  });
  revalidateCapturePages();
  return state;
}

/**
 * "Check again": reads the live page now (up to the capture time limit) and records whether
 * its text changed since the capture; the message says the result, the pages show the diff.
 * A live page that could not be read is a result too (recorded, with the reason), not a refusal.
 */
export async function recheckCaptureAction(captureId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(CaptureArgs, [captureId])) return malformedArguments;
  const t = await getTranslations("Captures");
  const state = await runSave({}, async () => {
    const { changed, check } = await recheckCapture({ actor, captureId });
    if (changed === null) return { status: "saved", message: t("check.failed", { reason: t(`failure.${captureFailureReasonOf(check.error)}`) }) };
    return { status: "saved", message: t(changed ? "check.changed" : "check.unchanged") };
  });
  revalidateCapturePages();
  return state;
}
