import Link from "next/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getCheckingPanel } from "@/db/queries/claim-detail";
import { approvalLockReason } from "@/lib/checking/approval-lock";
import { missingForApproval, statusMoves, type ClaimStatus } from "@/lib/checking/claim-status";
import { verdictToneOf } from "@/lib/checking/verdict-colours";
import { renderMarkdown } from "@/lib/checking/markdown";
import { canAssignClaim, canSetClaimVerdict, canSetDueDate } from "@/lib/checking/permissions";
import { isOverdue, todayUtc } from "@/lib/checking/due-date";
import { decideFourEyesApproval } from "@/lib/checking/four-eyes";
import { hasRole } from "@/lib/roles";
import { findRating } from "@/lib/checking/rating-scale";
import type { Actor } from "@/lib/permissions";
import { linkFactAction, unlinkFactAction } from "../../fact-actions";
import { formatDateTime } from "@/app/(workspace)/_components/format";
import { AssessmentsSection } from "./assessments-section";
import { ClaimHistory } from "./claim-history";
import { CommentsSection } from "./comments-section";
import { DeleteItemButton } from "./delete-item-button";
import { EvidenceSection } from "./evidence-section";
import { CheckedBeforeSection } from "./checked-before-section";
import { FactComparison } from "./fact-comparison";
import { LinkFactForm } from "./link-fact-form";
import { ReviewForm } from "./review-form";
import { PublicationSection } from "./publication-section";
import { FourEyesNotice } from "./four-eyes-notice";
import { FollowButton } from "@/app/(workspace)/_components/follow-button";
import { setClaimFollowedAction } from "@/app/(workspace)/follow-actions";
import { UserText } from "@/app/_components/user-text";
import { RegionErrorBoundary } from "@/app/_components/region-error-boundary";

const statusTone = { open: "bg-stone-200 text-stone-800", "in-review": "bg-sky-100 text-sky-900", approved: "bg-emerald-100 text-emerald-900" } as const;

/** The catalogue key of a status move's button: the words lib/checking/claim-status.ts gives each move. */
function moveKey(from: ClaimStatus, to: ClaimStatus) {
  if (to === "approved") return "approve" as const;
  if (from === "approved") return to === "open" ? ("reopen" as const) : ("sendBackToReview" as const);
  return to === "in-review" ? ("sendToReview" as const) : ("backToOpen" as const);
}

/** The checking panel of one claim: verdict and workflow, evidence, independent verdicts, comments, history (one query). */
export async function CheckingPanel({ actor, claimId, sourceId }: { actor: Actor; claimId: string; sourceId: string }) {
  const { detail, history, assignableUsers, isFollowing, fact, linking } = await getCheckingPanel({ actor, claimId });
  const [t, locale] = await Promise.all([getTranslations("Checking"), getLocale()]);
  const missing = missingForApproval({ verdictKey: detail.verdictKey, rationale: detail.rationale, evidenceCount: detail.evidence.length });
  const verdict = findRating(detail.scale, detail.verdictKey);
  const approvers = assignableUsers.filter((person) => hasRole(person.role, "editor"));
  const fourEyes = decideFourEyesApproval(actor.id, { fourEyes: detail.fourEyes, verdictSetBy: detail.verdictSetBy?.id ?? null, approvers });
  // Under four eyes the verdict's author is not offered Approve: the notice says who may.
  const offeredMoves = statusMoves(actor.role, detail.status);
  const moves = offeredMoves
    .filter((move) => move.to !== "approved" || fourEyes.allowed)
    .map((move) => ({ to: move.to, label: t(`moves.${moveKey(detail.status, move.to)}`) }));
  const draftScope = { userId: actor.id, claimId: detail.id };
  return (
    <div className="space-y-5" data-testid="checking-panel">
      <section aria-labelledby="verdict-heading" className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id="verdict-heading" className="font-semibold">
            {t("verdictHeading")}
          </h3>
          <span data-testid="claim-status" className={`rounded-full px-2 py-0.5 text-xs font-medium ${statusTone[detail.status]}`}>
            {t(`status.${detail.status}`)}
          </span>
          {verdict ? (
            <span data-testid="verdict-badge" className={`rounded-full px-2 py-0.5 text-xs font-medium verdict-tone-${verdictToneOf(verdict.ratingValue)}`}>
              {verdict.label}
            </span>
          ) : null}
          <span className="ml-auto">
            <FollowButton
              what="claim"
              isFollowing={isFollowing}
              follow={setClaimFollowedAction.bind(null, sourceId, detail.id, true)}
              unfollow={setClaimFollowedAction.bind(null, sourceId, detail.id, false)}
            />
          </span>
        </div>
        {detail.rationale ? (
          <div className="prose-rationale text-sm" data-testid="rationale" dangerouslySetInnerHTML={{ __html: renderMarkdown(detail.rationale) }} />
        ) : null}
        {detail.status === "approved" && detail.approvedBy ? (
          <p className="rounded-md border border-emerald-200 bg-emerald-50 p-2 text-xs text-emerald-900" data-testid="approval-notice">
            {t.rich("approvedBy", {
              name: detail.approvedBy.name ?? t("history.someone"),
              date: formatDateTime(detail.approvedBy.at!, locale),
              bdi: (name) => <bdi>{name}</bdi>,
            })}{" "}
            {t("approvedNotice")}
          </p>
        ) : null}
        {offeredMoves.some((move) => move.to === "approved") ? <FourEyesNotice decision={fourEyes} /> : null}
        <ReviewForm
          sourceId={sourceId}
          claimId={detail.id}
          userId={actor.id}
          version={detail.version}
          status={detail.status}
          verdictKey={detail.verdictKey}
          rationale={detail.rationale}
          assigneeId={detail.assignee?.id ?? null}
          scale={detail.scale}
          people={assignableUsers.filter((person) => canAssignClaim(actor, person.id, { assigneeId: detail.assignee?.id ?? null }))}
          canUnassign={canAssignClaim(actor, null, { assigneeId: detail.assignee?.id ?? null })}
          canSetVerdict={canSetClaimVerdict(actor, { createdBy: detail.createdBy.id, assigneeId: detail.assignee?.id ?? null })}
          moves={moves}
          independentVerdicts={
            moves.some((move) => move.to === "approved")
              ? [...(detail.assessments.own ? [detail.assessments.own] : []), ...detail.assessments.others].map(({ reviewerName, verdictKey }) => ({
                  reviewerName,
                  verdictKey,
                }))
              : []
          }
          lockReason={approvalLockReason(detail, "verdict") ? t("lock.verdict") : null}
          missingNote={missing.length > 0 ? t("approvalNeeds", { missing: missing.map((requirement) => t(`blockers.${requirement}`)).join(", ") }) : null}
          dueDate={{ dueAt: detail.dueAt, canSet: canSetDueDate(actor), isOverdue: isOverdue(detail, todayUtc()) }}
        />
      </section>

      <PublicationSection actor={actor} claimId={detail.id} sourceId={sourceId} />

      <section aria-labelledby="fact-heading" className="space-y-2">
        <h3 id="fact-heading" className="font-semibold">
          {t("fact.heading")}
        </h3>
        {detail.fact ? (
          <p className="text-sm" data-testid="claim-fact">
            {t("fact.speaksTo")}{" "}
            <Link href={`/facts/${detail.fact.id}`} className="font-medium text-accent-700 underline">
              <UserText>{detail.fact.title}</UserText>
            </Link>{" "}
            <DeleteItemButton label={t("fact.unlink")} action={unlinkFactAction.bind(null, sourceId, detail.fact.id, detail.id)} />
          </p>
        ) : null}
        {fact ? <FactComparison fact={fact} claimId={detail.id} /> : null}
        {linking ? (
          <LinkFactForm
            action={linkFactAction.bind(null, sourceId, detail.investigationId, detail.id)}
            facts={linking.facts}
            suggestions={linking.suggestions}
          />
        ) : null}
      </section>

      {/* Its own boundary: whatever fails in it, the rest of the claim's panel stays. */}
      <RegionErrorBoundary region={t("checkedBeforeRegion")}>
        <Suspense fallback={null}>
          <CheckedBeforeSection
            actor={actor}
            claimId={detail.id}
            sourceId={sourceId}
            investigationId={detail.investigationId}
            hasFact={detail.fact !== null}
            isApproved={detail.status === "approved"}
          />
        </Suspense>
      </RegionErrorBoundary>

      <EvidenceSection actor={actor} detail={detail} sourceId={sourceId} draftScope={draftScope} />
      <AssessmentsSection detail={detail} sourceId={sourceId} draftScope={draftScope} />
      <CommentsSection
        actor={actor}
        detail={detail}
        sourceId={sourceId}
        draftScope={draftScope}
        members={assignableUsers.filter((person) => person.id !== actor.id)}
      />
      <ClaimHistory history={history} scale={detail.scale} />
    </div>
  );
}
