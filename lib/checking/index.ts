/**
 * Checking a claim: the verdict rating scale, the review workflow and who may do what in
 * it, agreement between reviewers' independent verdicts, the inputs of the checking panel,
 * safe Markdown for rationales and comments, and the claim's history as sentences.
 * Pure TypeScript (plus marked and sanitize-html for Markdown), no I/O.
 */
export {
  bestRatingValue,
  defaultRatingScale,
  findRating,
  ratingKeyMaxLength,
  ratingLabelMaxLength,
  RatingScaleInput,
  ratingScaleMaxLength,
  worstRatingValue,
  type Rating,
  type RatingValue,
} from "./rating-scale";
export {
  approvalBlockers,
  canTransition,
  claimStatuses,
  claimStatusLabels,
  isClaimStatus,
  joinPhrases,
  type ApprovalFacts,
  type ClaimStatus,
  type TransitionDecision,
} from "./claim-status";
export { canAssignClaim, canEditComment, canEditEvidence, canSetClaimVerdict, decideAssignment, type AssignmentDecision } from "./permissions";
export { approvalLockReason, approvedClaimNotice, assertNotApproved, lockedParts, type LockedPart } from "./approval-lock";
export { describeKappa, measureAgreement, type AgreementSummary } from "./agreement";
export { renderMarkdown, safeLinkHref } from "./markdown";
export { EvidenceInput, evidenceQuoteMaxLength, evidenceStanceLabels, evidenceStances, isEvidenceStance, type EvidenceStance } from "./evidence";
export { CommentInput, commentMaxLength, rationaleMaxLength, VerdictInput } from "./inputs";
export { describeEvent, type HistoryEvent } from "./history";
