import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/app/_server/current-actor";
import { getOrganisation } from "@/db/queries/organisation";
import { canManagePeople } from "@/lib/permissions";
import { OrganisationForm } from "./organisation-form";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationPage() {
  const actor = await requireActor();
  if (!canManagePeople(actor)) notFound();
  const organisation = await getOrganisation();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Organisation</h1>
        <p className="mt-1 max-w-2xl text-sm text-stone-600">The newsroom or fact-checking organisation that publishes this workspace’s reviews.</p>
      </div>
      <OrganisationForm name={organisation.name} url={organisation.url} />
    </div>
  );
}
