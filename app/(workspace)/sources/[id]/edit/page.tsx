import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/app/_server/current-actor";
import { orNotFound } from "@/app/_server/or-not-found";
import { getSourceById } from "@/db/queries/sources";
import { EditSourceTextForm } from "./edit-source-text-form";
import { UserText } from "@/app/_components/user-text";

export const metadata: Metadata = { title: "Edit source text" };

export default async function EditSourceTextPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const source = await orNotFound(async () => await getSourceById({ actor, id }));
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href={`/sources/${source.id}`} className="hover:underline">
          <UserText>{source.title}</UserText>
        </Link>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Edit the text</h1>
        <p className="mt-1 text-sm text-stone-600">
          Saving makes version {source.currentVersion.number + 1}; version {source.currentVersion.number} is kept. Claims are found again in the new text: the
          reader then lists which moved, which were matched approximately, and which lost their words.
        </p>
      </div>
      <EditSourceTextForm sourceId={source.id} text={source.currentVersion.text} />
    </div>
  );
}
