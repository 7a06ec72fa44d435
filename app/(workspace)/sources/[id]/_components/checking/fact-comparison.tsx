import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { renderReason } from "@/lib/quantities/render-reason";
import { formatCalendarDate } from "@/app/(workspace)/_components/format";
import type { FactDetail } from "@/db/queries/facts";
import { CurrentWording } from "@/app/(workspace)/_components/current-wording";

/**
 * The comparison of the fact a claim speaks to, inside the claim panel: every claim of the
 * fact (source, outlet, date, wording, figure, verdict) with this one marked, and the
 * conflicts that involve this claim, with their reasons (in the reader's language). The fact
 * page has the full table.
 * `fact` comes with the panel (`getCheckingPanel`).
 */
export async function FactComparison({ fact, claimId }: { fact: FactDetail; claimId: string }) {
  const [t, facts, locale] = await Promise.all([getTranslations("Checking.fact"), getTranslations("Facts"), getLocale()]);
  const conflictsHere = fact.conflicts.filter((conflict) => conflict.a === claimId || conflict.b === claimId);
  const others = fact.conflicts.length - conflictsHere.length;
  return (
    <div className="space-y-2" data-testid="fact-comparison">
      <ul aria-label={t("claimsOfFact")} className="space-y-1">
        {fact.claims.map((claim) => (
          <li
            key={claim.id}
            className={`rounded-md p-2 text-xs ring-1 ${claim.id === claimId ? "bg-amber-50 ring-amber-300" : "bg-white ring-stone-200"}`}
            aria-current={claim.id === claimId ? "true" : undefined}
          >
            <span className="block font-medium">
              {claim.id === claimId ? (
                claim.sourceTitle
              ) : (
                <Link href={`/sources/${claim.sourceId}?claim=${claim.id}`} className="text-accent-700 underline">
                  {claim.sourceTitle}
                </Link>
              )}
              {claim.outlet ? (
                <span className="font-normal text-stone-500">
                  {" "}
                  · <bdi>{claim.outlet}</bdi>
                </span>
              ) : null}
              {claim.publishedAt ? <span className="font-normal text-stone-500"> · {formatCalendarDate(claim.publishedAt, locale)}</span> : null}
            </span>
            <CurrentWording claim={claim} className="block text-sm" />
            <span className="block text-stone-600">
              {claim.interval ? `${t("figure", { interval: claim.interval })}${claim.isCorrected ? t("correctedByHand") : ""}` : t("noFigure")}
              {claim.verdict ? ` · ${claim.verdict}` : ""}
            </span>
          </li>
        ))}
      </ul>
      {conflictsHere.length > 0 ? (
        <ul aria-label={t("conflictsHere")} className="space-y-1 text-xs font-medium text-red-800">
          {conflictsHere.map((conflict) => (
            <li key={`${conflict.a}-${conflict.b}`}>
              {t("conflict", { reason: renderReason(conflict.why, locale, (key, values) => facts(key as never, values as never)) })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-emerald-800">{t("agrees")}</p>
      )}
      {others > 0 ? <p className="text-xs text-stone-500">{t("otherConflicts", { count: others })}</p> : null}
    </div>
  );
}
