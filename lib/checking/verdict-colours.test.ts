import { describe, expect, it } from "vitest";
import { reportStyles } from "../export/report-styles";
import { claimStateOf } from "../reader/highlight-layers";
import { defaultRatingScale } from "./rating-scale";
import { verdictColourCss, verdictColours, verdictToneOf } from "./verdict-colours";

/** The value of `property` in the first rule of `css` whose selector is exactly `selector`. */
function ruleValue(css: string, selector: string, property: string): string | undefined {
  for (const match of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (match[1]!.trim() !== selector) continue;
    const declaration = match[2]!.split(";").find((part) => part.split(":")[0]!.trim() === property);
    if (declaration) return declaration.slice(declaration.indexOf(":") + 1).trim();
  }
  return undefined;
}

describe("verdict colours: one colour per verdict everywhere", () => {
  const workspaceCss = verdictColourCss();

  it.each(defaultRatingScale.map((rating) => [rating.label, rating] as const))(
    "%s has the same fill in its highlight, its badge, the legend and the report",
    (_label, rating) => {
      const tone = verdictToneOf(rating.ratingValue);
      const { fill, ink } = verdictColours[tone];
      const places = {
        highlight: ruleValue(workspaceCss, `::highlight(${claimStateOf(rating.ratingValue)})`, "background-color"),
        badgeAndLegend: ruleValue(workspaceCss, `.verdict-tone-${tone}`, "background-color"),
        reportFill: ruleValue(reportStyles, `.rating-${rating.ratingValue}`, "--verdict-fill"),
      };
      expect(places).toEqual({ highlight: fill, badgeAndLegend: fill, reportFill: fill });
      expect(ruleValue(workspaceCss, `.verdict-tone-${tone}`, "color")).toBe(ink);
      expect(ruleValue(reportStyles, `.rating-${rating.ratingValue}`, "--verdict")).toBe(ink);
    },
  );

  it("gives 'Mostly true' the colour of 'True', not the yellow of a claim with no verdict yet", () => {
    expect(verdictToneOf(4)).toBe("true");
    expect(verdictColours.true.fill).not.toBe(verdictColours.unchecked.fill);
    expect(ruleValue(reportStyles, ".rating-none", "--verdict-fill")).toBe(verdictColours.unchecked.fill);
  });
});
