import { useTranslations } from "next-intl";
import type { CurrentWording as Wording } from "@/db/queries/current-wording";

/**
 * A claim's words on its source's current version, as fact tables quote them, with the mark
 * of a claim that moved, was matched approximately or is orphaned (its original words,
 * struck through: they are no longer in the text).
 */
export function CurrentWording({ claim, className = "" }: { claim: Wording; className?: string }) {
  const t = useTranslations("Investigations.anchorStatus");
  const note = claim.anchorStatus === "exact" ? null : t(claim.anchorStatus);
  return (
    <span className={className} data-anchor-status={claim.anchorStatus}>
      <span className={`font-serif ${claim.anchorStatus === "orphan" ? "text-stone-600 line-through decoration-stone-400" : ""}`}>“{claim.wording}”</span>
      {note ? <span className="mt-0.5 block text-xs font-medium text-amber-800">{note}</span> : null}
    </span>
  );
}
