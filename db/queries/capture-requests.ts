import "server-only";
import { and, eq } from "drizzle-orm";
import { assertNotApproved } from "@/lib/checking/approval-lock";
import { canEditEvidence } from "@/lib/checking/permissions";
import { AppError } from "@/lib/errors";
import type { LocalizedMessage } from "@/lib/i18n/translator";
import { canEditSourceDetails, canManageInvestigations, type Actor } from "@/lib/permissions";
import { db, forUpdate, writeTransaction } from "../connection";
import { wakeCaptureWorker } from "../capture-wake";
import { afterCommit } from "../connection";
import { now } from "../prepared";
import { captures, evidence, sources } from "../schema";
import { assertAllowed } from "./actor";
import { indexEvidence } from "./search-index";
import { captureSummaries, enqueueCapture, type CaptureSummary } from "./captures";
import { getClaimContext } from "./claim-context";
import { recordEvent } from "./events";

/**
 * What people ask of captures: capture an evidence link again, and try a failed capture again.
 * Who may: whoever may edit an evidence item (or a source) that shows the capture: its
 * creator or an editor (lib/checking/permissions.ts canEditEvidence); a capture nothing shows
 * any more, editors.
 */

/** FORBIDDEN unless `actor` may ask for work on the capture (see above); NOT_FOUND without it. */
export async function assertMayRequestCapture(actor: Actor, captureId: string, refusal: LocalizedMessage): Promise<{ id: string; investigationId: string }> {
  const [capture] = await db().select({ id: captures.id, investigationId: captures.investigationId }).from(captures).where(eq(captures.id, captureId));
  if (!capture) throw new AppError("NOT_FOUND", { key: "Errors.notFound.capture" });
  assertAllowed(await mayRequestCapture(actor, captureId), refusal);
  return capture;
}

/** Whether `actor` may ask for work on the capture ("Check again", "Retry"): what pages ask before they offer it. */
export async function mayRequestCapture(actor: Actor, captureId: string): Promise<boolean> {
  if (canManageInvestigations(actor)) return true;
  const linkedEvidence = await db().select({ createdBy: evidence.createdBy }).from(evidence).where(eq(evidence.captureId, captureId));
  const linkedSources = await db().select({ createdBy: sources.createdBy }).from(sources).where(eq(sources.captureId, captureId));
  return linkedEvidence.some((item) => canEditEvidence(actor, item)) || linkedSources.some((source) => canEditSourceDetails(actor, source));
}

/**
 * Captures an evidence item's web address again: a new capture row, which the evidence then
 * shows (its quote check cleared until it is done); the old capture is kept. Its creator or
 * an editor (canEditEvidence); FORBIDDEN while its claim is approved (the approval lock),
 * INVALID when it has no web address, NOT_FOUND without it. Records `capture.requested`.
 */
export async function recaptureEvidence({ actor, evidenceId }: { actor: Actor; evidenceId: string }): Promise<CaptureSummary> {
  const captureId = await writeTransaction(async (tx) => {
    const [first] = await db().select({ claimId: evidence.claimId }).from(evidence).where(eq(evidence.id, evidenceId));
    if (!first) throw new AppError("NOT_FOUND", { key: "Errors.notFound.evidence" });
    const context = await getClaimContext(first.claimId); // locks the claim: no other evidence change interleaves
    const [item] = await tx.select().from(evidence).where(eq(evidence.id, evidenceId));
    if (!item) throw new AppError("NOT_FOUND", { key: "Errors.notFound.evidence" });
    assertAllowed(canEditEvidence(actor, item), { key: "Errors.forbidden.captureAgain" });
    assertNotApproved(context.claim, "evidence");
    const id = await enqueueCapture({ investigationId: context.investigationId, url: item.url, requestedBy: actor.id });
    if (!id) throw new AppError("INVALID", { key: "Errors.invalid.captureNoAddress" });
    await tx.update(evidence).set({ captureId: id, captureQuoteMatch: null }).where(eq(evidence.id, evidenceId));
    await indexEvidence([evidenceId]);
    await recordEvent({
      actorId: actor.id,
      action: "capture.requested",
      subjectType: "evidence",
      subjectId: evidenceId,
      investigationId: context.investigationId,
      data: { captureId: id, claimId: item.claimId, previousCaptureId: item.captureId, url: item.url },
    });
    return id;
  });
  return (await captureSummaries([captureId])).get(captureId)!;
}

/**
 * Makes a failed capture pending again, due now, with a fresh count of attempts (who may:
 * `assertMayRequestCapture`). CONFLICT unless it has failed; NOT_FOUND without it.
 * Records `capture.requested`.
 */
export async function retryCapture({ actor, captureId }: { actor: Actor; captureId: string }): Promise<CaptureSummary> {
  await writeTransaction(async (tx) => {
    const capture = await assertMayRequestCapture(actor, captureId, { key: "Errors.forbidden.captureRetry" });
    const [current] = await forUpdate(tx.select({ status: captures.status }).from(captures).where(eq(captures.id, captureId)));
    if (current?.status !== "failed") throw new AppError("CONFLICT", { key: "Errors.conflict.captureNotFailed" });
    const at = now();
    await tx
      .update(captures)
      .set({ status: "pending", attempts: 0, dueAt: at, leasedUntil: null, leasedBy: null, updatedAt: at })
      .where(and(eq(captures.id, captureId), eq(captures.status, "failed")));
    const linked = await tx.select({ id: evidence.id, claimId: evidence.claimId }).from(evidence).where(eq(evidence.captureId, captureId));
    const subject = linked[0] ? { subjectType: "evidence", subjectId: linked[0].id } : { subjectType: "capture", subjectId: captureId };
    await recordEvent({
      actorId: actor.id,
      action: "capture.requested",
      ...subject,
      investigationId: capture.investigationId,
      data: { captureId, retry: true },
    });
    afterCommit(wakeCaptureWorker);
  });
  return (await captureSummaries([captureId])).get(captureId)!;
}
