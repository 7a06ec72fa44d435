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

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/** The summary as sentences: created and matched first, then what needs a person's attention. */
export function describeImportSummary(summary: ImportSummary): string[] {
  const { claims } = summary;
  const created = claims.exact + claims.moved + claims.fuzzy;
  const isRepeat = created === 0 && summary.sources.created === 0 && claims.alreadyPresent > 0 && !summary.orphaned.length && !summary.sources.missing.length;
  const lines = isRepeat
    ? [`Nothing new: everything in this file is already here (${plural(summary.sources.matched, "source")}, ${plural(claims.alreadyPresent, "claim")}).`]
    : [
        `Imported ${plural(created, "claim")} (${claims.exact} exact, ${claims.moved} moved, ${claims.fuzzy} matched fuzzily) into ${plural(summary.sources.created, "new source")} and ${plural(summary.sources.matched, "matched source")}; ${plural(summary.evidence, "piece")} of evidence, ${plural(summary.comments, "comment")}, ${plural(summary.facts, "fact")}.`,
      ];
  if (claims.alreadyPresent && !isRepeat) lines.push(`${plural(claims.alreadyPresent, "claim was", "claims were")} already here and left as they are.`);
  if (summary.orphaned.length) {
    const quotes = summary.orphaned.slice(0, 5).map((orphan) => `“${orphan.exact.length > 60 ? `${orphan.exact.slice(0, 59)}…` : orphan.exact}”`);
    lines.push(
      `${plural(summary.orphaned.length, "annotation was", "annotations were")} not imported, as the words are not in the source's text: ${quotes.join(", ")}${summary.orphaned.length > 5 ? ", …" : ""}.`,
    );
  }
  for (const missing of summary.sources.missing)
    lines.push(
      `${plural(missing.annotations, "annotation")} on ${missing.key} not imported: that page is not a source here and the file does not include its text. Add it as a source first.`,
    );
  if (summary.unknownVerdicts.length) lines.push(`Verdicts not on this investigation's scale were left unrated: ${summary.unknownVerdicts.join(", ")}.`);
  if (summary.skipped.length)
    lines.push(
      `${plural(summary.skipped.length, "item was", "items were")} left out: ${summary.skipped
        .slice(0, 3)
        .map((item) => item.reason.replace(/\.$/, ""))
        .join("; ")}${summary.skipped.length > 3 ? "; …" : ""}.`,
    );
  return lines;
}
