import { findRating, type Rating } from "./rating-scale";

/**
 * Before an editor approves a verdict, the claim's independent verdicts (assessments) that
 * differ from it. The approval then needs a short note saying why, which its history keeps.
 */
export type IndependentVerdict = { reviewerName: string; verdictKey: string };

export type VerdictDisagreement = { differing: number; total: number; sentence: string };

/** The longest approval note, in characters. */
export const approvalNoteMaxLength = 1_000;

/**
 * Null when no independent verdict differs from `verdictKey` (or there are none); else how
 * many of how many differ, as one sentence: "2 of 3 reviewers' independent verdicts differ:
 * Mostly false (Ana), False (Luis)". Labels come from `scale`; the verdicts are listed in the
 * order given. A missing `verdictKey` differs from every independent verdict.
 */
export function describeVerdictDisagreement(
  verdictKey: string | null,
  verdicts: readonly IndependentVerdict[],
  scale: readonly Rating[],
): VerdictDisagreement | null {
  const differing = verdicts.filter((verdict) => verdict.verdictKey !== verdictKey);
  if (differing.length === 0) return null;
  const total = verdicts.length;
  const whose = total === 1 ? "The reviewer's independent verdict differs" : `${differing.length} of ${total} reviewers' independent verdicts differ`;
  const listed = differing.map((verdict) => `${findRating(scale, verdict.verdictKey)?.label ?? verdict.verdictKey} (${verdict.reviewerName})`).join(", ");
  return { differing: differing.length, total, sentence: `${whose}: ${listed}` };
}

/** The message at the approval note when one is needed and missing. */
export function approvalNoteRequired(disagreement: VerdictDisagreement): string {
  return `${disagreement.sentence}. Add a short note saying why you approve this verdict.`;
}
