"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SelectField } from "@/app/_components/select-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";
import { buttonClass } from "@/app/_components/button-class";
import { isDraftBehind } from "@/lib/checking/claim-drafts";
import type { ClaimStatus } from "@/lib/checking/claim-status";
import { rationaleMaxLength } from "@/lib/checking/inputs";
import type { Rating } from "@/lib/checking/rating-scale";
import { approvalNoteMaxLength, describeVerdictDisagreement, type IndependentVerdict } from "@/lib/checking/verdict-disagreement";
import { saveClaimReviewAction } from "../../checking-actions";
import { DraftNotice } from "./draft-notice";
import { DueDateField } from "./due-date-field";
import { TheirReview } from "./their-review";
import { CountedField } from "./length-counter";
import { useClaimDraft } from "./use-claim-draft";

type Props = {
  sourceId: string;
  claimId: string;
  /** The signed-in account, whose draft of this form the browser keeps. */
  userId: string;
  version: number;
  status: ClaimStatus;
  verdictKey: string | null;
  rationale: string;
  assigneeId: string | null;
  scale: readonly Rating[];
  /** The people this user may choose as assignee (the current one included): for a reviewer, themselves only while nobody holds the claim. */
  people: { id: string; name: string }[];
  canUnassign: boolean;
  canSetVerdict: boolean;
  /** The status moves this person may make (`statusMoves`), as buttons with their labels in the person's language. */
  moves: { to: ClaimStatus; label: string }[];
  /** Every independent verdict on the claim, for an editor weighing an approval; empty otherwise. */
  independentVerdicts: IndependentVerdict[];
  /** Why the verdict and rationale cannot change now (the claim is approved), or null. */
  lockReason: string | null;
  /** What approval still needs, as a sentence ("Approval needs a verdict."), or null when nothing is missing. */
  missingNote: string | null;
  /** The due date (YYYY-MM-DD or null), whether this person may change it, and whether it has passed. */
  dueDate: { dueAt: string | null; canSet: boolean; isOverdue: boolean };
};

/**
 * Verdict, rationale, assignee and status in one form. It names the version it was opened
 * at; if someone saved meanwhile, the refusal shows their values and this form keeps the
 * draft, with the version moved on so that saving again deliberately replaces theirs.
 * The draft is kept in the browser with that version (useClaimDraft), so a draft restored
 * after someone else's change is refused the same way. Before an approval, an editor sees
 * which independent verdicts differ from the verdict chosen, and writes a note.
 */
export function ReviewForm(props: Props) {
  // The version this draft is based on. It moves only when this person saves (or, after a
  // conflict, chooses to save over the other change) — never because a live update arrived.
  const [basedOn, setBasedOn] = useState(String(props.version));
  const t = useTranslations("Checking");
  const locale = useLocale();
  // The verdict chosen in the form, once the person has changed it.
  const [chosenVerdict, setChosenVerdict] = useState<string | null>(null);
  const isApproved = props.status === "approved";
  const canEditVerdict = props.canSetVerdict && !isApproved;
  const saved = { verdictKey: props.verdictKey ?? "", ...(canEditVerdict ? { rationale: props.rationale } : {}), assigneeId: props.assigneeId ?? "" };
  const draft = useClaimDraft({
    scope: { userId: props.userId, claimId: props.claimId, form: "review" },
    saved,
    basedOn,
    onRestore: (restored) => {
      if (restored.basedOn) setBasedOn(restored.basedOn);
      setChosenVerdict(null);
    },
  });
  const [state, formAction, isPending] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await saveClaimReviewAction(props.sourceId, props.claimId, previous, formData);
    if (result.status === "saved" && result.values?.version) setBasedOn(result.values.version);
    if (result.status === "conflict" && result.current?.version) setBasedOn(result.current.version);
    draft.afterSave(result.status);
    return result;
  }, idleFormState);
  const refused = state.status === "saved" ? undefined : state.values;
  const shown = { ...saved, ...draft.restored?.values, ...refused };
  const canApproveNow = props.moves.some((move) => move.to === "approved");
  const disagreement = canApproveNow
    ? describeVerdictDisagreement((chosenVerdict ?? shown.verdictKey) || null, props.independentVerdicts, props.scale, locale)
    : null;
  return (
    <form
      key={draft.generation}
      action={formAction}
      onChange={(event) => {
        draft.onChange(event);
        const target: EventTarget = event.target;
        if (target instanceof HTMLSelectElement && target.name === "verdictKey") setChosenVerdict(target.value);
      }}
      noValidate
      aria-label={t("review.formLabel")}
      className="space-y-3"
    >
      <DraftNotice
        draft={draft.restored}
        isBehind={draft.restored ? isDraftBehind(draft.restored, String(props.version)) : false}
        onDiscard={() => {
          draft.discard();
          setBasedOn(String(props.version));
          setChosenVerdict(null);
        }}
      />
      <FormMessage state={state} />
      {state.status === "conflict" && state.current ? <TheirReview current={state.current} scale={props.scale} /> : null}
      <input type="hidden" name="version" value={basedOn} />
      <SelectField
        label={t("review.verdict")}
        name="verdictKey"
        options={[{ value: "", label: t("review.noVerdictYet") }, ...props.scale.map((rating) => ({ value: rating.key, label: rating.label }))]}
        defaultValue={shown.verdictKey}
        disabled={!canEditVerdict}
        hint={props.lockReason ?? undefined}
        error={state.fieldErrors?.verdictKey}
      />
      {/* Disabled fields are not submitted: keep their values. */}
      {!canEditVerdict ? (
        <>
          <input type="hidden" name="verdictKey" value={props.verdictKey ?? ""} />
          <input type="hidden" name="rationale" value={props.rationale} />
        </>
      ) : null}
      {canEditVerdict ? (
        <CountedField
          label={t("review.rationale")}
          name="rationale"
          hint={t("review.rationaleHint")}
          multiline
          rows={5}
          max={rationaleMaxLength}
          defaultValue={shown.rationale ?? props.rationale}
          error={state.fieldErrors?.rationale}
        />
      ) : null}
      <SelectField
        label={t("review.assignedTo")}
        name="assigneeId"
        options={[
          ...(props.canUnassign ? [{ value: "", label: t("review.nobody") }] : []),
          ...props.people.map((person) => ({ value: person.id, label: person.name })),
        ]}
        defaultValue={shown.assigneeId}
        error={state.fieldErrors?.assigneeId}
      />
      <DueDateField {...props.dueDate} shown={refused?.dueAt} error={state.fieldErrors?.dueAt} />
      {canApproveNow && props.missingNote ? <p className="text-xs text-stone-500">{props.missingNote}</p> : null}
      {disagreement ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2" data-testid="verdict-disagreement">
          <p className="text-xs text-amber-900">{t("review.disagreementAdvice", { sentence: disagreement.sentence })}</p>
          <CountedField
            label={t("review.approvalNote")}
            name="approvalNote"
            multiline
            rows={2}
            max={approvalNoteMaxLength}
            error={state.fieldErrors?.approvalNote}
            defaultValue={refused?.approvalNote ?? ""}
          />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="save" disabled={isPending} className={buttonClass("primary", "px-3 py-1.5 text-xs")}>
          {t("review.save")}
        </button>
        {props.moves.map((move) => (
          <button key={move.to} type="submit" name="intent" value={move.to} disabled={isPending} className={buttonClass("secondary", "px-3 py-1.5 text-xs")}>
            {move.label}
          </button>
        ))}
      </div>
    </form>
  );
}
