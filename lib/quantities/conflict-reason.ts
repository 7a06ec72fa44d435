/**
 * Plain-words reasons, in English, for why two figures cannot both hold or were not
 * compared: the `reason` the HTTP API, exports and notifications carry. The words come from
 * the "Facts" catalogue (`reason-text.ts`), from the same data the fact page renders in the
 * reader's language (`comparison-reason.ts`, where the cases are listed):
 * "238 is not 261", "238 is not more than 250", "261 is more than ‘up to 250’",
 * "300 is more than ‘roughly 250’ (225–275)", "‘roughly 250’ (225–275) and ‘over 300’ cannot
 * both be true", "they count different things: ‘alleged gang members’ and ‘Venezuelans’".
 * Never throws.
 */
import { conflictReasonData, type NotComparedReasonData } from "./comparison-reason";
import { reasonText } from "./reason-text";
import type { Quantity } from "./types";

/** Why two figures whose intervals do not overlap cannot both hold, in English. */
export function conflictReason(a: Quantity, b: Quantity): string {
  return reasonText(conflictReasonData(a, b), "en");
}

/** Why two figures were not compared, in English. */
export function incomparableReason(why: NotComparedReasonData): string {
  return reasonText(why, "en");
}
