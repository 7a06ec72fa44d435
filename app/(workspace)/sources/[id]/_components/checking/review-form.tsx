"use client";
import { useActionState, useState } from "react";
import { Field } from "@/app/_components/field";
import { SelectField } from "@/app/_components/select-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_server/form-state";
import { buttonClass } from "@/app/_components/button-class";
import type { Rating } from "@/lib/checking/rating-scale";
import { saveClaimReviewAction } from "../../checking-actions";

type Props = {
  sourceId: string;
  claimId: string;
  version: number;
  status: "open" | "in-review" | "approved";
  verdictKey: string | null;
  rationale: string;
  assigneeId: string | null;
  scale: readonly Rating[];
  /** The people this user may choose as assignee (the current one included): for a reviewer, themselves only while nobody holds the claim. */
  people: { id: string; name: string }[];
  canUnassign: boolean;
  canSetVerdict: boolean;
  canApprove: boolean;
  /** Why the verdict and rationale cannot change now (the claim is approved), or null. */
  lockReason: string | null;
  blockers: string[];
};

/**
 * Verdict, rationale, assignee and status in one form. It names the version it was opened
 * at; if someone saved meanwhile, the refusal shows their values and this form keeps the
 * draft, with the version moved on so that saving again deliberately replaces theirs.
 */
export function ReviewForm(props: Props) {
  // The version this draft is based on. It moves only when this person saves (or, after a
  // conflict, chooses to save over the other change) — never because a live update arrived.
  const [basedOn, setBasedOn] = useState(String(props.version));
  const [state, formAction, isPending] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await saveClaimReviewAction(props.sourceId, props.claimId, previous, formData);
    if (result.status === "saved" && result.values?.version) setBasedOn(result.values.version);
    if (result.status === "conflict" && result.current?.version) setBasedOn(result.current.version);
    return result;
  }, idleFormState);
  const draft = state.status === "saved" ? undefined : state.values;
  const scaleLabel = (key: string | undefined) => props.scale.find((rating) => rating.key === key)?.label ?? "no verdict";
  const isApproved = props.status === "approved";
  return (
    <form action={formAction} noValidate aria-label="Verdict and status" className="space-y-3">
      <FormMessage state={state} />
      {state.status === "conflict" && state.current ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900" data-testid="their-version">
          <p className="font-medium">Their version</p>
          <p>Verdict: {scaleLabel(state.current.verdictKey)}</p>
          <p className="whitespace-pre-wrap">Rationale: {state.current.rationale || "(none)"}</p>
        </div>
      ) : null}
      <input type="hidden" name="version" value={basedOn} />
      <SelectField
        label="Verdict"
        name="verdictKey"
        options={[{ value: "", label: "No verdict yet" }, ...props.scale.map((rating) => ({ value: rating.key, label: rating.label }))]}
        defaultValue={draft?.verdictKey ?? props.verdictKey ?? ""}
        disabled={!props.canSetVerdict || isApproved}
        hint={props.lockReason ?? undefined}
        error={state.fieldErrors?.verdictKey}
      />
      {/* Disabled fields are not submitted: keep their values. */}
      {!props.canSetVerdict || isApproved ? (
        <>
          <input type="hidden" name="verdictKey" value={props.verdictKey ?? ""} />
          <input type="hidden" name="rationale" value={props.rationale} />
        </>
      ) : null}
      {props.canSetVerdict && !isApproved ? (
        <Field
          label="Rationale"
          name="rationale"
          hint="Markdown: **bold**, lists, links. Shown to readers of the report."
          multiline
          rows={5}
          defaultValue={draft?.rationale ?? props.rationale}
          error={state.fieldErrors?.rationale}
        />
      ) : null}
      <SelectField
        label="Assigned to"
        name="assigneeId"
        options={[...(props.canUnassign ? [{ value: "", label: "Nobody" }] : []), ...props.people.map((person) => ({ value: person.id, label: person.name }))]}
        defaultValue={draft?.assigneeId ?? props.assigneeId ?? ""}
        error={state.fieldErrors?.assigneeId}
      />
      {!isApproved && props.blockers.length > 0 ? <p className="text-xs text-stone-500">Approval needs {props.blockers.join(", ")}.</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="save" disabled={isPending} className={buttonClass("primary", "px-3 py-1.5 text-xs")}>
          Save
        </button>
        {props.status === "open" ? (
          <button type="submit" name="intent" value="in-review" disabled={isPending} className={buttonClass("secondary", "px-3 py-1.5 text-xs")}>
            Send to review
          </button>
        ) : null}
        {!isApproved ? (
          <button type="submit" name="intent" value="approved" disabled={isPending} className={buttonClass("secondary", "px-3 py-1.5 text-xs")} title={props.canApprove ? undefined : "Only editors approve"}>
            Approve
          </button>
        ) : null}
        {isApproved && props.canApprove ? (
          <button type="submit" name="intent" value="open" disabled={isPending} className={buttonClass("secondary", "px-3 py-1.5 text-xs")}>
            Reopen
          </button>
        ) : null}
      </div>
    </form>
  );
}
