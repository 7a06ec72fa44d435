import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";
import { joinPhrases } from "./claim-status";

/**
 * Four eyes: on an investigation with the setting on, the person who set a claim's verdict
 * (or its rationale) cannot also approve it; someone else must look at it. `verdictSetBy` is
 * who last set either (claims.verdictSetBy). Claims whose verdict nobody set through the
 * workspace (null) may be approved by anyone allowed to approve.
 */
export type FourEyesFacts = {
  fourEyes: boolean;
  verdictSetBy: string | null;
  /** The people who may approve claims at all (active editors and admins), by name. */
  approvers: readonly { id: string; name: string }[];
};

export type FourEyesDecision = { allowed: true } | { allowed: false; reason: string; approvers: { id: string; name: string }[] };

/**
 * Whether `actorId` may approve under four eyes. A refusal carries a sentence that names who
 * may approve instead — every approver other than the verdict's author — or says that there
 * is nobody else yet and an admin must add an editor or turn four eyes off.
 */
export function decideFourEyesApproval(actorId: string, { fourEyes, verdictSetBy, approvers }: FourEyesFacts): FourEyesDecision {
  if (!fourEyes || verdictSetBy === null || verdictSetBy !== actorId) return { allowed: true };
  const others = approvers.filter((person) => person.id !== actorId);
  return { allowed: false, reason: fourEyesReason(others), approvers: others };
}

/** The refusal's sentence for the verdict's author, naming `others` (who may approve instead), in `locale` (English when omitted). */
export function fourEyesReason(others: readonly { name: string }[], locale: Locale = "en"): string {
  const t = translator(locale, "Checking");
  const first = t("fourEyes.intro");
  if (others.length === 0) return `${first} ${t("fourEyes.nobody")}`;
  const names = joinPhrases(
    others.map((person) => person.name),
    locale,
  );
  return `${first} ${t("fourEyes.approvers", { count: others.length, names })}`;
}
