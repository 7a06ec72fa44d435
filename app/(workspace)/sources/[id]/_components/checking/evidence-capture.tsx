import { getTranslations } from "next-intl/server";
import { CaptureCheckList } from "@/app/(workspace)/_components/capture/capture-check-list";
import { CaptureFileLinks } from "@/app/(workspace)/_components/capture/capture-file-links";
import { CaptureRequestButton } from "@/app/(workspace)/_components/capture/capture-request-button";
import { CaptureState } from "@/app/(workspace)/_components/capture/capture-state";
import { recaptureEvidenceAction, recheckCaptureAction, retryCaptureAction } from "@/app/(workspace)/captures/capture-actions";
import { listCaptureChecks } from "@/db/queries/capture-checks";
import type { CaptureSummary } from "@/db/queries/captures";
import type { Actor } from "@/lib/permissions";

/** How many checks the evidence item lists; the capture's page lists them all. */
const checksShown = 3;

/**
 * The captured copy of an evidence link (issue #19), inside its evidence item: its state as
 * it changes (the page's live stream refreshes it), a thumbnail of the screenshot, "View
 * capture", the archive to download, whether the quote is in the captured text, the latest
 * checks against the live page with their diffs, and what the person may ask: "Retry" after
 * a failure, "Check again" and "Capture again" (`mayRequest`: the evidence's creator or an
 * editor; "Capture again" also waits while the claim is approved).
 */
export async function EvidenceCapture({
  actor,
  evidenceId,
  capture,
  quoteMatch,
  mayRequest,
  mayRecapture,
}: {
  actor: Actor;
  evidenceId: string;
  capture: CaptureSummary;
  /** Whether the evidence quote is in the captured text (null: no quote, or not captured yet). */
  quoteMatch: { status: "found" | "not-found" } | null;
  mayRequest: boolean;
  mayRecapture: boolean;
}) {
  const t = await getTranslations("Captures");
  const isDone = capture.status === "done";
  const checks = isDone ? await listCaptureChecks({ actor, captureId: capture.id }) : [];
  return (
    <div className="mt-2 space-y-1.5 rounded border border-stone-200 bg-stone-50/60 p-2" data-testid="evidence-capture">
      <CaptureState capture={capture} />
      {isDone ? (
        <>
          <div className="flex flex-wrap items-start gap-3">
            <a href={`/captures/${capture.id}`} className="shrink-0">
              {/* The workspace's own route serves the PNG (same origin, image/png); a plain img keeps it out of Next's image optimiser. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={`/api/captures/${capture.id}/screenshot`}
                alt={t("thumbnailAlt")}
                width={128}
                height={96}
                loading="lazy"
                className="h-24 w-32 rounded border border-stone-300 bg-white object-cover object-top"
                data-testid="capture-thumbnail"
              />
            </a>
            <CaptureFileLinks captureId={capture.id} />
          </div>
          {quoteMatch ? (
            <p className={`text-xs ${quoteMatch.status === "found" ? "text-emerald-800" : "font-medium text-red-700"}`} data-testid="capture-quote-match">
              {t(quoteMatch.status === "found" ? "quote.found" : "quote.notFound")}
            </p>
          ) : null}
          <CaptureCheckList checks={checks.slice(0, checksShown)} openFirst />
          {checks.length > checksShown ? (
            <a href={`/captures/${capture.id}#checks`} className="text-xs text-accent-700 underline">
              {t("check.all")} ({checks.length})
            </a>
          ) : null}
        </>
      ) : null}
      {mayRequest ? (
        <div className="flex flex-wrap gap-2">
          {capture.status === "failed" ? (
            <CaptureRequestButton label={t("retry")} pendingLabel={t("retrying")} action={retryCaptureAction.bind(null, capture.id)} />
          ) : null}
          {isDone ? <CaptureRequestButton label={t("checkAgain")} pendingLabel={t("checking")} action={recheckCaptureAction.bind(null, capture.id)} /> : null}
          {mayRecapture && (isDone || capture.status === "failed") ? (
            <CaptureRequestButton label={t("captureAgain")} pendingLabel={t("capturingAgain")} action={recaptureEvidenceAction.bind(null, evidenceId)} />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
