import type { ChartClaim } from "@/lib/charts/chart-claim";
import { verdictToneOf } from "@/lib/checking/verdict-colours";
import type { Quantity, QuantityJson } from "@/lib/quantities";

/** A row of a fact's comparison (`db/queries/facts.ts`), as the fact page and the investigation page have it. */
export interface ComparedClaim {
  id: string;
  sourceId: string;
  sourceTitle: string;
  outlet: string | null;
  publishedAt: string | null;
  wording: string;
  verdict: string | null;
  verdictValue: number | null;
  quantity: Quantity | QuantityJson | null;
}

/** The claims as the charts draw them; each row opens its claim in its source. */
export function chartClaimsOf(claims: readonly ComparedClaim[]): ChartClaim[] {
  return claims.map((claim) => ({
    id: claim.id,
    who: claim.outlet ?? claim.sourceTitle,
    wording: claim.wording,
    quantity: claim.quantity ? { ...claim.quantity, high: claim.quantity.high ?? Infinity } : null,
    tone: verdictToneOf(claim.verdictValue),
    verdict: claim.verdict,
    publishedAt: claim.publishedAt,
    href: `/sources/${encodeURIComponent(claim.sourceId)}?claim=${encodeURIComponent(claim.id)}`,
  }));
}
