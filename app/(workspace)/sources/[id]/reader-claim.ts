import type { ClaimView } from "@/db/queries/claims";
import type { Anchor } from "@/lib/anchoring";
import { defaultRatingScale, findRating, type Rating } from "@/lib/checking/rating-scale";
import { canEditClaim, type Actor } from "@/lib/permissions";

/** What the reader needs of a claim, with the acting user's right to change it. */
export type ReaderClaim = {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  anchor: Anchor;
  createdByName: string;
  createdAt: string;
  version: number;
  /** Whether the acting user may move or delete it now: theirs (or an editor's) and not approved. */
  canEdit: boolean;
  /** Whether nobody may move or delete it now because it is approved (the card says so). */
  isLocked: boolean;
  /** The verdict's label and ClaimReview rating, when it has one (colours the highlight). */
  verdict: { label: string; ratingValue: number } | null;
};

export function readerClaimOf(claim: ClaimView, actor: Actor, scale: readonly Rating[] = defaultRatingScale): ReaderClaim {
  const rating = findRating(scale, claim.verdictKey);
  return {
    verdict: rating ? { label: rating.label, ratingValue: rating.ratingValue } : null,
    id: claim.id,
    exact: claim.selectors.quote.exact,
    prefix: claim.selectors.quote.prefix,
    suffix: claim.selectors.quote.suffix,
    anchor: claim.anchor,
    createdByName: claim.createdBy.name,
    createdAt: claim.createdAt,
    version: claim.version,
    canEdit: canEditClaim(actor, { createdBy: claim.createdBy.id }) && claim.status !== "approved",
    isLocked: claim.status === "approved",
  };
}
