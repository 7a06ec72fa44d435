import type { Metadata } from "next";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { requireActor } from "@/app/_server/current-actor";
import { orNotFound } from "@/app/_server/or-not-found";
import { getInvestigationById } from "@/db/queries/investigations";
import { AddSourceForm } from "./_components/add-source-form";
import { ImportUrlForm, UploadSourceForm } from "./_components/import-source-forms";
import { getLocale } from "next-intl/server";
import { languageOptions } from "@/lib/languages";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const investigation = await orNotFound(async () => await getInvestigationById({ actor, id }));
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/investigations", label: "Investigations" },
          { href: `/investigations/${investigation.id}`, label: investigation.title },
        ]}
      />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Add a source</h1>
        <p className="mt-1 text-sm text-stone-600">
          Paste the article as published, import it from its address, or upload a file. Its text is kept exactly as a first version; later edits make new
          versions.
        </p>
      </div>
      <section aria-labelledby="paste-heading" className="space-y-2">
        <h2 id="paste-heading" className="font-semibold">
          Paste the text
        </h2>
        <AddSourceForm investigationId={investigation.id} languageOptions={languageOptions(await getLocale())} />
      </section>
      <section aria-labelledby="url-heading" className="space-y-2">
        <h2 id="url-heading" className="font-semibold">
          …or import it from a web address
        </h2>
        <ImportUrlForm investigationId={investigation.id} />
      </section>
      <section aria-labelledby="upload-heading" className="space-y-2">
        <h2 id="upload-heading" className="font-semibold">
          …or upload a file
        </h2>
        <UploadSourceForm investigationId={investigation.id} />
      </section>
    </div>
  );
}
