import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";
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
 * order given. A missing `verdictKey` differs from every independent verdict. The sentence is
 * in `locale` (English when omitted: the claim's history keeps it as written).
 */
export function describeVerdictDisagreement(
  verdictKey: string | null,
  verdicts: readonly IndependentVerdict[],
  scale: readonly Rating[],
  locale: Locale = "en",
): VerdictDisagreement | null {
  const differing = verdicts.filter((verdict) => verdict.verdictKey !== verdictKey);
  if (differing.length === 0) return null;
  const total = verdicts.length;
  const t = translator(locale, "Checking");
  const listed = differing
    .map((verdict) =>
      t("disagreement.verdictOf", { verdict: findRating(scale, verdict.verdictKey)?.label ?? verdict.verdictKey, reviewer: verdict.reviewerName }),
    )
    .join(", ");
  const sentence = total === 1 ? t("disagreement.one", { listed }) : t("disagreement.many", { differing: differing.length, total, listed });
  return { differing: differing.length, total, sentence };
}

/** The message at the approval note when one is needed and missing. */
export function approvalNoteRequired(disagreement: VerdictDisagreement): string {
  return `${disagreement.sentence}. Add a short note saying why you approve this verdict.`;
}
