import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { listInvestigations } from "@/db/queries/investigations";
import { canManageInvestigations } from "@/lib/permissions";
import { CreateInvestigationForm } from "../_components/create-investigation-form";
import { formatDateTime } from "../_components/format";
import { UserText } from "@/app/_components/user-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Investigations"))("title") };
}

/** Every investigation of the workspace (the main menu's "Investigations"); editors start new ones here. */
export default async function InvestigationsPage() {
  const actor = await requireActor();
  const investigations = await listInvestigations({ actor });
  const [t, locale] = await Promise.all([getTranslations("Investigations"), getLocale()]);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
        </div>
      </div>
      {canManageInvestigations(actor) ? <CreateInvestigationForm /> : null}
      {investigations.length === 0 ? (
        <div className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
          <p className="font-medium">{t("noneYet")}</p>
          <p className="mt-1 text-sm text-stone-600">{canManageInvestigations(actor) ? t("startOneAbove") : t("editorWillStart")}</p>
        </div>
      ) : (
        <ul aria-label={t("title")} className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white">
          {investigations.map((investigation) => (
            <li key={investigation.id}>
              <Link href={`/investigations/${investigation.id}`} className="flex flex-wrap items-center justify-between gap-2 px-5 py-4 hover:bg-stone-50">
                <span className="font-medium text-stone-900">
                  <UserText>{investigation.title}</UserText>
                </span>
                <span className="text-sm text-stone-500">
                  {t("listSummary", { count: investigation.sourceCount, date: formatDateTime(investigation.updatedAt, locale) })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
