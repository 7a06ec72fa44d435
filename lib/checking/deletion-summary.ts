/** What goes with a source or an investigation when it is deleted. */
export type DependentCounts = { sources?: number; claims: number; verdicts: number; independentVerdicts: number; evidenceItems: number };

const counted = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * The sentence a delete dialog shows: "Deleting this source also deletes 12 claims, 5 verdicts
 * and 7 evidence items." Verdicts are the claims' own; reviewers' independent verdicts are
 * named only when there are any, sources only for an investigation. With nothing to take
 * along: "Deleting this source deletes no claims."
 */
export function describeDeletion(what: "source" | "investigation", counts: DependentCounts): string {
  const parts = [
    ...(counts.sources !== undefined ? [counted(counts.sources, "source", "sources")] : []),
    counted(counts.claims, "claim", "claims"),
    counted(counts.verdicts, "verdict", "verdicts"),
    ...(counts.independentVerdicts > 0 ? [counted(counts.independentVerdicts, "independent verdict", "independent verdicts")] : []),
    counted(counts.evidenceItems, "evidence item", "evidence items"),
  ];
  if ((counts.sources ?? 0) === 0 && counts.claims === 0) return `Deleting this ${what} deletes no claims.`;
  return `Deleting this ${what} also deletes ${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}.`;
}
