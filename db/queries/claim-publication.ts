import "server-only";
import { and, eq } from "drizzle-orm";
import { assertNotApproved } from "@/lib/checking/approval-lock";
import { canSetClaimVerdict } from "@/lib/checking/permissions";
import type { Actor } from "@/lib/permissions";
import { suggestClaimant, type ClaimantSuggestion } from "@/lib/publication/claimant";
import { sentenceAround } from "@/lib/publication/statement";
import type { ClaimPublicationChanges } from "@/lib/validation/publication";
import { db, writeTransaction } from "../connection";
import { claims, investigations, sources, type ClaimRow } from "../schema";
import { assertAllowed } from "./actor";
import { getClaimContext, staleVersionError } from "./claim-context";
import { updateClaimReview, type ClaimReviewChanges } from "./claim-review";
import { recordEvent } from "./events";
import { getVersionText } from "./version-texts";
import { indexClaims } from "./search-index";

/**
 * What the public report says of a claim: its statement, claimant and published address
 * (claims.statement, .claimant, .publishedUrl). Who may change them: whoever may set its
 * verdict (editors, its author, its assignee). An approved claim's statement and claimant
 * are locked with its verdict (approval-lock.ts); its published address stays open.
 */

const publicationFields = ["statement", "claimant", "publishedUrl"] as const;
const eventOf = { statement: "claim.statement-changed", claimant: "claim.claimant-changed", publishedUrl: "claim.published-url-changed" } as const;

const stalePublicationError = (claim: ClaimRow) =>
  staleVersionError("claim", {
    version: String(claim.version),
    statement: claim.statement ?? "",
    claimant: claim.claimant ?? "",
    publishedUrl: claim.publishedUrl ?? "",
  });

/**
 * Sets the given publication fields (null clears one) if the claim is still at `version`, in
 * one transaction with one history event per changed field (old → new). CONFLICT when the
 * claim moved on (carrying its saved fields), FORBIDDEN for someone who may not set its
 * verdict or for a statement or claimant of an approved claim; NOT_FOUND when it is gone.
 * Returns the updated row (its new version).
 */
export async function updateClaimPublication({ actor, id, version, changes }: { actor: Actor; id: string; version: number; changes: ClaimPublicationChanges }) {
  return writeTransaction(async (tx) => {
    const { claim, investigationId } = await getClaimContext(id);
    if (claim.version !== version) throw stalePublicationError(claim);
    assertAllowed(canSetClaimVerdict(actor, claim), "Only editors, the claim's author and its assignee can change what the public report says of it.");
    const changed = publicationFields.filter((field) => changes[field] !== undefined && changes[field] !== claim[field]);
    if (changed.length === 0) return claim;
    if (changed.includes("statement") || changed.includes("claimant")) assertNotApproved(claim, "statement");
    const next = Object.fromEntries(changed.map((field) => [field, changes[field] ?? null]));
    const [row] = await tx
      .update(claims)
      .set({ ...next, updatedAt: new Date().toISOString(), version: claim.version + 1 })
      .where(and(eq(claims.id, id), eq(claims.version, version)))
      .returning();
    if (!row) throw stalePublicationError((await getClaimContext(id)).claim);
    await indexClaims([id]);
    for (const field of changed)
      await recordEvent({
        actorId: actor.id,
        action: eventOf[field],
        subjectType: "claim",
        subjectId: id,
        investigationId,
        data: { [field]: [claim[field], row[field]] },
      });
    return row;
  });
}

/**
 * `PATCH /api/v1/claims/{id}`: publication fields and review fields in one transaction, both
 * checked against `version` (the publication first, so a statement set in the request that
 * approves the claim is approved with it). Returns nothing; the caller reads the claim again.
 */
export async function updateClaimFields({
  actor,
  id,
  version,
  changes,
}: {
  actor: Actor;
  id: string;
  version: number;
  changes: ClaimReviewChanges & ClaimPublicationChanges;
}): Promise<void> {
  const { statement, claimant, publishedUrl, ...review } = changes;
  const publication = Object.fromEntries(Object.entries({ statement, claimant, publishedUrl }).filter(([, value]) => value !== undefined));
  await writeTransaction(async () => {
    let seen = version;
    if (Object.keys(publication).length > 0) seen = (await updateClaimPublication({ actor, id, version: seen, changes: publication })).version;
    if (Object.keys(review).length > 0) await updateClaimReview({ actor, id, version: seen, changes: review });
  });
}

export type ClaimPublication = {
  claimId: string;
  version: number;
  status: ClaimRow["status"];
  /** Who may edit it (canSetClaimVerdict): its author and assignee, and editors. */
  createdBy: string;
  assigneeId: string | null;
  statement: string | null;
  claimant: string | null;
  publishedUrl: string | null;
  /** What the statement is when none is written: the sentence around the highlighted words. */
  defaultStatement: string;
  /** A claimant to offer (the quote's speaker, else the source's outlet), or null. */
  suggestedClaimant: ClaimantSuggestion | null;
  /** The investigation's published address, used when the claim has none. */
  investigationPublishedUrl: string | null;
};

/**
 * The Publication section of the claim panel: the claim's publication fields, the sentence
 * its statement defaults to and a suggested claimant (both read on the version the claim
 * was made on, where its offsets point). Every signed-in role may read it. NOT_FOUND when
 * the claim is gone.
 */
export async function getClaimPublication({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ClaimPublication> {
  void actor; // every signed-in role reads every claim
  const { claim, investigationId } = await getClaimContext(claimId);
  const [context] = await db()
    .select({ outlet: sources.outlet, language: sources.language, investigationPublishedUrl: investigations.publishedUrl })
    .from(sources)
    .innerJoin(investigations, eq(investigations.id, investigationId))
    .where(eq(sources.id, claim.sourceId));
  const text = (await getVersionText(db(), claim.sourceVersionId)) ?? claim.exact;
  const [start, end] = text === claim.exact ? [0, text.length] : [claim.start, claim.end];
  return {
    claimId: claim.id,
    version: claim.version,
    status: claim.status,
    createdBy: claim.createdBy,
    assigneeId: claim.assigneeId,
    statement: claim.statement,
    claimant: claim.claimant,
    publishedUrl: claim.publishedUrl,
    defaultStatement: sentenceAround(text, start, end),
    suggestedClaimant: suggestClaimant({ text, start, end, outlet: context?.outlet ?? null, language: context?.language }),
    investigationPublishedUrl: context?.investigationPublishedUrl ?? null,
  };
}
