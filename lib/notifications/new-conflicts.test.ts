import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readQuantity } from "@/lib/quantities";
import { quantity } from "@/lib/quantities/test-arbitraries";
import { findNewConflicts } from "./new-conflicts";

const item = (id: string, words: string) => ({ id, quantity: readQuantity(words)! });

describe("the conflicts a change made", () => {
  it("are the conflicting pairs after it that were not there before, whichever claim comes first", () => {
    const over200 = item("a", "over 200 deportees");
    const exactly238 = item("b", "238 deportees");
    const just150 = item("c", "150 deportees");
    expect(findNewConflicts([over200, exactly238], [over200, exactly238, just150])).toEqual([
      expect.objectContaining({ a: "a", b: "c" }),
      expect.objectContaining({ a: "b", b: "c" }),
    ]);
    expect(findNewConflicts([over200, just150], [just150, over200, exactly238])).toEqual([expect.objectContaining({ a: "c", b: "b" })]);
    expect(findNewConflicts([over200, just150], [over200])).toEqual([]);
  });

  it("are none when nothing changed, and none that were there before (property)", () => {
    const items = fc.array(quantity, { maxLength: 6 }).map((quantities) => quantities.map((q, index) => ({ id: `claim-${index}`, quantity: q })));
    fc.assert(
      fc.property(items, items, (before, after) => {
        expect(findNewConflicts(after, after)).toEqual([]);
        const fresh = findNewConflicts(before, after);
        const earlier = findNewConflicts([], before).map(({ a, b }) => [a, b].sort().join());
        for (const conflict of fresh) expect(earlier).not.toContain([conflict.a, conflict.b].sort().join());
      }),
    );
  });
});
