import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { orNotFound } from "@/app/_server/or-not-found";
import { getSourceById, getSourceVersionByNumber } from "@/db/queries/sources";
import { diffTexts } from "@/lib/reader/text-diff";
import { Breadcrumbs } from "../../../_components/breadcrumbs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Reader"))("diff.title") };
}

/** The differences between two versions of a source, by sentences, then words (see `diffTexts`). */
export default async function SourceDiffPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor();
  const t = await getTranslations("Reader.diff");
  const source = await orNotFound(async () => await getSourceById({ actor, id }));
  const toNumber = Number(query.to) || source.currentVersion.number;
  const fromNumber = Number(query.from) || Math.max(1, toNumber - 1);
  const before = await orNotFound(async () => await getSourceVersionByNumber({ actor, sourceId: id, number: fromNumber }));
  const after = await orNotFound(async () => await getSourceVersionByNumber({ actor, sourceId: id, number: toNumber }));
  const parts = diffTexts(before.text, after.text);
  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[
          { href: `/investigations/${source.investigation.id}`, label: source.investigation.title },
          { href: `/sources/${id}`, label: source.title },
        ]}
      />
      <h1 className="text-2xl font-semibold tracking-tight">{t("heading", { from: before.number, to: after.number })}</h1>
      <p className="text-sm text-stone-600">
        {t.rich("legend", {
          del: (chunks) => <del className="bg-red-100 text-red-900">{chunks}</del>,
          ins: (chunks) => <ins className="bg-emerald-100 text-emerald-900 no-underline">{chunks}</ins>,
        })}
      </p>
      <div className="reader-text rounded-xl border border-stone-200 bg-white p-6" data-testid="diff">
        {parts.map((part, index) =>
          part.kind === "same" ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === "added" ? (
            <ins key={index} className="bg-emerald-100 text-emerald-900 no-underline">
              {part.text}
            </ins>
          ) : (
            <del key={index} className="bg-red-100 text-red-900">
              {part.text}
            </del>
          ),
        )}
      </div>
    </div>
  );
}
