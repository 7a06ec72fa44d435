"use client";
import { useTranslations } from "next-intl";
import type { Rating } from "@/lib/checking/rating-scale";

/** After a conflicting save: the verdict and rationale someone else saved meanwhile, beside this person's draft. */
export function TheirReview({ current, scale }: { current: Record<string, string>; scale: readonly Rating[] }) {
  const t = useTranslations("Checking.review");
  const verdict = scale.find((rating) => rating.key === current.verdictKey)?.label ?? t("noVerdict");
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900" data-testid="their-version">
      <p className="font-medium">{t("theirVersion")}</p>
      <p>{t("theirVerdict", { verdict })}</p>
      <p className="whitespace-pre-wrap">{t("theirRationale", { rationale: current.rationale || t("none") })}</p>
    </div>
  );
}
