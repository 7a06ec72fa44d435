import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";
import { joinPhrases } from "./claim-status";

/** What goes with a source or an investigation when it is deleted. */
export type DependentCounts = { sources?: number; claims: number; verdicts: number; independentVerdicts: number; evidenceItems: number };

/**
 * The sentence a delete dialog shows: "Deleting this source also deletes 12 claims, 5 verdicts
 * and 7 evidence items." Verdicts are the claims' own; reviewers' independent verdicts are
 * named only when there are any, sources only for an investigation. With nothing to take
 * along: "Deleting this source deletes no claims." In `locale` (English when omitted).
 */
export function describeDeletion(what: "source" | "investigation", counts: DependentCounts, locale: Locale = "en"): string {
  const t = translator(locale, "Checking");
  if ((counts.sources ?? 0) === 0 && counts.claims === 0) return t("deletion.nothing", { what });
  const parts = [
    ...(counts.sources !== undefined ? [t("deletion.sources", { count: counts.sources })] : []),
    t("deletion.claims", { count: counts.claims }),
    t("deletion.verdicts", { count: counts.verdicts }),
    ...(counts.independentVerdicts > 0 ? [t("deletion.independentVerdicts", { count: counts.independentVerdicts })] : []),
    t("deletion.evidenceItems", { count: counts.evidenceItems }),
  ];
  return t("deletion.also", { what, list: joinPhrases(parts, locale) });
}
