import { getTranslations } from "next-intl/server";
import { CaptureState } from "@/app/(workspace)/_components/capture/capture-state";
import { getCapture } from "@/db/queries/captures";
import type { Actor } from "@/lib/permissions";

/**
 * The captured copy of the page a source was imported from (issue #19), under its address:
 * where the capture stands as it changes (the page's live stream refreshes it), and "View
 * capture" once it is done. The page puts it in its own error boundary.
 */
export async function SourceCapture({ actor, captureId }: { actor: Actor; captureId: string }) {
  const [capture, t] = await Promise.all([getCapture({ actor, id: captureId }), getTranslations("Captures")]);
  return (
    <div className="mt-1 flex flex-wrap items-baseline gap-x-3" data-testid="source-capture">
      <CaptureState capture={capture} />
      {capture.status === "done" ? (
        <a href={`/captures/${capture.id}`} className="text-xs font-medium text-accent-700 underline">
          {t("view")}
        </a>
      ) : null}
    </div>
  );
}
