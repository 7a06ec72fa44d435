/**
 * The words the matcher reads of a claim: its statement when someone wrote one (the full
 * statement the verdict is about), else the highlighted words with the context stored around
 * them (the selectors' prefix and suffix, 32 code units each), cut at sentence ends, so that
 * names and dates beside a short highlight ("238 Venezuelans") count. Its figure is still the
 * one read from the highlighted words (the stored reading), passed separately.
 */
export function matchTextOf(claim: { exact: string; prefix: string; suffix: string; statement?: string | null }): string {
  if (claim.statement && claim.statement.trim() !== "") return claim.statement.trim();
  const before = claim.prefix.split(/[.!?]\s+|\n/).pop() ?? "";
  const after = claim.suffix.split(/(?<=[.!?])\s+|\n/)[0] ?? "";
  return `${before}${claim.exact}${after}`.replace(/\s+/g, " ").trim();
}
