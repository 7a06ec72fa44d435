"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { SelectField } from "@/app/_components/select-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_server/form-state";
import type { Rating } from "@/lib/checking/rating-scale";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Adds a comment (Markdown); the draft stays in the field when it is refused. */
export function CommentForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} noValidate aria-label="Add comment" className="space-y-2" key={state.savedAt ?? "draft"}>
      <FormMessage state={state.status === "saved" ? idleFormState : state} />
      <Field label="Comment" name="body" multiline rows={3} defaultValue={state.status === "saved" ? "" : state.values?.body} error={state.fieldErrors?.body} />
      <SubmitButton className="px-3 py-1.5 text-xs">Add comment</SubmitButton>
    </form>
  );
}

/** Records the reviewer's own independent verdict. */
export function AssessmentForm({ action, scale, own }: { action: Action; scale: readonly Rating[]; own: { verdictKey: string; note: string } | null }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} noValidate aria-label="Your independent verdict" className="space-y-2">
      <FormMessage state={state} />
      <SelectField
        label="Your verdict"
        name="verdictKey"
        options={[{ value: "", label: "Choose…" }, ...scale.map((rating) => ({ value: rating.key, label: rating.label }))]}
        defaultValue={state.values?.verdictKey ?? own?.verdictKey ?? ""}
        error={state.fieldErrors?.verdictKey}
      />
      <Field label="Note" name="note" defaultValue={state.values?.note ?? own?.note ?? ""} error={state.fieldErrors?.note} />
      <SubmitButton className="px-3 py-1.5 text-xs">{own ? "Update my verdict" : "Record my verdict"}</SubmitButton>
    </form>
  );
}
