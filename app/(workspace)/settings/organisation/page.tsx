import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/app/_server/current-actor";
import { getOrganisation } from "@/db/queries/organisation";
import { canManagePeople } from "@/lib/permissions";
import { OrganisationForm } from "./organisation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Settings"))("organisationPage.title") };
}

export default async function OrganisationPage() {
  const actor = await requireActor();
  if (!canManagePeople(actor)) notFound();
  const organisation = await getOrganisation();
  const t = await getTranslations("Settings");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("organisationPage.title")}</h1>
        <p className="mt-1 max-w-2xl text-sm text-stone-600">{t("organisationPage.intro")}</p>
      </div>
      <OrganisationForm name={organisation.name} url={organisation.url} />
    </div>
  );
}
