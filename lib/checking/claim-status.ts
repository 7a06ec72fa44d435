import { hasRole, type Role } from "../roles";

/**
 * The review workflow of a claim: open → in review → approved. Anyone may move a claim
 * between open and in review; only editors (and admins) approve it, and only once it has
 * what an approval needs; only they reopen an approved claim.
 */
export const claimStatuses = ["open", "in-review", "approved"] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

export const claimStatusLabels: Record<ClaimStatus, string> = {
  open: "Open",
  "in-review": "In review",
  approved: "Approved",
};

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === "string" && (claimStatuses as readonly string[]).includes(value);
}

export type ApprovalFacts = {
  verdictKey: string | null | undefined;
  rationale: string | null | undefined;
  evidenceCount: number;
};

/** What an approval may lack, in the order it is named. */
export const approvalRequirements = ["verdict", "rationale", "evidence"] as const;
export type ApprovalRequirement = (typeof approvalRequirements)[number];

const requirementPhrases: Record<ApprovalRequirement, string> = {
  verdict: "a verdict",
  rationale: "a written rationale",
  evidence: "at least one evidence item",
};

/**
 * What the claim still lacks before it can be approved ("verdict", "rationale",
 * "evidence"), in that order; the interface names them in the reader's language. Empty when
 * nothing is missing. A rationale of only whitespace counts as missing. Whether
 * `verdictKey` is on the investigation's scale is the caller's check.
 */
export function missingForApproval({ verdictKey, rationale, evidenceCount }: ApprovalFacts): ApprovalRequirement[] {
  const missing: ApprovalRequirement[] = [];
  if (!verdictKey) missing.push("verdict");
  if (!rationale?.trim()) missing.push("rationale");
  if (!(evidenceCount >= 1)) missing.push("evidence");
  return missing;
}

/** `missingForApproval` as English phrases for a sentence ("a verdict", "a written rationale", "at least one evidence item"). */
export function approvalBlockers(facts: ApprovalFacts): string[] {
  return missingForApproval(facts).map((requirement) => requirementPhrases[requirement]);
}

/** "a", "a and b", "a, b and c"; in another language than English, that language's list ("a, b y c"). */
export function joinPhrases(phrases: readonly string[], locale: string = "en"): string {
  if (locale !== "en") return new Intl.ListFormat(locale, { type: "conjunction" }).format(phrases);
  if (phrases.length <= 1) return phrases.join("");
  return `${phrases.slice(0, -1).join(", ")} and ${phrases.at(-1)}`;
}

export type TransitionDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * Whether someone with `actorRole` may move a claim from `from` to `to`, given the
 * `blockers` from `approvalBlockers` (only consulted for approval). A refusal carries a
 * sentence for the person who tried, e.g. "Approval needs a written rationale and at
 * least one evidence item." Moving to the status the claim already has is refused, so
 * no empty change is recorded.
 */
export function canTransition(actorRole: Role, from: ClaimStatus, to: ClaimStatus, blockers: readonly string[]): TransitionDecision {
  if (from === to) return { allowed: false, reason: `The claim is already ${claimStatusLabels[to].toLowerCase()}.` };
  if (!hasRole(actorRole, "reviewer")) return { allowed: false, reason: "Sign in as a reviewer to change a claim's status." };
  if (to === "approved") {
    if (!hasRole(actorRole, "editor")) return { allowed: false, reason: "Only editors and admins can approve a claim." };
    if (blockers.length > 0) return { allowed: false, reason: `Approval needs ${joinPhrases(blockers)}.` };
    return { allowed: true };
  }
  if (from === "approved") {
    if (!hasRole(actorRole, "editor")) return { allowed: false, reason: "Only editors and admins can reopen an approved claim." };
    return { allowed: true };
  }
  return { allowed: true };
}

/**
 * The status moves someone with `actorRole` may offer from `from`, in workflow order, each
 * with its button label ("Send to review", "Approve", "Reopen"…), by `canTransition`. What
 * approval still needs is not considered: the approve button stays offered to editors, and
 * the save that tries says what is missing. Reviewers are never offered approval.
 */
export function statusMoves(actorRole: Role, from: ClaimStatus): { to: ClaimStatus; label: string }[] {
  return claimStatuses.filter((to) => canTransition(actorRole, from, to, []).allowed).map((to) => ({ to, label: moveLabel(from, to) }));
}

function moveLabel(from: ClaimStatus, to: ClaimStatus): string {
  if (to === "approved") return "Approve";
  if (from === "approved") return to === "open" ? "Reopen" : "Send back to review";
  return to === "in-review" ? "Send to review" : "Back to open";
}
