"use client";
import { useTranslations } from "next-intl";
import type { ReaderClaim } from "../reader-claim";

/** The orphaned claims of the index: listed with their quote and context, never drawn on the text. */
export function OrphanList({
  orphans,
  active,
  onOpen,
  onDelete,
}: {
  orphans: ReaderClaim[];
  active: ReaderClaim | null;
  onOpen: (claim: ReaderClaim) => void;
  onDelete: (claim: ReaderClaim) => void;
}) {
  const t = useTranslations("Reader");
  return (
    <section aria-labelledby="orphan-heading" className="rounded-xl border border-amber-300 bg-amber-50 p-3">
      <h2 id="orphan-heading" className="font-semibold text-amber-900">
        {t("orphansHeading", { count: orphans.length })}
      </h2>
      <p className="mt-1 text-xs text-amber-900">{t("orphansIntro")}</p>
      <ul aria-label={t("orphans")} className="mt-2 space-y-2">
        {orphans.map((claim) => (
          <li key={claim.id} className={`rounded-md bg-white p-2 ${claim.id === active?.id ? "ring-2 ring-accent-600" : ""}`}>
            <p className="font-serif text-stone-600">
              …{claim.prefix}
              <strong className="font-semibold text-stone-900">{claim.exact}</strong>
              {claim.suffix}…
            </p>
            {claim.verdict ? <p className="mt-0.5 text-xs font-medium text-stone-600">{claim.verdict.label}</p> : null}
            <div className="mt-1 flex flex-wrap gap-3 text-xs">
              <button
                type="button"
                aria-current={claim.id === active?.id ? "true" : undefined}
                aria-label={t("openOrphan", { exact: claim.exact })}
                className="font-medium text-accent-700 underline"
                onClick={() => onOpen(claim)}
              >
                {t("open")}
              </button>
              {claim.canEdit ? (
                <button type="button" className="text-red-700 underline" onClick={() => onDelete(claim)}>
                  {t("deleteQuoted", { exact: claim.exact })}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
