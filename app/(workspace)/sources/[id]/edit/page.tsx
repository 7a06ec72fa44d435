import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { orNotFound } from "@/app/_server/or-not-found";
import { getSourceById } from "@/db/queries/sources";
import { EditSourceTextForm } from "./edit-source-text-form";
import { UserText } from "@/app/_components/user-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Reader"))("edit.title") };
}

export default async function EditSourceTextPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const t = await getTranslations("Reader");
  const source = await orNotFound(async () => await getSourceById({ actor, id }));
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label={t("edit.breadcrumb")} className="text-sm text-stone-500">
        <Link href={`/sources/${source.id}`} className="hover:underline">
          <UserText>{source.title}</UserText>
        </Link>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("edit.heading")}</h1>
        <p className="mt-1 text-sm text-stone-600">{t("edit.intro", { next: source.currentVersion.number + 1, current: source.currentVersion.number })}</p>
      </div>
      <EditSourceTextForm sourceId={source.id} text={source.currentVersion.text} />
    </div>
  );
}
