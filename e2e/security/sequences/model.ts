import { eq } from "drizzle-orm";
import { db } from "@/db/connection";
import { evidence } from "@/db/schema";
import type { Actor } from "@/lib/permissions";

/**
 * The model of authorization-sequences.test.ts: what each step should do to a claim, written
 * from the rules as stated (PRODUCT.md, issue 13) rather than from lib/: if the code and
 * this model disagree on one step of a sequence, the test names the sequence.
 */
export type ClaimModel = {
  id: string;
  sourceVersionId: string;
  createdBy: string;
  assigneeId: string | null;
  status: "open" | "in-review" | "approved";
  verdictKey: string | null;
  rationale: string;
  /** Who last changed the verdict or rationale: with four eyes (on by default) they cannot approve. */
  verdictSetBy: string | null;
  evidence: { id: string; createdBy: string }[];
  spans: readonly [string, string];
  span: 0 | 1;
  isCorrected: boolean;
  isDeleted: boolean;
  /** Each person's independent verdict on the claim, by their id. */
  assessments: Record<string, string>;
};

export type Step = {
  kind:
    | "assign"
    | "verdict"
    | "approve"
    | "reopen"
    | "review"
    | "addEvidence"
    | "editEvidence"
    | "removeEvidence"
    | "moveSpan"
    | "correctFigure"
    | "delete"
    | "comment"
    | "assess";
  /** Index into the test's people: 0 the editor, 1–3 reviewers (1 and 2 created claims 0 and 1). */
  actor: number;
  claim: number;
  /** For assign: whom to assign (an index into people), or null for nobody. */
  target?: number | null;
  verdictKey: string;
  /** The rationale of a verdict step; an approve step sends it as its approval note. */
  rationale: string;
};

/** Whether the step should be done or refused, by the rules. */
export function expectedOutcome(step: Step, claim: ClaimModel, actor: Actor, target: Actor | null): "done" | "refused" {
  if (claim.isDeleted) return "refused";
  const isEditor = actor.role !== "reviewer";
  const isAuthor = claim.createdBy === actor.id;
  const isLocked = claim.status === "approved";
  const item = claim.evidence[0];
  const allowed: Record<Step["kind"], () => boolean> = {
    // Reviewers take only unassigned claims and release only their own; editors assign anyone.
    assign: () => {
      const next = target?.id ?? null;
      if (next === claim.assigneeId || isEditor) return true;
      return (next === actor.id && claim.assigneeId === null) || (next === null && claim.assigneeId === actor.id);
    },
    verdict: () => {
      const isChange = step.verdictKey !== claim.verdictKey || step.rationale !== claim.rationale;
      return !isChange || ((isEditor || isAuthor || claim.assigneeId === actor.id) && !isLocked);
    },
    // Asking for the status the claim already has changes nothing and is not refused (but a
    // note goes only with an approval). Independent verdicts that differ from the claim's
    // verdict need a note.
    approve: () => {
      const note = step.rationale.trim();
      if (isLocked) return note === "";
      const differs = Object.values(claim.assessments).some((verdictKey) => verdictKey !== claim.verdictKey);
      const isSecondPerson = claim.verdictSetBy !== actor.id;
      return isEditor && isSecondPerson && claim.verdictKey !== null && claim.rationale.trim() !== "" && claim.evidence.length > 0 && (!differs || note !== "");
    },
    reopen: () => !isLocked || isEditor,
    review: () => !isLocked || isEditor,
    addEvidence: () => !isLocked,
    editEvidence: () => item !== undefined && (isEditor || item.createdBy === actor.id) && !isLocked,
    removeEvidence: () => item !== undefined && (isEditor || item.createdBy === actor.id) && !isLocked,
    moveSpan: () => (isEditor || isAuthor) && !isLocked,
    correctFigure: () => (isEditor || isAuthor) && !isLocked,
    delete: () => (isEditor || isAuthor) && !isLocked,
    comment: () => true,
    assess: () => true,
  };
  return allowed[step.kind]() ? "done" : "refused";
}

/** Applies a step that was done to the model; ids of new evidence are read from the database. */
export async function applyToModel(step: Step, claim: ClaimModel, actor: Actor, target: Actor | null): Promise<void> {
  const changes: Partial<Record<Step["kind"], () => unknown>> = {
    assign: () => void (claim.assigneeId = target?.id ?? null),
    verdict: () => {
      if (step.verdictKey === claim.verdictKey && step.rationale === claim.rationale) return;
      Object.assign(claim, { verdictKey: step.verdictKey, rationale: step.rationale, verdictSetBy: actor.id });
    },
    approve: () => void (claim.status = "approved"),
    reopen: () => void (claim.status = "open"),
    review: () => void (claim.status = "in-review"),
    addEvidence: async () => {
      const known = new Set(claim.evidence.map((item) => item.id));
      const rows = await db().select({ id: evidence.id }).from(evidence).where(eq(evidence.claimId, claim.id)).orderBy(evidence.createdAt, evidence.id);
      claim.evidence.push(...rows.filter(({ id }) => !known.has(id)).map(({ id }) => ({ id, createdBy: actor.id })));
    },
    removeEvidence: () => void claim.evidence.shift(),
    moveSpan: () => void (claim.span = claim.span === 0 ? 1 : 0),
    correctFigure: () => void (claim.isCorrected = !claim.isCorrected),
    delete: () => void (claim.isDeleted = true),
    assess: () => void (claim.assessments[actor.id] = step.verdictKey),
  };
  await changes[step.kind]?.();
}
