import { getLocale, getTranslations } from "next-intl/server";
import type { CaptureSummary } from "@/db/queries/captures";
import { captureFailureReasonOf } from "@/lib/capture-display/failure-reason";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "../format";

/**
 * Where a capture stands, in words: waiting (and, after a failed attempt, why it is waiting
 * to try again), capturing, captured (when, in UTC), or failed with the reason. A status
 * region, so a screen reader hears it change when the live stream refreshes the page.
 */
export async function CaptureState({ capture }: { capture: CaptureSummary }) {
  const [t, locale] = await Promise.all([getTranslations("Captures"), getLocale()]);
  const reason = t(`failure.${captureFailureReasonOf(capture.error)}`);
  const text =
    capture.status === "done" && capture.capturedAt
      ? t("status.done", { time: formatDateTime(capture.capturedAt, locale as Locale) })
      : capture.status === "failed"
        ? t("status.failed", { reason })
        : capture.status === "capturing"
          ? t("status.capturing")
          : capture.error
            ? t("status.retrying", { reason })
            : t("status.pending");
  const tone = capture.status === "failed" ? "font-medium text-red-800" : capture.status === "done" ? "text-emerald-900" : "text-stone-700";
  return (
    <p role="status" className={`text-xs ${tone}`} data-testid="capture-state" data-status={capture.status}>
      {text}
    </p>
  );
}
