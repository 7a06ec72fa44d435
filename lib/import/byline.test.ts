import { describe, expect, it } from "vitest";
import { withoutByline } from "./byline";

const body = ["The board voted 5 to 3 on Thursday.", "Fares rise in June."];

describe("withoutByline", () => {
  it("drops the line that names the declared author, with or without By/Por and a date after a separator", () => {
    expect(withoutByline(["By Priya Raman", ...body], "Priya Raman")).toEqual({ paragraphs: body, byline: "Priya Raman" });
    expect(withoutByline(["PRIYA RAMAN | 5 March 2025", ...body], "Priya Raman").paragraphs).toEqual(body);
    expect(withoutByline(["Por Ana Pérez", ...body], "Ana Pérez").paragraphs).toEqual(body);
  });

  it("finds an undeclared byline in a short 'By Name' line under the headline", () => {
    expect(withoutByline(["By Ana Reporter", ...body], null)).toEqual({ paragraphs: body, byline: "Ana Reporter" });
  });

  it("keeps sentences that start with By, lines further down, and lines that only mention the author", () => {
    const text = ["By late afternoon more than 400 people had signed.", "By 2030 the bridge", ...body];
    expect(withoutByline(text, null).paragraphs).toEqual(text);
    expect(withoutByline([...body, "Fares, too.", "By Priya Raman"], "Priya Raman").paragraphs).toHaveLength(4);
    expect(withoutByline(["Priya Raman said the fares were fair.", ...body], "Priya Raman").paragraphs).toHaveLength(3);
  });
});
