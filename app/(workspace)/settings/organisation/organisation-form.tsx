"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { saveOrganisationAction } from "./actions";

export function OrganisationForm({ name, url }: { name: string; url: string | null }) {
  const [state, action] = useActionState(saveOrganisationAction, idleFormState);
  const value = (field: "name" | "url", saved: string) => (state.status === "invalid" || state.status === "error" ? (state.values?.[field] ?? saved) : saved);
  return (
    <form action={action} noValidate aria-label="Organisation" className="max-w-xl space-y-4 rounded-xl border border-stone-200 bg-white p-4">
      <FormMessage state={state} />
      <Field
        key={`name-${state.savedAt ?? state.status}`}
        label="Name"
        name="name"
        hint="Shown as the author of reports and of ClaimReview markup."
        defaultValue={value("name", name)}
        error={state.fieldErrors?.name}
      />
      <Field
        key={`url-${state.savedAt ?? state.status}`}
        label="Website"
        name="url"
        type="url"
        hint="Optional; https://…"
        defaultValue={value("url", url ?? "")}
        error={state.fieldErrors?.url}
      />
      <SubmitButton>Save organisation</SubmitButton>
    </form>
  );
}
