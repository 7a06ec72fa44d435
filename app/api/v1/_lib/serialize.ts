import type { ClaimView } from "@/db/queries/claims";
import type { FactDetail } from "@/db/queries/facts";
import { reasonText } from "@/lib/quantities/reason-text";
import type { getInvestigationById } from "@/db/queries/investigations";
import type { getSourceById } from "@/db/queries/sources";

/**
 * The JSON shapes of the public API (documented in openapi.json). Offsets are UTF-16 code
 * units into the source version's text, end exclusive.
 */
export function claimJson(claim: ClaimView) {
  return {
    id: claim.id,
    sourceId: claim.sourceId,
    sourceVersionId: claim.sourceVersionId,
    selectors: [claim.selectors.quote, claim.selectors.position],
    anchor: claim.anchor,
    dueAt: claim.dueAt,
    createdBy: claim.createdBy,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    version: claim.version,
  };
}

export function sourceJson(source: Awaited<ReturnType<typeof getSourceById>>) {
  return {
    id: source.id,
    investigationId: source.investigationId,
    title: source.title,
    outlet: source.outlet,
    url: source.url,
    publishedAt: source.publishedAt,
    language: source.language,
    createdAt: source.createdAt,
    updatedAt: source.updatedAt,
    version: source.version,
    currentVersionId: source.currentVersion.id,
    currentVersion: source.currentVersion,
  };
}

export function investigationJson(investigation: Awaited<ReturnType<typeof getInvestigationById>>) {
  return investigation;
}

/**
 * A fact with its claims, its conflicts and every pair's comparison; reasons in English
 * (the API answers in English; the fact page renders the same data in the reader's language).
 */
export function factJson(fact: FactDetail) {
  return {
    ...fact,
    conflicts: fact.conflicts.map(({ a, b, reason }) => ({ a, b, reason })),
    comparisons: fact.comparisons.map(({ a, b, result, why }) => ({ a, b, result, reason: reasonText(why, "en") })),
  };
}
