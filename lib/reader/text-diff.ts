import { diffWordsWithSpace } from "diff";

/** A change between two versions of a text, word by word: kept, added or removed text. */
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/**
 * The word-level differences from `before` to `after` (jsdiff), in reading order. Joining
 * the "same" and "added" parts gives `after`; the "same" and "removed" parts give `before`.
 */
export function diffTexts(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", text: change.value }));
}
