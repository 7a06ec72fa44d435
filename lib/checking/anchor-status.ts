import type { Anchor } from "../anchoring";

/**
 * The mark a claim's wording carries where it is quoted out of the reader (fact tables,
 * reports), by where it stands on its source's current version: none when in place;
 * an orphan's words are its original ones, no longer in the text.
 */
export const anchorStatusNotes: Record<Anchor["status"], string | null> = {
  exact: null,
  moved: "moved",
  fuzzy: "matched approximately",
  orphan: "orphaned in the current version: these words are no longer in the text",
};
