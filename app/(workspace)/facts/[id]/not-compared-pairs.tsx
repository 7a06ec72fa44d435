import { getLocale, getTranslations } from "next-intl/server";
import type { FactDetail } from "@/db/queries/facts";
import { reasonText } from "@/lib/quantities/reason-text";

/**
 * The pairs of the fact's claims whose figures were not compared (a claim without a figure,
 * different counted things, different units), each with why, in the reader's language: "no
 * conflict" must never hide "not compared". Nothing when every pair was compared.
 */
export async function NotComparedPairs({ comparisons, wordingOf }: { comparisons: FactDetail["comparisons"]; wordingOf: (claimId: string) => string }) {
  const notCompared = comparisons.filter((pair) => pair.result === "not-compared");
  if (notCompared.length === 0) return null;
  const [locale, t] = [await getLocale(), await getTranslations("Facts")];
  return (
    <section aria-labelledby="not-compared-heading" className="rounded-xl border border-stone-300 bg-stone-50 p-4" data-testid="not-compared">
      <h2 id="not-compared-heading" className="font-semibold text-stone-900">
        {t("comparison.notCompared.heading", { count: notCompared.length })}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("comparison.notCompared.intro")}</p>
      <ul aria-label={t("comparison.notCompared.listLabel")} className="mt-2 space-y-1 text-sm text-stone-800">
        {notCompared.map((pair) => (
          <li key={`${pair.a}-${pair.b}`}>
            {t("comparison.notCompared.pair", { a: wordingOf(pair.a), b: wordingOf(pair.b), reason: reasonText(pair.why, locale) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
