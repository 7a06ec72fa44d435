import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { listApiTokensOfPeople } from "@/db/queries/api-tokens";
import { listUsers } from "@/db/queries/users";
import { canManagePeople } from "@/lib/permissions";
import { AddPersonForm } from "./add-person-form";
import { PersonRow } from "./person-row";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Settings"))("peoplePage.title") };
}

export default async function PeoplePage() {
  const actor = await requireActor();
  const t = await getTranslations("Settings");
  if (!canManagePeople(actor)) {
    return (
      <div role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-6">
        <h1 className="text-lg font-semibold">{t("peoplePage.adminsOnly")}</h1>
        <p className="mt-1 text-sm text-amber-900">{t("peoplePage.adminsOnlyHint")}</p>
      </div>
    );
  }
  const people = await listUsers({ operator: actor });
  const tokensByPerson = await listApiTokensOfPeople({ operator: actor });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("peoplePage.title")}</h1>
        <p className="mt-1 text-sm text-stone-600">{t("peoplePage.intro")}</p>
      </div>
      <AddPersonForm />
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("peoplePage.accounts")}</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("peoplePage.columnPerson")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("peoplePage.columnRole")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("peoplePage.columnStatus")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("peoplePage.columnTokens")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                <span className="sr-only">{t("peoplePage.columnActions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {people.map((person) => (
              <PersonRow key={person.id} person={person} isSelf={person.id === actor.id} tokens={tokensByPerson.get(person.id) ?? []} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
