import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "../../_components/breadcrumbs";
import { requireActor } from "@/app/_server/current-actor";
import { orNotFound } from "@/app/_server/or-not-found";
import { getFactById } from "@/db/queries/facts";
import { getInvestigationById } from "@/db/queries/investigations";
import { approvalLockReason } from "@/lib/checking/approval-lock";
import { canEditClaim } from "@/lib/permissions";
import { formatCalendarDate } from "../../_components/format";
import { getLatestEventIdOfWorkspace } from "@/db/queries/events";
import { LiveUpdates } from "../../_components/live-updates";
import { DeleteItemButton } from "../../sources/[id]/_components/checking/delete-item-button";
import { clearQuantityCorrectionAction, correctQuantityAction } from "./actions";
import { CorrectQuantityForm } from "./correct-quantity-form";
import { OutletAndDate } from "@/app/_components/outlet-and-date";
import { UserText } from "@/app/_components/user-text";
import { isolateBidi } from "@/lib/bidi-isolate";
import { CurrentWording } from "../../_components/current-wording";
import { FollowButton } from "../../_components/follow-button";
import { setFactFollowedAction } from "../../follow-actions";
import { isFollowingFact } from "@/db/queries/follows";
import { reasonText } from "@/lib/quantities/reason-text";
import { NotComparedPairs } from "./not-compared-pairs";
import { chartTextOf } from "@/lib/charts/chart-text-of";
import { FactChartsSection } from "./fact-charts-section";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requireActor();
  return { title: isolateBidi((await orNotFound(async () => await getFactById({ actor, id }))).title) };
}

/** The comparison table of one fact: who said what, the figure as an interval, and which pairs cannot both be true. */
export default async function FactPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  const afterEventId = await getLatestEventIdOfWorkspace(); // before the page reads its data: see LiveUpdates
  const fact = await orNotFound(async () => await getFactById({ actor, id }));
  const investigation = await getInvestigationById({ actor, id: fact.investigationId });
  const [t, investigations, locale] = await Promise.all([getTranslations("FactPage"), getTranslations("Investigations"), getLocale()]);
  const conflictIds = new Set(fact.conflicts.flatMap((conflict) => [conflict.a, conflict.b]));
  const wordingOf = (claimId: string) => fact.claims.find((claim) => claim.id === claimId)?.wording ?? "";
  const facts = await getTranslations("Facts");
  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/investigations", label: investigations("title") },
          { href: `/investigations/${investigation.id}`, label: investigation.title },
        ]}
      />
      <div>
        <p className="text-xs font-semibold uppercase tracking-wide text-stone-500">{t("fact")}</p>
        <h1 className="text-2xl font-semibold tracking-tight">
          <UserText>{fact.title}</UserText>
        </h1>
        <FollowButton
          what="fact"
          isFollowing={await isFollowingFact({ actor, factId: fact.id })}
          follow={setFactFollowedAction.bind(null, fact.id, true)}
          unfollow={setFactFollowedAction.bind(null, fact.id, false)}
        />
      </div>
      {fact.conflicts.length > 0 ? (
        <section aria-labelledby="conflicts-heading" className="rounded-xl border border-red-300 bg-red-50 p-4">
          <h2 id="conflicts-heading" className="font-semibold text-red-900">
            {t("conflicts", { count: fact.conflicts.length })}
          </h2>
          <ul aria-label={t("conflictList")} className="mt-2 space-y-1 text-sm text-red-900">
            {fact.conflicts.map((conflict) => (
              <li key={`${conflict.a}-${conflict.b}`}>
                {facts("comparison.conflictPair", { a: wordingOf(conflict.a), b: wordingOf(conflict.b), reason: reasonText(conflict.why, locale) })}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="rounded-xl border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-900">{t("noConflicts")}</p>
      )}
      <NotComparedPairs comparisons={fact.comparisons} wordingOf={wordingOf} />
      <FactChartsSection claims={fact.claims} conflicts={fact.conflicts} words={chartTextOf(locale)} />
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("source")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("wording")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("figure")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("verdict")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {fact.claims.map((claim) => (
              <tr key={claim.id} className={conflictIds.has(claim.id) ? "bg-red-50/50" : undefined}>
                <td className="px-4 py-3">
                  <Link href={`/sources/${claim.sourceId}?claim=${claim.id}`} className="font-medium text-accent-700 underline">
                    {claim.sourceTitle}
                  </Link>
                  <div className="text-xs text-stone-500">
                    <OutletAndDate outlet={claim.outlet} date={claim.publishedAt ? formatCalendarDate(claim.publishedAt, locale) : t("dateUnknown")} />
                  </div>
                </td>
                <td className="px-4 py-3">
                  <CurrentWording claim={claim} />
                </td>
                <td className="px-4 py-3">
                  {claim.interval ?? <span className="text-stone-500">{t("noFigure")}</span>}
                  {claim.isCorrected ? <span className="ml-1 text-xs text-stone-500">{t("corrected")}</span> : null}
                  {claim.status === "approved" ? (
                    <p className="mt-1 text-xs text-stone-500">{approvalLockReason(claim, "figure")}</p>
                  ) : canEditClaim(actor, claim) ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-xs text-accent-700 underline">{t("correctReading")}</summary>
                      <CorrectQuantityForm action={correctQuantityAction.bind(null, fact.id, claim.id)} reading={claim.quantity} label={claim.exact} />
                      {claim.isCorrected ? (
                        <DeleteItemButton label={t("useWordsAgain")} action={clearQuantityCorrectionAction.bind(null, fact.id, claim.id)} />
                      ) : null}
                    </details>
                  ) : null}
                </td>
                <td className="px-4 py-3">{claim.verdict ?? <span className="text-stone-500">{t("noVerdict")}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LiveUpdates investigationId={fact.investigationId} afterEventId={afterEventId} />
    </div>
  );
}
