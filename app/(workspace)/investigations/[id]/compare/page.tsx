import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { orNotFound } from "@/app/_server/or-not-found";
import { listClaimsBySource } from "@/db/queries/claims";
import { listFactsByInvestigation } from "@/db/queries/facts";
import { getInvestigationById } from "@/db/queries/investigations";
import { getSourceById } from "@/db/queries/sources";
import { segmentText } from "@/lib/reader/segments";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { SideBySide, type Column } from "./side-by-side";
import { isolateBidi } from "@/lib/bidi-isolate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Investigations"))("compare.title") };
}

/** The two columns' query parameters: ?a=left&b=right. */
const sides = ["a", "b"] as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

/** Two sources of an investigation in columns; claims linked to the same fact share a number and light up together. */
export default async function ComparePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor();
  const investigation = await orNotFound(async () => await getInvestigationById({ actor, id }));
  const t = await getTranslations("Investigations");
  const facts = (await listFactsByInvestigation({ actor, investigationId: id })).map((fact, index) => ({ id: fact.id, title: fact.title, number: index + 1 }));
  const chosen = [query.a ?? investigation.sources[0]?.id, query.b ?? investigation.sources[1]?.id];
  const columns: Column[] = [];
  for (const sourceId of chosen) {
    if (!sourceId || !investigation.sources.some((s) => s.id === sourceId)) continue;
    const source = await getSourceById({ actor, id: sourceId });
    const marks = (await listClaimsBySource({ actor, sourceId })).flatMap((claim) =>
      claim.anchor.status === "orphan"
        ? []
        : [{ start: claim.anchor.start, end: claim.anchor.end, id: claim.id, factNumber: facts.find((fact) => fact.id === claim.factId)?.number ?? null }],
    );
    columns.push({ sourceId, title: source.title, outlet: source.outlet, segments: segmentText(source.currentVersion.text, marks) });
  }
  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/investigations", label: t("title") },
          { href: `/investigations/${id}`, label: investigation.title },
        ]}
      />
      <h1 className="text-2xl font-semibold tracking-tight">{t("compare.title")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label={t("compare.chooseSources")}>
        {sides.map((key, index) => (
          <label key={key} className="block w-full min-w-0 sm:w-auto">
            <span className="block font-medium text-stone-800">{index === 0 ? t("compare.left") : t("compare.right")}</span>
            <select name={key} defaultValue={chosen[index]} className="mt-1 w-full rounded-md border border-stone-300 bg-white px-3 py-2 sm:w-72">
              {investigation.sources.map((source) => (
                // An option holds text only, so the title is isolated with invisible marks rather than <bdi>.
                <option key={source.id} value={source.id}>
                  {isolateBidi(source.title)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-2 hover:bg-stone-100">
          {t("compare.show")}
        </button>
      </form>
      {columns.length < 2 ? <p className="text-sm text-stone-500">{t("compare.needsTwo")}</p> : <SideBySide columns={columns} facts={facts} />}
    </div>
  );
}
