import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/app/_components/button-class";
import { requireActor } from "@/app/_server/current-actor";
import { orNotFound } from "@/app/_server/or-not-found";
import { listAssignableUsers } from "@/db/queries/claim-detail";
import { listClaimsByInvestigation } from "@/db/queries/claim-list";
import { listFactTitlesByInvestigation } from "@/db/queries/facts";
import { getInvestigationById } from "@/db/queries/investigations";
import { claimFilterParams, parseClaimListQuery, type ClaimListQuery } from "@/lib/checking/claim-filter";
import { todayUtc } from "@/lib/checking/due-date";
import { isAppError, localizeAppError } from "@/lib/errors";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { ClaimRows } from "../../../_components/claim-rows";
import { ClaimFilterForm } from "./claim-filter-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Investigations"))("claims.title") };
}

/**
 * An investigation's claims, filtered by what the address says (lib/checking/claim-filter.ts:
 * the same names as `GET /api/v1/investigations/{id}/claims`), so a list is shared by its
 * address and a reload keeps it. A page at a time; "Next page" carries the cursor.
 */
export default async function ClaimListPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  const investigation = await orNotFound(async () => await getInvestigationById({ actor, id }));
  const t = await getTranslations("Investigations");
  let query: ClaimListQuery | null = null;
  let problem: string | null = null;
  try {
    query = parseClaimListQuery(await searchParams);
  } catch (error) {
    if (!isAppError(error) || error.code !== "INVALID") throw error;
    problem = localizeAppError(error, await getLocale()).message; // in the reader's language once the error names its key
  }
  const page = query ? await listClaimsByInvestigation({ actor, investigationId: id, query, today: todayUtc() }) : null;
  const base = `/investigations/${id}/claims`;
  const filterParams = query ? claimFilterParams(query.filter) : new URLSearchParams();
  const nextParams = new URLSearchParams(filterParams);
  if (page?.nextCursor) nextParams.set("cursor", page.nextCursor);
  if (query && query.limit !== 50) nextParams.set("limit", String(query.limit));
  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/investigations", label: t("title") },
          { href: `/investigations/${id}`, label: investigation.title },
        ]}
      />
      <h1 className="text-2xl font-semibold tracking-tight">{t("claims.title")}</h1>
      <ClaimFilterForm
        action={base}
        filter={query?.filter ?? {}}
        scale={investigation.ratingScale.map((rating) => ({ value: rating.key, label: rating.label }))}
        sources={investigation.sources.map((source) => ({ value: source.id, label: source.title }))}
        facts={(await listFactTitlesByInvestigation({ actor, investigationId: id })).map((fact) => ({ value: fact.id, label: fact.title }))}
        people={(await listAssignableUsers()).map((person) => ({ value: person.id, label: person.name }))}
      />
      {problem ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {problem}{" "}
          <Link href={base} className="underline">
            {t("claims.showEvery")}
          </Link>
        </p>
      ) : null}
      {page && page.claims.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">
          {t.rich(query?.cursor ? "claims.noMoreLink" : "claims.noneMatch", {
            link: (chunks) => (
              <Link href={base} className="text-accent-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {page && page.claims.length > 0 ? <ClaimRows label={t("claims.matching")} claims={page.claims} /> : null}
      <div className="flex flex-wrap gap-2">
        {query?.cursor ? (
          <Link href={`${base}?${filterParams}`} className={buttonClass("secondary")}>
            {t("claims.firstPage")}
          </Link>
        ) : null}
        {page?.nextCursor ? (
          <Link href={`${base}?${nextParams}`} className={buttonClass("secondary")}>
            {t("claims.nextPage")}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
