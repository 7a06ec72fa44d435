"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { idleFormState } from "@/app/_components/form-state";
import { createInvestigationAction } from "../investigation-actions";

export function CreateInvestigationForm() {
  const [state, action] = useActionState(createInvestigationAction, idleFormState);
  return (
    <form
      action={action}
      noValidate
      aria-label="Start an investigation"
      className="flex flex-wrap items-start gap-3 rounded-xl border border-stone-200 bg-white p-4"
    >
      <Field
        label="New investigation"
        name="title"
        placeholder="e.g. Deportation flights to El Salvador, March 2025"
        defaultValue={state.values?.title}
        error={state.fieldErrors?.title ?? (state.status === "error" ? state.message : undefined)}
        className="min-w-64 flex-1"
      />
      <SubmitButton className="mt-6" pendingLabel="Creating…">
        Create investigation
      </SubmitButton>
    </form>
  );
}
