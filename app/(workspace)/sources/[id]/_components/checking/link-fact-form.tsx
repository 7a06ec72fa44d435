"use client";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_server/form-state";

type Suggestion = { id: string; exact: string; sourceTitle: string; factTitle: string | null };

/** Links the open claim to a fact (existing or new), optionally with suggested claims from other sources. */
export function LinkFactForm({ action, facts, suggestions }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; facts: { id: string; title: string }[]; suggestions: Suggestion[] }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const [factId, setFactId] = useState(state.values?.factId ?? (facts.length ? "" : "new"));
  return (
    <form action={formAction} noValidate aria-label="Link to a fact" className="space-y-2">
      <FormMessage state={state} />
      <label htmlFor="fact-choice" className="block text-sm font-medium text-stone-800">
        Fact
      </label>
      <select id="fact-choice" name="factId" value={factId} onChange={(event) => setFactId(event.target.value)} className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
        <option value="">Choose…</option>
        {facts.map((fact) => (
          <option key={fact.id} value={fact.id}>
            {fact.title}
          </option>
        ))}
        <option value="new">New fact…</option>
      </select>
      {state.fieldErrors?.factId ? <p className="text-sm font-medium text-red-700">{state.fieldErrors.factId}</p> : null}
      {factId === "new" ? <Field label="New fact" name="title" placeholder="People flown to CECOT on 16 March 2025" defaultValue={state.values?.title} error={state.fieldErrors?.title} /> : <input type="hidden" name="title" value="" />}
      {suggestions.length > 0 ? (
        <fieldset className="rounded-md bg-stone-50 p-2">
          <legend className="text-xs font-medium text-stone-600">Likely about the same thing — tick to link them too</legend>
          {suggestions.map((suggestion) => (
            <label key={suggestion.id} className="mt-1 flex items-start gap-2 text-xs">
              <input type="checkbox" name="withClaim" value={suggestion.id} disabled={suggestion.factTitle !== null} className="mt-0.5" />
              <span>
                “{suggestion.exact}” <span className="text-stone-500">in {suggestion.sourceTitle}</span>
                {suggestion.factTitle ? <span className="block text-stone-500">already in “{suggestion.factTitle}” — choose that fact to join it</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <SubmitButton className="px-3 py-1.5 text-xs">Link</SubmitButton>
    </form>
  );
}
