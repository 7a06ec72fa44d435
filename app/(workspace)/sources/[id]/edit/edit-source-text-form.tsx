"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { updateSourceTextAction } from "../../../source-actions";

export function EditSourceTextForm({ sourceId, text }: { sourceId: string; text: string }) {
  const [state, action] = useActionState(updateSourceTextAction.bind(null, sourceId), idleFormState);
  return (
    <form action={action} noValidate aria-label="Edit source text" className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <FormMessage state={state} />
      <Field label="Text" name="text" multiline rows={24} defaultValue={state.values?.text ?? text} error={state.fieldErrors?.text} />
      <div className="flex justify-end">
        <SubmitButton pendingLabel="Saving…">Save as a new version</SubmitButton>
      </div>
    </form>
  );
}
