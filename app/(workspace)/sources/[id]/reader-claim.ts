import type { ClaimView } from "@/db/queries/claims";
import type { Anchor } from "@/lib/anchoring";
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
  canEdit: boolean;
};

export function readerClaimOf(claim: ClaimView, actor: Actor): ReaderClaim {
  return {
    id: claim.id,
    exact: claim.selectors.quote.exact,
    prefix: claim.selectors.quote.prefix,
    suffix: claim.selectors.quote.suffix,
    anchor: claim.anchor,
    createdByName: claim.createdBy.name,
    createdAt: claim.createdAt,
    version: claim.version,
    canEdit: canEditClaim(actor, { createdBy: claim.createdBy.id }),
  };
}
