/**
 * What every chart of a fact draws for one claim: who said it, its words, its figure (the
 * stored reading, `lib/quantities/stored-reading.ts`), its verdict's tone and label, its
 * source's publication date and where a click on it leads. Built by the caller from a fact
 * page's rows or an export's fact rows; the charts never read the database.
 */
import type { VerdictTone } from "../checking/verdict-colours";
import type { Quantity } from "../quantities";

export interface ChartClaim {
  id: string;
  /** Who said it: the source's outlet, else its title. User text, never translated. */
  who: string;
  /** The claim's words on its source's current version. */
  wording: string;
  /** The figure; null when the words hold none (listed beside the chart, not drawn). */
  quantity: Quantity | null;
  tone: VerdictTone;
  /** The verdict's label on the investigation's scale; null without a verdict. */
  verdict: string | null;
  /** The source's publication date, YYYY-MM-DD; null when unknown (never guessed). */
  publishedAt: string | null;
  /** Where a click opens the claim; null where the chart links nowhere (reports). */
  href: string | null;
}

/** A pair of claims whose figures cannot both hold (`findConflicts`). */
export interface ChartConflict {
  a: string;
  b: string;
}
