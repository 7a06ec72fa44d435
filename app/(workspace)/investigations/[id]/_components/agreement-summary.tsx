import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { kappaReading } from "@/lib/checking/agreement";
import { claimStatuses } from "@/lib/checking/claim-status";
import { findRating, type Rating } from "@/lib/checking/rating-scale";
import type { getAgreementByInvestigation } from "@/db/queries/assessments";

/** Claims by status, and how far reviewers' independent verdicts agree (percentage and Fleiss' kappa). */
export function AgreementSummary({
  counts,
  agreement,
  scale,
  claimListHref,
}: {
  counts: { open: number; "in-review": number; approved: number };
  agreement: Awaited<ReturnType<typeof getAgreementByInvestigation>>;
  scale: readonly Rating[];
  /** The investigation's claim list (`/investigations/{id}/claims`). */
  claimListHref: string;
}) {
  const t = useTranslations("Investigations");
  const format = useFormatter();
  const percent = (value: number | null) => (value === null ? "—" : format.number(Math.round(value * 100) / 100, { style: "percent" }));
  const kappaOf = kappaReading(agreement);
  const kappa =
    kappaOf.kind === "value"
      ? t("agreement.kappa", { kappa: format.number(kappaOf.kappa, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })
      : t(kappaOf.kind === "too-few-claims" ? "agreement.kappaTooFew" : "agreement.kappaSame");
  return (
    <section aria-labelledby="progress-heading" className="grid gap-4 rounded-xl border border-stone-200 bg-white p-5 md:grid-cols-2">
      <div>
        <h2 id="progress-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          {t("agreement.claims")}
        </h2>
        <dl className="mt-2 flex gap-6 text-sm" data-testid="claim-counts">
          {claimStatuses.map((status) => (
            <div key={status}>
              <dt className="text-stone-500">{t(`claimStatus.${status}`)}</dt>
              <dd className="text-xl font-semibold">
                {/* Each count opens the claim list with that status (a shareable address). */}
                <Link href={`${claimListHref}?status=${status}`} className="underline decoration-stone-300 hover:decoration-accent-700">
                  {counts[status]}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
        <Link href={claimListHref} className="mt-2 inline-block text-sm text-accent-700 underline">
          {t("agreement.filterClaims")}
        </Link>
      </div>
      <div data-testid="agreement">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-500">{t("agreement.heading")}</h2>
        {agreement.claimsCompared === 0 ? (
          <p className="mt-2 text-sm text-stone-500">{agreement.isLimitedToOwnAssessments ? t("agreement.noneOwn") : t("agreement.none")}</p>
        ) : (
          <>
            <p className="mt-2 text-sm">
              <strong className="text-xl">{percent(agreement.percentAgreement)}</strong> {t("agreement.agreement")} · {kappa} ·{" "}
              {t("agreement.over", { count: agreement.claimsCompared, own: String(agreement.isLimitedToOwnAssessments) })}
            </p>
            {agreement.disagreements.length > 0 ? (
              <ul aria-label={t("agreement.disagreements")} className="mt-2 space-y-1 text-xs">
                {agreement.disagreements.slice(0, 8).map((item) => (
                  <li key={item.claimId}>
                    “{item.exact}”: {item.verdicts.map((key) => findRating(scale, key)?.label ?? key).join(" / ")}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}
