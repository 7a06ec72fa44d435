import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { getMyWork, myWorkSectionSize, type MyWorkSection } from "@/db/queries/my-work";
import { todayUtc } from "@/lib/checking/due-date";
import { hasRole } from "@/lib/roles";
import { ClaimRows } from "./_components/claim-rows";
import { MyDrafts } from "./_components/my-drafts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("MyWork"))("title") };
}

/**
 * My work, the page after sign-in: what is the person's to do, each section with its count
 * (db/queries/my-work.ts), then the drafts they left in this browser. Investigations are one
 * click away in the main menu and in the line under the heading.
 */
export default async function MyWorkPage() {
  const actor = await requireActor();
  const work = await getMyWork({ actor, today: todayUtc() });
  const isEditor = hasRole(actor.role, "editor");
  const t = await getTranslations("MyWork");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {t.rich("intro", {
            link: (chunks) => (
              <Link href="/investigations" className="text-accent-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
      <WorkSection id="overdue" title={t("overdue")} section={work.overdue} empty={isEditor ? t("overdueEmptyEditor") : t("overdueEmpty")} />
      <WorkSection id="assigned" title={t("assigned")} section={work.assigned} empty={isEditor ? t("assignedEmptyEditor") : t("assignedEmpty")} />
      {isEditor ? <WorkSection id="to-approve" title={t("toApprove")} section={work.toApprove} empty={t("toApproveEmpty")} /> : null}
      <WorkSection id="following" title={t("following")} section={work.following} empty={t("followingEmpty")} />
      <MyDrafts userId={actor.id} />
    </div>
  );
}

function WorkSection({ id, title, section, empty }: { id: string; title: string; section: MyWorkSection; empty: string }) {
  const t = useTranslations("MyWork");
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}{" "}
        <span className="font-normal text-stone-500" data-testid={`${id}-count`}>
          ({section.count})
        </span>
      </h2>
      {section.claims.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">{empty}</p>
      ) : (
        <>
          <ClaimRows label={title} claims={section.claims} />
          {section.count > myWorkSectionSize ? (
            <p className="text-xs text-stone-500">{t("firstOf", { shown: myWorkSectionSize, count: section.count })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
