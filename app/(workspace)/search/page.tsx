import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { getRatingScaleByInvestigation, listInvestigations } from "@/db/queries/investigations";
import { defaultRatingScale } from "@/lib/checking/rating-scale";
import { reportWords } from "@/lib/export/report-language";
import type { Locale } from "@/lib/i18n/locales";
import { languageOptions } from "@/lib/languages";
import { searchAddressOf, searchParamValuesOf, type SearchParamValues } from "@/lib/validation/search-page";
import { KindTabs } from "./_components/kind-tabs";
import { SearchForm } from "./_components/search-form";
import { SearchResults } from "./_components/search-results";
import { loadSearch, type SearchState } from "./load-search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function searchOf(props: Props) {
  const [actor, locale] = await Promise.all([requireActor(), getLocale() as Promise<Locale>]);
  const values = searchParamValuesOf(await props.searchParams);
  return { actor, locale, ...(await loadSearch(actor, JSON.stringify(values), locale)) };
}

/** The tab's title names the words and how many results they found, which the route announcer reads out. */
export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getTranslations("Search");
  const { values, result } = await searchOf(props);
  if (!values.q.trim()) return { title: t("title") };
  return { title: result.state === "results" ? t("titleWithCount", { q: values.q, count: result.total }) : t("titleWithQuery", { q: values.q }) };
}

/**
 * Search across every investigation the person may read (db/queries/search.ts decides): the
 * words and filters live in the address (`/search?q=…&kind=…`), so results are shared by their
 * address and the back button returns to them. Results are grouped by kind with the matched
 * words marked; each state (nothing asked, bad filter, nothing to look for, nothing found, the
 * database away) says what it is.
 */
export default async function SearchPage(props: Props) {
  const { actor, locale, values, result } = await searchOf(props);
  const t = await getTranslations("Search");
  const investigations = await listInvestigations({ actor });
  const chosen = investigations.some((investigation) => investigation.id === values.investigation) ? values.investigation : null;
  const scale = chosen ? await getRatingScaleByInvestigation({ investigationId: chosen }) : defaultRatingScale;
  const words = reportWords(locale);
  const languages = languageOptions(locale);
  const address = searchAddressOf(values);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <SearchForm
        key={`form ${address}`}
        values={values}
        fieldErrors={result.state === "invalid" ? result.fieldErrors : {}}
        investigations={investigations.map((investigation) => ({ value: investigation.id, label: investigation.title }))}
        verdicts={scale.map((rating) => ({ value: rating.key, label: words.ratingLabel(rating) }))}
        languages={[...languages.common, ...languages.other]}
      />
      <SearchOutcome key={`results ${address}`} values={values} result={result} />
    </div>
  );
}

async function SearchOutcome({ values, result }: { values: SearchParamValues; result: SearchState }) {
  const t = await getTranslations("Search");
  const note = "rounded-xl border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600";
  switch (result.state) {
    case "empty":
      return <p className={note}>{t("emptyQuery")}</p>;
    case "invalid":
      return null; // each message is at its field
    case "nothing-searchable":
      return (
        <p role="status" className={note}>
          {t("nothingSearchable", { q: values.q })}
        </p>
      );
    case "unavailable":
      return (
        <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <p>{t("unavailable")}</p>
          <Link href={searchAddressOf(values)} className="mt-2 inline-block font-medium underline">
            {t("tryAgain")}
          </Link>
        </div>
      );
    case "results":
      return (
        <div className="space-y-4">
          {Object.values(result.counts).some((count) => count > 0) ? <KindTabs values={values} counts={result.counts} /> : null}
          {result.total === 0 ? (
            <NoResults values={values} />
          ) : (
            <SearchResults search={values} first={result.page} total={result.total} counts={result.counts} />
          )}
        </div>
      );
  }
}

async function NoResults({ values }: { values: SearchParamValues }) {
  const t = await getTranslations("Search");
  const unfiltered = searchAddressOf({ ...values, kind: "", investigation: "", verdict: "", status: "", language: "", outlet: "", from: "", to: "" });
  const filtered = unfiltered !== searchAddressOf(values);
  return (
    <p role="status" className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">
      {filtered
        ? t.rich("noResultsFiltered", {
            q: values.q,
            link: (chunks) => (
              <Link href={unfiltered} className="text-accent-700 underline">
                {chunks}
              </Link>
            ),
          })
        : t("noResults", { q: values.q })}
    </p>
  );
}
