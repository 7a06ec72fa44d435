"use client";
import { useTranslations } from "next-intl";
import { RegionErrorBoundary } from "@/app/_components/region-error-boundary";
import { buttonClass } from "@/app/_components/button-class";
import type { ReaderClaim } from "../reader-claim";

/**
 * The open claim: its words in context, who highlighted it, its lock or orphan notice, and the
 * server-rendered checking panel. Beside the text on wide screens; on narrow ones a sheet at the
 * bottom of the screen, so a tapped highlight opens where the reader is looking.
 */
export function OpenClaimCard({
  active,
  position,
  isPending,
  onStep,
  onClose,
  onDelete,
  checkingPanel,
}: {
  active: ReaderClaim;
  /** "3 of 12" among the claims drawn on the text; null for an orphan. */
  position: { index: number; count: number } | null;
  isPending: boolean;
  onStep: (direction: 1 | -1) => void;
  onClose: () => void;
  onDelete: (claim: ReaderClaim) => void;
  checkingPanel?: React.ReactNode;
}) {
  const t = useTranslations("Reader");
  const checking = useTranslations("Checking");
  return (
    <section
      aria-label={t("openClaim")}
      className="rounded-xl border border-accent-600/40 bg-white p-4 shadow-sm max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-30 max-lg:max-h-[72vh] max-lg:overflow-y-auto max-lg:rounded-b-none max-lg:shadow-2xl lg:min-h-0 lg:flex-1 lg:overflow-y-auto"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-accent-700">
          {t("openClaim")}
          {position ? (
            <span className="ml-1 font-normal normal-case text-stone-500">{t("position", { number: position.index + 1, count: position.count })}</span>
          ) : null}
        </h2>
        <div className="flex gap-1">
          <button
            type="button"
            className={buttonClass("quiet", "px-2 py-0.5 text-xs")}
            aria-label={t("previousClaim")}
            disabled={!position || position.count < 2}
            onClick={() => onStep(-1)}
          >
            {t("prev")}
          </button>
          <button
            type="button"
            className={buttonClass("quiet", "px-2 py-0.5 text-xs")}
            aria-label={t("nextClaim")}
            disabled={!position || position.count < 2}
            onClick={() => onStep(1)}
          >
            {t("next")}
          </button>
          <button type="button" className={buttonClass("quiet", "px-2 py-0.5 text-xs")} aria-label={t("closeOpenClaim")} onClick={onClose}>
            ✕
          </button>
        </div>
      </div>
      <blockquote className="mt-2 font-serif text-base leading-relaxed text-stone-600">
        …{active.prefix}
        <mark className="bg-accent-100 px-0.5 text-stone-900">{active.exact}</mark>
        {active.suffix}…
      </blockquote>
      <p className="mt-2 text-xs text-stone-500">
        {t.rich("highlightedBy", { name: active.createdByName, status: t(`anchorStatus.${active.anchor.status}`), bdi: (name) => <bdi>{name}</bdi> })}
      </p>
      {active.isLocked ? (
        <p className="mt-3 text-xs text-stone-600" data-testid="claim-lock">
          {checking("approvedNotice")}
        </p>
      ) : null}
      {active.anchor.status === "orphan" ? <OrphanNotice canEdit={active.canEdit} isLocked={active.isLocked} /> : null}
      {active.canEdit ? (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button type="button" disabled={isPending} className={buttonClass("secondary", "px-2.5 py-1 text-xs text-red-700")} onClick={() => onDelete(active)}>
            {t("deleteClaim")}
          </button>
          {active.anchor.status === "orphan" ? null : <span className="text-xs text-stone-500">{t("moveHint")}</span>}
        </div>
      ) : null}
      {checkingPanel ? (
        <div className="mt-4 border-t border-stone-200 pt-4">
          <RegionErrorBoundary region={checking("panelRegion")}>{checkingPanel}</RegionErrorBoundary>
        </div>
      ) : null}
    </section>
  );
}

/** What an open orphan is and how to give it words again (its author or an editor may). */
function OrphanNotice({ canEdit, isLocked }: { canEdit: boolean; isLocked: boolean }) {
  const t = useTranslations("Reader");
  return (
    <p data-testid="orphan-notice" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-2 py-1.5 text-xs text-amber-900">
      {t("orphanNotice")} {canEdit ? t("orphanCanAttach") : isLocked ? t("orphanLocked") : t("orphanAskAuthor")}
    </p>
  );
}
