import type { Metadata } from "next";
import { requireActor } from "@/app/_server/current-actor";
import { listApiTokensOfPeople } from "@/db/queries/api-tokens";
import { listUsers } from "@/db/queries/users";
import { canManagePeople } from "@/lib/permissions";
import { AddPersonForm } from "./add-person-form";
import { PersonRow } from "./person-row";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage() {
  const actor = await requireActor();
  if (!canManagePeople(actor)) {
    return (
      <div role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-6">
        <h1 className="text-lg font-semibold">Only admins manage people</h1>
        <p className="mt-1 text-sm text-amber-900">Ask an admin of this workspace to add, disable or change accounts.</p>
      </div>
    );
  }
  const people = await listUsers({ operator: actor });
  const tokensByPerson = await listApiTokensOfPeople({ operator: actor });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">People</h1>
        <p className="mt-1 text-sm text-stone-600">
          Reviewers check claims; editors also approve verdicts and manage investigations; admins also manage accounts.
        </p>
      </div>
      <AddPersonForm />
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Accounts</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">
                Person
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Role
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Status
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                API tokens
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                <span className="sr-only">Actions</span>
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
