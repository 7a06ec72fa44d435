import { describe, expect, it } from "vitest";
import { anchorSelectors } from "./anchor-selectors";

const text = "Officials counted over 200 deportees on Sunday. A later list named 238 Venezuelans. Another list named 238 Venezuelans too.";

describe("anchorSelectors", () => {
  it("finds a quote without prefix or suffix when it occurs once in the text", () => {
    const [anchor] = anchorSelectors(text, [{ exact: "over 200 deportees" }]);
    expect(anchor).toMatchObject({ status: "moved", start: text.indexOf("over 200 deportees"), end: text.indexOf("over 200 deportees") + 18 });
  });

  it("leaves a repeated quote without context or position an ambiguous orphan, and takes it with its position", () => {
    const second = text.lastIndexOf("238 Venezuelans");
    const [bare, placed] = anchorSelectors(text, [{ exact: "238 Venezuelans" }, { exact: "238 Venezuelans", start: second, end: second + 15 }]);
    expect(bare).toMatchObject({ status: "orphan", reason: "ambiguous" });
    expect(placed).toMatchObject({ status: "exact", start: second });
  });

  it("reads a selector with both sides as a stored one: an empty prefix means the text starts there", () => {
    const [atStart, notAtStart] = anchorSelectors(text, [
      { exact: "Officials counted", prefix: "", suffix: " over 200" },
      { exact: "on Sunday", prefix: "", suffix: ". A later" },
    ]);
    expect(atStart).toMatchObject({ status: "moved", start: 0 });
    expect(notAtStart?.status).toBe("orphan");
  });

  it("keeps the order of mixed selectors", () => {
    const anchors = anchorSelectors(text, [
      { exact: "on Sunday" },
      { exact: "over 200 deportees", prefix: "Officials counted ", suffix: " on Sunday" },
      { exact: "not in the text" },
    ]);
    expect(anchors.map((anchor) => (anchor.status === "orphan" ? "orphan" : anchor.start))).toEqual([
      text.indexOf("on Sunday"),
      text.indexOf("over 200"),
      "orphan",
    ]);
  });
});
