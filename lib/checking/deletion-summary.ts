import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";

/** What goes with a source or an investigation when it is deleted. */
export type DependentCounts = { sources?: number; claims: number; verdicts: number; independentVerdicts: number; evidenceItems: number };

/** How each language joins the last item of a list ("a, b and c"; "a, b y c"): English without the serial comma. */
const listLocale: Record<Locale, string> = { en: "en-GB", es: "es" };

/**
 * The sentence a delete dialog shows, in `locale` (English unless given): "Deleting this
 * source also deletes 12 claims, 5 verdicts and 7 evidence items." Verdicts are the claims'
 * own; reviewers' independent verdicts are named only when there are any, sources only for
 * an investigation. With nothing to take along: "Deleting this source deletes no claims."
 */
export function describeDeletion(what: "source" | "investigation", counts: DependentCounts, locale: Locale = "en"): string {
  const t = translator(locale, "Investigations");
  const parts = [
    ...(counts.sources !== undefined ? [t("deletion.sources", { count: counts.sources })] : []),
    t("deletion.claims", { count: counts.claims }),
    t("deletion.verdicts", { count: counts.verdicts }),
    ...(counts.independentVerdicts > 0 ? [t("deletion.independentVerdicts", { count: counts.independentVerdicts })] : []),
    t("deletion.evidenceItems", { count: counts.evidenceItems }),
  ];
  if ((counts.sources ?? 0) === 0 && counts.claims === 0) return t(what === "source" ? "deletion.noneSource" : "deletion.noneInvestigation");
  const list = new Intl.ListFormat(listLocale[locale], { type: "conjunction" }).format(parts);
  return t(what === "source" ? "deletion.alsoSource" : "deletion.alsoInvestigation", { list });
}
