import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { requireActor } from "@/app/_server/current-actor";
import { orNotFound } from "@/app/_server/or-not-found";
import { getInvestigationById } from "@/db/queries/investigations";
import { AddSourceForm } from "./_components/add-source-form";
import { ImportUrlForm, UploadSourceForm } from "./_components/import-source-forms";
import { getLocale } from "next-intl/server";
import { languageOptions } from "@/lib/languages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Sources"))("addTitle") };
}

export default async function NewSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const investigation = await orNotFound(async () => await getInvestigationById({ actor, id }));
  const [t, investigations] = await Promise.all([getTranslations("Sources"), getTranslations("Investigations")]);
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/investigations", label: investigations("title") },
          { href: `/investigations/${investigation.id}`, label: investigation.title },
        ]}
      />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("addTitle")}</h1>
        <p className="mt-1 text-sm text-stone-600">{t("addIntro")}</p>
      </div>
      <section aria-labelledby="paste-heading" className="space-y-2">
        <h2 id="paste-heading" className="font-semibold">
          {t("pasteHeading")}
        </h2>
        <AddSourceForm investigationId={investigation.id} languageOptions={languageOptions(await getLocale())} />
      </section>
      <section aria-labelledby="url-heading" className="space-y-2">
        <h2 id="url-heading" className="font-semibold">
          {t("urlHeading")}
        </h2>
        <ImportUrlForm investigationId={investigation.id} />
      </section>
      <section aria-labelledby="upload-heading" className="space-y-2">
        <h2 id="upload-heading" className="font-semibold">
          {t("uploadHeading")}
        </h2>
        <UploadSourceForm investigationId={investigation.id} />
      </section>
    </div>
  );
}
