import { formatCalendarDate, formatDateTime } from "@/app/(workspace)/_components/format";
import { getCheckingPanel } from "@/db/queries/claim-detail";
import { approvalLockReason, approvedClaimNotice } from "@/lib/checking/approval-lock";
import { approvalBlockers, claimStatusLabels, statusMoves } from "@/lib/checking/claim-status";
import { describeEvent } from "@/lib/checking/history";
import { verdictToneOf } from "@/lib/checking/verdict-colours";
import { renderMarkdown } from "@/lib/checking/markdown";
import { canAssignClaim, canEditComment, canEditEvidence, canSetClaimVerdict, canSetDueDate } from "@/lib/checking/permissions";
import { isOverdue, todayUtc } from "@/lib/checking/due-date";
import { decideFourEyesApproval } from "@/lib/checking/four-eyes";
import { hasRole } from "@/lib/roles";
import { describeQuoteMatch, type QuoteMatchSummary } from "@/lib/checking/quote-match-note";
import { findRating } from "@/lib/checking/rating-scale";
import type { Actor } from "@/lib/permissions";
import { isHttpUrl } from "@/lib/validation/fields";
import {
  addCommentAction,
  addEvidenceAction,
  removeCommentAction,
  recordAssessmentAction,
  removeEvidenceAction,
  updateEvidenceAction,
} from "../../checking-actions";
import Link from "next/link";
import { linkFactAction, unlinkFactAction } from "../../fact-actions";
import { DeleteItemButton } from "./delete-item-button";
import { FactComparison } from "./fact-comparison";
import { LinkFactForm } from "./link-fact-form";
import { EvidenceForm } from "./evidence-form";
import { ReviewForm } from "./review-form";
import { PublicationSection } from "./publication-section";
import { FourEyesNotice } from "./four-eyes-notice";
import { FollowButton } from "@/app/(workspace)/_components/follow-button";
import { setClaimFollowedAction } from "@/app/(workspace)/follow-actions";
import { AssessmentForm, CommentForm } from "./simple-forms";
import { UserText } from "@/app/_components/user-text";

const stanceLabels = { supports: "Supports", refutes: "Refutes", "adds-context": "Adds context" } as const;
const statusTone = { open: "bg-stone-200 text-stone-800", "in-review": "bg-sky-100 text-sky-900", approved: "bg-emerald-100 text-emerald-900" } as const;

/** The checking panel of one claim: verdict and workflow, evidence, independent verdicts, comments, history (one query). */
export async function CheckingPanel({ actor, claimId, sourceId }: { actor: Actor; claimId: string; sourceId: string }) {
  const { detail, history, assignableUsers, isFollowing, fact, linking } = await getCheckingPanel({ actor, claimId });
  const blockers = approvalBlockers({ verdictKey: detail.verdictKey, rationale: detail.rationale, evidenceCount: detail.evidence.length });
  const verdict = findRating(detail.scale, detail.verdictKey);
  const labelOf = (key: string) => findRating(detail.scale, key)?.label ?? key;
  const evidenceLock = approvalLockReason(detail, "evidence");
  const approvers = assignableUsers.filter((person) => hasRole(person.role, "editor"));
  const fourEyes = decideFourEyesApproval(actor.id, { fourEyes: detail.fourEyes, verdictSetBy: detail.verdictSetBy?.id ?? null, approvers });
  // Under four eyes the verdict's author is not offered Approve: the notice says who may.
  const offeredMoves = statusMoves(actor.role, detail.status);
  const moves = offeredMoves.filter((move) => move.to !== "approved" || fourEyes.allowed);
  const draftScope = { userId: actor.id, claimId: detail.id };
  return (
    <div className="space-y-5" data-testid="checking-panel">
      <section aria-labelledby="verdict-heading" className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id="verdict-heading" className="font-semibold">
            Verdict
          </h3>
          <span data-testid="claim-status" className={`rounded-full px-2 py-0.5 text-xs font-medium ${statusTone[detail.status]}`}>
            {claimStatusLabels[detail.status]}
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
            Approved by <bdi>{detail.approvedBy.name}</bdi> on {formatDateTime(detail.approvedBy.at!)}. {approvedClaimNotice}
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
          lockReason={approvalLockReason(detail, "verdict")}
          blockers={blockers}
          dueDate={{ dueAt: detail.dueAt, canSet: canSetDueDate(actor), isOverdue: isOverdue(detail, todayUtc()) }}
        />
      </section>

      <PublicationSection actor={actor} claimId={detail.id} sourceId={sourceId} />

      <section aria-labelledby="fact-heading" className="space-y-2">
        <h3 id="fact-heading" className="font-semibold">
          Fact
        </h3>
        {detail.fact ? (
          <p className="text-sm" data-testid="claim-fact">
            Speaks to{" "}
            <Link href={`/facts/${detail.fact.id}`} className="font-medium text-accent-700 underline">
              <UserText>{detail.fact.title}</UserText>
            </Link>{" "}
            <DeleteItemButton label="Unlink" action={unlinkFactAction.bind(null, sourceId, detail.fact.id, detail.id)} />
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

      <section aria-labelledby="evidence-heading" className="space-y-2">
        <h3 id="evidence-heading" className="font-semibold">
          Evidence <span className="font-normal text-stone-500">({detail.evidence.length})</span>
        </h3>
        <ul aria-label="Evidence" className="space-y-2">
          {detail.evidence.map((item) => (
            <li key={item.id} className="rounded-md border border-stone-200 bg-white p-2">
              <p className="text-xs font-medium">
                <span className={item.stance === "refutes" ? "text-red-800" : item.stance === "supports" ? "text-emerald-800" : "text-stone-700"}>
                  {stanceLabels[item.stance]}
                </span>
                {item.outlet ? (
                  <>
                    {" "}
                    · <bdi>{item.outlet}</bdi>
                  </>
                ) : null}
              </p>
              {item.url && isHttpUrl(item.url) ? (
                <a href={item.url} rel="noopener noreferrer nofollow" target="_blank" className="block truncate text-xs text-accent-700 underline">
                  {item.url}
                </a>
              ) : null}
              {item.quote ? <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 font-serif text-sm text-stone-700">{item.quote}</blockquote> : null}
              {item.quoteMatch ? <QuoteMatchNote match={item.quoteMatch} /> : null}
              <p className="mt-1 text-xs text-stone-500">
                Added by <bdi>{item.createdByName}</bdi>
                {item.accessedAt ? ` · accessed ${formatCalendarDate(item.accessedAt)}` : ""}
              </p>
              {canEditEvidence(actor, item) && !evidenceLock ? (
                <div className="mt-1 flex items-center gap-3">
                  <details>
                    <summary className="cursor-pointer text-xs text-accent-700 underline">Edit</summary>
                    <div className="mt-2">
                      <EvidenceForm
                        action={updateEvidenceAction.bind(null, sourceId, item.id)}
                        draftScope={{ ...draftScope, form: `evidence:${item.id}` }}
                        initial={item}
                        version={item.version}
                        submitLabel="Save evidence"
                        formLabel="Edit evidence"
                      />
                    </div>
                  </details>
                  <DeleteItemButton label="Remove" action={removeEvidenceAction.bind(null, sourceId, item.id, item.version)} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        {evidenceLock ? (
          <p className="text-xs text-stone-500" data-testid="evidence-lock">
            {evidenceLock}
          </p>
        ) : (
          <details className="rounded-md border border-dashed border-stone-300 p-2" open={detail.evidence.length === 0}>
            <summary className="cursor-pointer text-sm font-medium">Add evidence</summary>
            <div className="mt-2">
              <EvidenceForm
                action={addEvidenceAction.bind(null, sourceId, detail.id)}
                draftScope={{ ...draftScope, form: "evidence:new" }}
                submitLabel="Add evidence"
                formLabel="Add evidence"
              />
            </div>
          </details>
        )}
      </section>

      <section aria-labelledby="assessments-heading" className="space-y-2">
        <h3 id="assessments-heading" className="font-semibold">
          Independent verdicts
        </h3>
        <AssessmentForm
          action={recordAssessmentAction.bind(null, sourceId, detail.id)}
          draftScope={{ ...draftScope, form: "assessment" }}
          scale={detail.scale}
          own={detail.assessments.own}
        />
        {detail.assessments.hiddenCount > 0 ? (
          <p className="text-xs text-stone-500">
            {detail.assessments.hiddenCount} other {detail.assessments.hiddenCount === 1 ? "verdict is" : "verdicts are"} hidden until you record yours.
          </p>
        ) : null}
        {detail.assessments.others.length > 0 || detail.assessments.own ? (
          <ul aria-label="Verdicts by reviewer" className="grid grid-cols-2 gap-2">
            {[...(detail.assessments.own ? [detail.assessments.own] : []), ...detail.assessments.others].map((assessment) => (
              <li key={assessment.id} className="rounded-md bg-white p-2 text-xs ring-1 ring-stone-200">
                <span className="block font-medium">
                  <bdi>{assessment.reviewerName}</bdi>
                </span>
                <span className="block">{labelOf(assessment.verdictKey)}</span>
                {assessment.note ? <span className="block text-stone-500">{assessment.note}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="comments-heading" className="space-y-2">
        <h3 id="comments-heading" className="font-semibold">
          Comments <span className="font-normal text-stone-500">({detail.comments.length})</span>
        </h3>
        <ul aria-label="Comments" className="space-y-2">
          {detail.comments.map((comment) => (
            <li key={comment.id} className="rounded-md bg-white p-2 text-sm ring-1 ring-stone-200">
              <p className="text-xs text-stone-500">
                <bdi>{comment.createdByName}</bdi> · {formatDateTime(comment.createdAt)}
              </p>
              <div className="prose-rationale" dangerouslySetInnerHTML={{ __html: renderMarkdown(comment.body) }} />
              {canEditComment(actor, comment) ? (
                <DeleteItemButton label="Delete" action={removeCommentAction.bind(null, sourceId, comment.id, comment.version)} />
              ) : null}
            </li>
          ))}
        </ul>
        <CommentForm
          action={addCommentAction.bind(null, sourceId, detail.id)}
          draftScope={{ ...draftScope, form: "comment" }}
          members={assignableUsers.filter((person) => person.id !== actor.id)}
        />
      </section>

      <section aria-labelledby="history-heading">
        <h3 id="history-heading" className="font-semibold">
          History
        </h3>
        <ol aria-label="History" className="mt-2 space-y-1 border-l border-stone-300 pl-3 text-xs">
          {history.map((event) => (
            <li key={event.id}>
              <span className="font-medium">{event.actorName ?? "Someone"}</span>{" "}
              {describeEvent({ action: event.action, data: event.data ?? null }, detail.scale)}{" "}
              <time dateTime={event.createdAt} className="text-stone-500">
                {formatDateTime(event.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** Where the evidence quote was found in the linked source (see `describeQuoteMatch`). */
function QuoteMatchNote({ match }: { match: QuoteMatchSummary }) {
  const note = describeQuoteMatch(match);
  return <p className={`mt-1 text-xs ${note.isWarning ? "font-medium text-red-700" : "text-emerald-800"}`}>{note.text}</p>;
}
