/**
 * The one table of verdict colours. The reader's highlights, the verdict badge in the claim
 * panel, the reader's colour legend and the HTML/PDF report all read it, so a verdict looks
 * the same everywhere ("Mostly true" was a yellow badge over a green highlight).
 *
 * A verdict's colour follows its ClaimReview rating value (scales are editable; the value
 * is what every scale shares): 4–5 true, 3 mixed, 1–2 false; no verdict yet is "unchecked".
 * `fill` is the highlight's background (translucent, so overlapping claims stay visible)
 * and the badge's background; `ink` is text drawn on `fill` (contrast above 7:1 on white).
 */
export const verdictTones = ["unchecked", "true", "mixed", "false"] as const;
export type VerdictTone = (typeof verdictTones)[number];

export const verdictColours: Readonly<Record<VerdictTone, { fill: string; ink: string; legend: string }>> = {
  unchecked: { fill: "rgb(253 224 71 / 0.45)", ink: "#713f12", legend: "No verdict yet" },
  true: { fill: "rgb(134 239 172 / 0.5)", ink: "#14532d", legend: "True, mostly true" },
  mixed: { fill: "rgb(253 186 116 / 0.5)", ink: "#7c2d12", legend: "Mixed, unverifiable" },
  false: { fill: "rgb(252 165 165 / 0.55)", ink: "#7f1d1d", legend: "False, mostly false, misleading" },
};

/** The tone of a verdict with this rating value (5 true … 1 false); "unchecked" without one. */
export function verdictToneOf(ratingValue: number | null | undefined): VerdictTone {
  if (ratingValue === null || ratingValue === undefined) return "unchecked";
  if (ratingValue >= 4) return "true";
  if (ratingValue === 3) return "mixed";
  return "false";
}

/** The CSS Custom Highlight name the reader paints a claim of this tone with. */
export function highlightNameOf(tone: VerdictTone): string {
  return tone === "unchecked" ? "claim-unchecked" : `claim-verdict-${tone}`;
}

/**
 * The workspace's verdict CSS, generated from the table: `::highlight(claim-…)` fills, and
 * `.verdict-tone-<tone>` (background `fill`, text `ink`) for badges and legend swatches.
 */
export function verdictColourCss(): string {
  return verdictTones
    .map((tone) => {
      const { fill, ink } = verdictColours[tone];
      return `::highlight(${highlightNameOf(tone)}) { background-color: ${fill}; }\n.verdict-tone-${tone} { background-color: ${fill}; color: ${ink}; }`;
    })
    .join("\n");
}
