import { findConflicts, type QuantityConflict, type QuantityItem } from "@/lib/quantities";

/**
 * The conflicts among `after` that were not among `before`: pairs of a fact's claims whose
 * figures could both hold before a change and cannot after it (a claim linked, a figure
 * corrected, words re-selected, the tolerance changed). A pair is the same whichever claim
 * comes first. Followers of the fact hear only of these, not of conflicts they already had.
 */
export function findNewConflicts(before: ReadonlyArray<QuantityItem>, after: ReadonlyArray<QuantityItem>): QuantityConflict[] {
  const pairKey = ({ a, b }: { a: string; b: string }) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  const earlier = new Set(findConflicts(before).map(pairKey));
  return findConflicts(after).filter((conflict) => !earlier.has(pairKey(conflict)));
}
