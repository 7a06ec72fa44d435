/** Claims for the charts' tests: `claimWith("over 200")` reads the words as the app does. */
import { readQuantity } from "../quantities";
import type { ChartClaim } from "./chart-claim";

let counter = 0;

export function claimWith(words: string, extra: Partial<ChartClaim> = {}): ChartClaim {
  counter += 1;
  return {
    id: `c${counter}`,
    who: `Outlet ${counter}`,
    wording: words,
    quantity: readQuantity(words),
    tone: "unchecked",
    verdict: null,
    publishedAt: null,
    href: null,
    ...extra,
  };
}
