import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";

/** What an import did, for the person who chose the file (and the API's response). */
export type ImportSummary = {
  sources: { created: number; matched: number; missing: Array<{ key: string; annotations: number }> };
  claims: { exact: number; moved: number; fuzzy: number; alreadyPresent: number };
  /** Annotations whose words were not found in their source's text: nothing was created for them. */
  orphaned: Array<{ sourceKey: string; exact: string }>;
  facts: number;
  evidence: number;
  comments: number;
  /** Verdict labels that are not on the investigation's scale (those claims were left unrated). */
  unknownVerdicts: string[];
  /** What the file reader left out (page notes, non-web links, …), with the reason. */
  skipped: Array<{ reason: string }>;
};

/**
 * The summary as sentences in `locale` (English unless given): created and matched first, then
 * what needs a person's attention. Quoted words, addresses, verdict labels and the file reader's
 * reasons are given as they came.
 */
export function describeImportSummary(summary: ImportSummary, locale: Locale = "en"): string[] {
  const t = translator(locale, "Investigations");
  const { claims } = summary;
  const created = claims.exact + claims.moved + claims.fuzzy;
  const isRepeat = created === 0 && summary.sources.created === 0 && claims.alreadyPresent > 0 && !summary.orphaned.length && !summary.sources.missing.length;
  const lines = isRepeat
    ? [t("importSummary.nothingNew", { sources: summary.sources.matched, claims: claims.alreadyPresent })]
    : [
        t("importSummary.imported", {
          created,
          exact: claims.exact,
          moved: claims.moved,
          fuzzy: claims.fuzzy,
          newSources: summary.sources.created,
          matched: summary.sources.matched,
          evidence: summary.evidence,
          comments: summary.comments,
          facts: summary.facts,
        }),
      ];
  if (claims.alreadyPresent && !isRepeat) lines.push(t("importSummary.alreadyHere", { count: claims.alreadyPresent }));
  if (summary.orphaned.length) {
    const quotes = summary.orphaned.slice(0, 5).map((orphan) => `“${orphan.exact.length > 60 ? `${orphan.exact.slice(0, 59)}…` : orphan.exact}”`);
    lines.push(t("importSummary.orphaned", { count: summary.orphaned.length, quotes: `${quotes.join(", ")}${summary.orphaned.length > 5 ? ", …" : ""}` }));
  }
  for (const missing of summary.sources.missing) lines.push(t("importSummary.missing", { count: missing.annotations, key: missing.key }));
  if (summary.unknownVerdicts.length) lines.push(t("importSummary.unknownVerdicts", { verdicts: summary.unknownVerdicts.join(", ") }));
  if (summary.skipped.length) {
    const reasons = summary.skipped
      .slice(0, 3)
      .map((item) => item.reason.replace(/\.$/, ""))
      .join("; ");
    lines.push(t("importSummary.skipped", { count: summary.skipped.length, reasons: `${reasons}${summary.skipped.length > 3 ? "; …" : ""}` }));
  }
  return lines;
}
